package org.redress.complaints.imports;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.redress.complaints.complaint.domain.Complaint;
import org.redress.complaints.imports.ImportReport.ImportedLine;
import org.redress.complaints.imports.ImportReport.RefusedLine;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.servicekit.problem.ProblemDetail;
import org.redress.servicekit.security.Roles;

/**
 * Brings a council's open complaints across from its previous system, one case a line (docs/import.md).
 * Each case is replayed on its own: a refused one leaves nothing and does not stop the others.
 */
@Path("/imports/complaints")
@Tag(name = "Imports", description = "Bringing complaints across from a council's previous system")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintImportResource {

    static final String NDJSON = "application/x-ndjson";
    /** The most cases one file may hold; the file's size is bounded too, by the service's request body limit. */
    static final int MAX_CASES = 1_000;

    private static final Logger LOG = Logger.getLogger(ComplaintImportResource.class);

    private final CaseLines lines;
    private final ReplayingCase replaying;
    private final LineProblems problems;

    public ComplaintImportResource(CaseLines lines, ReplayingCase replaying, LineProblems problems) {
        this.lines = lines;
        this.replaying = replaying;
        this.problems = problems;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "importComplaints", summary = "Bring open complaints across from the council's previous system",
            description = "JSON lines, one case a line: its registration as POST /complaints takes it, received on its "
                    + "past date, and the steps it went through, each a command of this API with that operation's body. "
                    + "Each case is replayed through the same use cases as the API, in a transaction of its own, so its "
                    + "clocks are counted from its past dates and it sends the events the API would have sent; a case "
                    + "breaking any rule is refused with nothing of it stored, and the others go on. At most "
                    + MAX_CASES + " cases and the service's request body limit (REDRESS_MAX_BODY_SIZE, 256 KiB by default) "
                    + "a file; a case has at most " + CaseLines.MAX_STEPS + " steps of at most "
                    + CaseLines.MAX_STEP_BODY_CHARS + " characters each. The Idempotency-Key header is not honoured "
                    + "here: a file sent again imports its cases again, so send again only the lines refused. "
                    + "See docs/import.md.")
    @RequestBody(required = true, content = @Content(mediaType = NDJSON,
            schema = @Schema(implementation = ImportedComplaint.class, description = "One line of the file"),
            examples = @ExampleObject(name = "oneLine", summary = "One line: a case answered at stage 1 in the previous system", value = """
                    {"previousReference":"OLD-2026-0413","registration":{"receivedDate":"2026-10-05","channel":"LETTER","complainantRole":"PARENT","childReferences":["CR-104240"],"points":["No short breaks were offered"],"subjectMatters":["SHORT_BREAKS"]},"steps":[{"command":"stage-1.response","body":{"decidedOn":"2026-10-16","findings":[{"point":1,"finding":"UPHELD","faultAccepted":true}]}}]}""")))
    @APIResponse(responseCode = "200", description = "What became of each case, by line number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "The file is empty or holds more than " + MAX_CASES + " cases")
    @APIResponse(responseCode = "413", description = "The file is larger than the service's request body limit")
    public ImportReport importComplaints(String file, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Context UriInfo uri) {
        requireJsonLines(contentType);
        List<String> fileLines = file == null ? List.of() : file.lines().toList();
        long cases = fileLines.stream().filter(line -> !line.isBlank()).count();
        if (cases == 0) {
            throw new RuleViolation("import.empty", ProblemKind.BAD_REQUEST, "the file holds no case: one JSON object a line");
        }
        if (cases > MAX_CASES) {
            throw new RuleViolation("import.too-many-lines", ProblemKind.BAD_REQUEST,
                    "the file holds more than " + MAX_CASES + " cases; split it and send each part");
        }
        List<ImportedLine> imported = new ArrayList<>();
        List<RefusedLine> refused = new ArrayList<>();
        for (int index = 0; index < fileLines.size(); index++) {
            if (!fileLines.get(index).isBlank()) {
                replay(index + 1, fileLines.get(index), imported, refused, uri);
            }
        }
        LOG.infof("complaint import: %d cases received, %d imported, %d refused", cases, imported.size(), refused.size());
        return new ImportReport((int) cases, imported.size(), refused.size(), imported, refused);
    }

    /**
     * The media type is checked here, not by {@code @Consumes}, so that a caller without the operator role
     * is told 401 or 403 whatever body it sent, as for every other operation, before being told 415.
     */
    private static void requireJsonLines(String contentType) {
        boolean jsonLines;
        try {
            jsonLines = contentType != null && MediaType.valueOf(contentType).isCompatible(MediaType.valueOf(NDJSON));
        } catch (IllegalArgumentException unreadable) {
            jsonLines = false;
        }
        if (!jsonLines) {
            throw new NotSupportedException();
        }
    }

    private void replay(int lineNumber, String line, List<ImportedLine> imported, List<RefusedLine> refused, UriInfo uri) {
        String previousReference = null;
        try {
            JsonNode tree = lines.tree(line);
            previousReference = CaseLines.previousReference(tree);
            Complaint complaint = replaying.replay(lines.read(tree));
            imported.add(new ImportedLine(lineNumber, previousReference, complaint.id(), complaint.reference().toString()));
        } catch (LineRefusal refusal) {
            refused.add(refusedLine(lineNumber, previousReference, refusal.stepNumber(), refusal.command(),
                    problems.of(refusal.getCause(), refusal.fieldPrefix(), uri)));
        } catch (RuntimeException failure) {
            refused.add(refusedLine(lineNumber, previousReference, null, null, problems.of(failure, "", uri)));
        }
    }

    private static RefusedLine refusedLine(int lineNumber, String previousReference, Integer step, String command,
            ProblemDetail problem) {
        // the rule or problem type only: the detail may quote what the file said
        LOG.infof("complaint import: line %d refused: %s", lineNumber, problem.rule() != null ? problem.rule() : problem.type());
        return new RefusedLine(lineNumber, previousReference, step, command, problem);
    }
}
