package org.redress.servicekit.deadletters;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.api.ApiResponses;
import org.redress.servicekit.audit.AuditTrail;
import org.redress.servicekit.problem.ProblemDetail;
import org.redress.servicekit.security.Roles;

/**
 * Events this service's consumers refused, for an operator to inspect and, once the cause is fixed, replay
 * (see README "Operations"). A replay publishes the event again to the topic its consumer reads; the inbox
 * makes it a no-op for every consumer that applied it already.
 */
@Path("/dead-letters")
@Idempotent
@Tag(name = "Dead letters", description = "Events a consumer could not apply: inspect and replay")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    static final String NOT_FOUND_RULE = "dead-letter.not-found";

    private final DeadLetters deadLetters;
    private final EntityManager entityManager;
    private final AuditTrail audit;

    public DeadLetterResource(DeadLetters deadLetters, EntityManager entityManager, AuditTrail audit) {
        this.deadLetters = deadLetters;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "listDeadLetters", summary = "List the events this service's consumers refused, newest first")
    @APIResponse(responseCode = "200", description = "One page of dead-lettered events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadLetterPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is out of range",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "badPage", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    public DeadLetterPage list(
            @QueryParam("topic") @Size(max = 249) @Pattern(regexp = "[a-zA-Z0-9._-]+") @Parameter(description = "Only this dead-letter topic", example = "redress.assessments.v1.remedy-service.dlq") String topic,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) @Parameter(description = "Page number, from 0", example = "0") int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) @Parameter(description = "Page size, 1 to 500", example = "50") int size) {
        List<ConsumerRecord<String, String>> records = deadLetters.all(topic);
        Set<String> applied = applied(records.stream().map(DeadLetters::eventId).filter(Objects::nonNull).toList());
        List<DeadLetterView> views = records.stream()
                .map(r -> DeadLetters.view(r, applied.contains(DeadLetters.eventId(r))))
                .sorted(Comparator.comparing(DeadLetterView::deadLetteredAt).reversed())
                .toList();
        int from = (int) Math.min((long) page * size, views.size());
        return new DeadLetterPage(views.subList(from, Math.min(from + size, views.size())), page, size, views.size());
    }

    @POST
    @Path("/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "replayDeadLetter", summary = "Publish a dead-lettered event again, unchanged, to the topic its consumer reads")
    @APIResponse(responseCode = "202", description = "Published again; its consumer applies it, or skips it if it already did",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplayView.class)))
    @APIResponse(responseCode = "400", description = "The request is not valid",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "badRequest", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such record on this service's dead-letter topics",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "notFound", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    public Response replay(@NotNull @Valid ReplayRequest request) {
        ConsumerRecord<String, String> deadLetter = deadLetters.find(request.topic(), request.partition(), request.offset())
                .orElseThrow(() -> new RuleViolation(NOT_FOUND_RULE, ProblemKind.NOT_FOUND, "offset",
                        "no dead-lettered event at that topic, partition and offset"));
        var published = deadLetters.replay(deadLetter);
        String eventId = DeadLetters.eventId(deadLetter);
        audit.record("dead-letter.replayed", "event", eventId == null ? deadLetter.topic() + "-" + deadLetter.partition()
                + "@" + deadLetter.offset() : eventId);
        return Response.accepted(new ReplayView(eventId, published.topic(), published.partition(), published.offset())).build();
    }

    private Set<String> applied(List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> found = entityManager.createNativeQuery(
                "SELECT DISTINCT event_id FROM processed_message WHERE event_id IN (:ids)")
                .setParameter("ids", eventIds).getResultList();
        return new HashSet<>(found);
    }
}
