package org.redress.complaints.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.redress.complaints.complaint.api.ReplayableStep;
import org.redress.complaints.complaint.api.ReplayableSteps;
import org.redress.contracts.Bounds;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * Reads one line of an import file into a case ready to replay, with the same strict JSON reading and
 * the same Bean Validation as the API applies to each operation's body, before anything is stored.
 */
@ApplicationScoped
class CaseLines {

    /** The most steps one case may have: the whole procedure with extensions, holds and an Ombudsman decision is about 25. */
    static final int MAX_STEPS = 40;
    /** The longest step body, in characters of its JSON: a stage decision with many findings and actions fits. */
    static final int MAX_STEP_BODY_CHARS = 32_768;

    private static final Pattern REFERENCE = Pattern.compile(Bounds.REFERENCE_PATTERN);

    private final ObjectMapper json;
    private final Validator validator;
    private final Map<String, ReplayableStep<?>> commands = new HashMap<>();

    CaseLines(ObjectMapper json, Validator validator, Instance<ReplayableSteps> stepsOfTheProcedure) {
        this.json = json;
        this.validator = validator;
        for (ReplayableSteps steps : stepsOfTheProcedure) {
            for (ReplayableStep<?> step : steps.steps()) {
                if (commands.put(step.command(), step) != null) {
                    throw new IllegalStateException("two operations replay as the import command " + step.command());
                }
            }
        }
    }

    /** The line as JSON; a line that is not one JSON object is refused as the API refuses such a body. */
    JsonNode tree(String line) {
        try {
            return json.readTree(line);
        } catch (JsonProcessingException unreadable) {
            throw new LineRefusal(null, null, "", unreadable);
        }
    }

    /** The case's reference in the previous system, if the line gives a valid one (never text that is not). */
    static String previousReference(JsonNode tree) {
        JsonNode reference = tree.path("previousReference");
        return reference.isTextual() && REFERENCE.matcher(reference.asText()).matches() ? reference.asText() : null;
    }

    /** The case the line describes, each step's body read and validated as its operation's request. */
    ReplayableCase read(JsonNode tree) {
        ImportedComplaint imported;
        try {
            imported = valid(json.treeToValue(tree, ImportedComplaint.class));
        } catch (JsonProcessingException unreadable) {
            throw new LineRefusal(null, null, "", unreadable);
        }
        List<ReplayableCase.ReadyStep> ready = new ArrayList<>();
        for (int index = 0; index < imported.steps().size(); index++) {
            ready.add(ready(index, imported.steps().get(index)));
        }
        return new ReplayableCase(imported.registration(), ready);
    }

    private ReplayableCase.ReadyStep ready(int index, ImportedStep imported) {
        ReplayableStep<?> step = commands.get(imported.command());
        if (step == null) {
            throw new LineRefusal(index, null, "", new RuleViolation("import.unknown-command", ProblemKind.BAD_REQUEST,
                    "steps[" + index + "].command", "is not a command of the API the import replays; see docs/import.md"));
        }
        if (!imported.body().isObject()) {
            throw new LineRefusal(index, step.command(), "", new RuleViolation("import.step-body-not-object",
                    ProblemKind.BAD_REQUEST, "steps[" + index + "].body", "must be the JSON object the operation takes"));
        }
        if (imported.body().toString().length() > MAX_STEP_BODY_CHARS) {
            throw new LineRefusal(index, step.command(), "", new RuleViolation("import.step-body-too-large",
                    ProblemKind.BAD_REQUEST, "steps[" + index + "].body",
                    "is longer than " + MAX_STEP_BODY_CHARS + " characters of JSON"));
        }
        try {
            return new ReplayableCase.ReadyStep(index, step, valid(json.treeToValue(imported.body(), step.body())));
        } catch (JsonProcessingException | ConstraintViolationException refused) {
            throw LineRefusal.ofStep(index, step.command(), refused);
        }
    }

    private <T> T valid(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }
}
