package org.redress.remedies.remedycases.api;

/** Named OpenAPI examples for the remedy case operations, kept beside the resource. */
final class RemedyCaseExamples {

    static final String OMBUDSMAN_DECISION = """
            {"source":"OMBUDSMAN","complaintId":"3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10",
             "complaintReference":"CMP-2026-000123-3","decisionDate":"2026-11-20",
             "childReferences":["CR-104233"],
             "actions":[{"actionRef":"A1","type":"APOLOGY","period":"P4W"},
                        {"actionRef":"A2","type":"PAYMENT","period":"P1M","amountPence":30000},
                        {"actionRef":"A3","type":"REASSESSMENT","period":"P3M",
                         "conditions":["Keep the children's contact with professionals to a minimum"]},
                        {"actionRef":"A4","type":"SERVICE_IMPROVEMENT","period":"P3M","theme":"carer-assessments"}]}""";

    static final String PAYMENT_WITHOUT_AMOUNT = """
            {"type":"urn:redress:problem:remedy.payment-without-amount","title":"Breaks a rule of the procedure",
             "status":422,"detail":"a PAYMENT action needs amountPence","instance":"/remedy-cases",
             "rule":"remedy.payment-without-amount","field":"actions[1].amountPence"}""";

    static final String REASSESSMENT_WITHOUT_CHILD = """
            {"type":"urn:redress:problem:remedy.reassessment-without-child","title":"Breaks a rule of the procedure",
             "status":422,"detail":"actions[2] is a REASSESSMENT but the case names no child to reassess",
             "instance":"/remedy-cases","rule":"remedy.reassessment-without-child","field":"childReferences"}""";

    static final String DECISION_ALREADY_OPENED = """
            {"type":"urn:redress:problem:remedy.decision-already-opened","title":"Conflicts with the current state",
             "status":409,"detail":"the OMBUDSMAN decision of 2026-11-20 on this complaint already has a remedy case",
             "instance":"/remedy-cases","rule":"remedy.decision-already-opened","field":"decisionDate"}""";

    static final String NOT_FOUND = """
            {"type":"urn:redress:problem:not-found","title":"Not Found","status":404,
             "detail":"no remedy case with id 9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b",
             "instance":"/remedy-cases/9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b"}""";

    static final String AS_OF_IN_FUTURE = """
            {"type":"urn:redress:problem:request.as-of-in-future","title":"Request is not valid","status":400,
             "detail":"asOf must be today or earlier","instance":"/remedy-cases/9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b",
             "rule":"request.as-of-in-future","field":"asOf"}""";

    static final String NOT_YET_DECIDED = """
            {"type":"urn:redress:problem:remedy.case-not-yet-decided","title":"Not Found","status":404,
             "detail":"remedy case REM-2026-000042-7 was decided on 2026-11-20, after 2026-11-19: it did not yet exist",
             "instance":"/remedy-cases/9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b","rule":"remedy.case-not-yet-decided",
             "field":"asOf"}""";

    private RemedyCaseExamples() {
    }
}
