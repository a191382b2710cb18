package org.redress.e2e.flows;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One action as a decision agreed it, with the due date the test worked out by hand: what
 * remedy-service must show for it, field by field.
 */
record AgreedAction(String actionRef, String type, String period, LocalDate dueDate, Long amountPence, String theme) {

    static AgreedAction of(String actionRef, String type, String period, LocalDate dueDate) {
        return new AgreedAction(actionRef, type, period, dueDate, null, null);
    }

    static AgreedAction payment(String actionRef, String period, LocalDate dueDate, long amountPence) {
        return new AgreedAction(actionRef, "PAYMENT", period, dueDate, amountPence, null);
    }

    static AgreedAction improvement(String actionRef, String period, LocalDate dueDate, String theme) {
        return new AgreedAction(actionRef, "SERVICE_IMPROVEMENT", period, dueDate, null, theme);
    }

    /** The action as the decision sends it to complaints-service. */
    String json() {
        return "{\"actionRef\":\"" + actionRef + "\",\"type\":\"" + type + "\",\"period\":\"" + period + "\""
                + (amountPence == null ? "" : ",\"amountPence\":" + amountPence)
                + (theme == null ? "" : ",\"theme\":\"" + theme + "\"") + "}";
    }

    static String json(List<AgreedAction> actions) {
        return "[" + String.join(",", actions.stream().map(AgreedAction::json).toList()) + "]";
    }

    /** Whether a remedy case's action (as remedy-service shows it) is exactly this one. */
    boolean matches(JsonNode action) {
        return actionRef.equals(action.path("actionRef").asText())
                && type.equals(action.path("type").asText())
                && period.equals(action.path("period").asText())
                && dueDate.toString().equals(action.path("dueDate").asText())
                && Objects.equals(amountPence, absent(action.path("amountPence")) ? null : action.path("amountPence").asLong())
                && Objects.equals(theme, absent(action.path("theme")) ? null : action.path("theme").asText());
    }

    private static boolean absent(JsonNode field) {
        return field.isMissingNode() || field.isNull();
    }

    /** The expected actions not found, exactly, among a remedy case's {@code actions}. */
    static List<AgreedAction> missingFrom(JsonNode actions, List<AgreedAction> expected) {
        return expected.stream()
                .filter(e -> StreamSupport.stream(actions.spliterator(), false).noneMatch(e::matches))
                .toList();
    }

    /** The case's action with this reference. */
    static JsonNode find(JsonNode remedyCase, String actionRef) {
        return StreamSupport.stream(remedyCase.path("actions").spliterator(), false)
                .filter(a -> actionRef.equals(a.path("actionRef").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no action " + actionRef + " on " + remedyCase));
    }
}
