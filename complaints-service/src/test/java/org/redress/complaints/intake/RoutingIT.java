package org.redress.complaints.intake;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.redress.complaints.ComplaintRequests.get;
import static org.redress.complaints.ComplaintRequests.post;
import static org.redress.complaints.intake.IntakeRequests.registerAbout;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Routing a complaint, and overriding the proposed procedure, through HTTP, PostgreSQL and Kafka. */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class RoutingIT {

    @Test
    void anAssessmentComplaintIsStatutoryAndACorporateOverrideIsFlaggedInTheTimeline() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        get(id).body("procedure", equalTo("STATUTORY_CHILDREN"))
                .body("routing.proposal.part3Matter", equalTo(true));

        post(Roles.COMPLAINTS_MANAGER, "/routing-override", id,
                "{\"procedure\":\"CORPORATE\",\"reason\":\"Manager thinks it is about conduct\"}")
                .statusCode(200)
                .body("procedure", equalTo("CORPORATE"))
                .body("flags.code", hasItem("ROUTED_AWAY_FROM_STATUTORY"));

        Tokens.as(Roles.AUDITOR).when().get("/complaints/{id}/timeline", id).then().statusCode(200)
                .body("what", hasItems("routing.overridden", "flag.ROUTED_AWAY_FROM_STATUTORY"))
                .body("actorSubject", hasItem("test-" + Roles.COMPLAINTS_MANAGER));
    }

    @Test
    void anOverrideNeedsAReasonAndAManager() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        post(Roles.COMPLAINTS_MANAGER, "/routing-override", id, "{\"procedure\":\"CORPORATE\"}")
                .statusCode(400).body("field", equalTo("reason"));
        post(Roles.COMPLAINTS_OFFICER, "/routing-override", id, "{\"procedure\":\"CORPORATE\",\"reason\":\"x\"}")
                .statusCode(403);
    }
}
