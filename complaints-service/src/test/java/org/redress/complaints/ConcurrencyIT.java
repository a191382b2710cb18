package org.redress.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.Test;
import org.redress.complaints.breaches.application.SweepingClockBreaches;
import org.redress.complaints.complaint.domain.Complaint;
import org.redress.complaints.complaint.domain.ComplaintRepository;
import org.redress.complaints.complaint.domain.Procedure;
import org.redress.complaints.intake.IntakeRequests;
import org.redress.contracts.Topics;
import org.redress.servicekit.security.Roles;
import org.redress.servicekit.sweep.SweepRunner;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Two people, or two instances of the service, working on the same complaint at once. */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ConcurrencyIT {

    @Inject
    ComplaintRepository complaints;

    @Inject
    SweepingClockBreaches sweeping;

    @Inject
    SweepRunner sweepRunner;

    @Test
    void aStaleUpdateIsRefusedRatherThanOverwritingTheNewerOne() {
        UUID id = UUID.fromString(IntakeRequests.registerAndGetId(LocalDate.of(2026, 2, 2)));
        Complaint first = QuarkusTransaction.requiringNew().call(() -> complaints.find(id).orElseThrow());
        Complaint second = QuarkusTransaction.requiringNew().call(() -> complaints.find(id).orElseThrow());
        QuarkusTransaction.requiringNew().run(() -> {
            first.intake().overrideRouting(Procedure.CORPORATE, "first reader", LocalDate.of(2026, 2, 3));
            complaints.save(first);
        });
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            second.intake().overrideRouting(Procedure.ADULT_SOCIAL_CARE, "second reader", LocalDate.of(2026, 2, 3));
            complaints.save(second);
        })).isInstanceOf(OptimisticLockException.class);
        assertThat(QuarkusTransaction.requiringNew().call(() -> complaints.find(id).orElseThrow().procedure()))
                .isEqualTo(Procedure.CORPORATE);
    }

    @Test
    void aChangeBasedOnAStaleReadIsRefusedByItsIfMatchWhileOneWithoutIfMatchIsStillAllowed() {
        String id = IntakeRequests.registerAndGetId(LocalDate.of(2026, 2, 2));
        String etag = Tokens.as(Roles.COMPLAINTS_MANAGER).when().get("/complaints/{id}", id).then().statusCode(200)
                .extract().header("ETag");
        assertThat(etag).isNotBlank();
        String override = "{\"procedure\":\"CORPORATE\",\"reason\":\"About school transport\"}";
        Tokens.as(Roles.COMPLAINTS_MANAGER).contentType(ContentType.JSON).header("If-Match", etag).body(override)
                .when().post("/complaints/{id}/routing-override", id).then().statusCode(200);
        // a colleague still holding the first read is refused instead of overwriting the change
        Tokens.as(Roles.COMPLAINTS_MANAGER).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"procedure\":\"ADULT_SOCIAL_CARE\",\"reason\":\"Second reader\"}")
                .when().post("/complaints/{id}/routing-override", id).then().statusCode(409)
                .body("type", equalTo("urn:redress:problem:concurrent-update"));
        String fresh = Tokens.as(Roles.COMPLAINTS_MANAGER).when().get("/complaints/{id}", id).then()
                .body("procedure", equalTo("CORPORATE")).extract().header("ETag");
        assertThat(fresh).isNotEqualTo(etag);
        Tokens.as(Roles.COMPLAINTS_MANAGER).contentType(ContentType.JSON).body(override)
                .when().post("/complaints/{id}/routing-override", id).then().statusCode(200);
    }

    @Test
    void twoSweepsAtOnceAnnounceABreachOnlyOnce() throws Exception {
        String id = IntakeRequests.registerAndGetId(LocalDate.of(2026, 3, 2));
        LocalDate afterDue = LocalDate.of(2026, 3, 17); // due Mon 16 March 2026
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> sweeps = List.of(
                CompletableFuture.supplyAsync(() -> await(start, () -> sweepRunner.drain(sweeping, afterDue))),
                CompletableFuture.supplyAsync(() -> await(start, () -> sweepRunner.drain(sweeping, afterDue))));
        start.countDown();
        for (CompletableFuture<Integer> sweep : sweeps) {
            sweep.get();
        }

        // registered, routed and stage 1 opened at intake, then the breach once
        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.COMPLAINTS, id, 4, Duration.ofSeconds(20));
        assertThat(events.get(3).type()).isEqualTo("org.redress.complaint.clock-breached.v1");
        CloudEventRecords.assertNoMore(Topics.COMPLAINTS, id, 4, Duration.ofSeconds(2));
    }

    private static int await(CountDownLatch start, java.util.function.IntSupplier work) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return work.getAsInt();
    }
}
