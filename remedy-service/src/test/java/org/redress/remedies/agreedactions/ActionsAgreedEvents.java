package org.redress.remedies.agreedactions;

import org.redress.contracts.events.EventType;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.OutgoingCloudEvent;
import org.redress.testkit.Tokens;

import io.restassured.response.ValidatableResponse;

/** The agreed actions feature's fixture: a decision as complaints-service announces it, and the cases it opened. */
final class ActionsAgreedEvents {

    private static final String SOURCE = "urn:redress:complaints-service";

    private ActionsAgreedEvents() {
    }

    static OutgoingCloudEvent actionsAgreed(String complaintId, String period) {
        return OutgoingCloudEvent.of(EventType.COMPLAINT_ACTIONS_AGREED.ceType(), SOURCE, "CMP-2026-000123-3", """
                {"complaintId":"%s","complaintReference":"CMP-2026-000123-3","source":"STAGE_1","decisionDate":"2026-03-02",
                 "childReferences":["CR-104299"],
                 "actions":[{"actionRef":"A1","type":"APOLOGY","period":"%s","amountPence":null,"theme":null}]}"""
                .formatted(complaintId, period));
    }

    static ValidatableResponse casesOf(String complaintId) {
        return Tokens.as(Roles.REMEDY_OFFICER).queryParam("complaintId", complaintId).when().get("/remedy-cases").then()
                .statusCode(200);
    }
}
