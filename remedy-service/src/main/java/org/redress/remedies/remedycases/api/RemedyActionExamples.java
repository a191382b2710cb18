package org.redress.remedies.remedycases.api;

/** Named OpenAPI examples for the action operations. */
final class RemedyActionExamples {

    static final String STALE = """
            {"type":"urn:redress:problem:concurrent-update","title":"Concurrent update","status":409,
             "detail":"the record was changed by another request; read it again and retry",
             "instance":"/remedy-cases/9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b/actions/5d1c7e22-0f3a-4b6e-9a41-2c8d7b0e6f13/completion"}""";

    static final String ALREADY_COMPLETED = """
            {"type":"urn:redress:problem:remedy.action-already-completed","title":"Conflicts with the current state",
             "status":409,"detail":"action A1 was completed on 2026-12-10",
             "instance":"/remedy-cases/9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b/actions/5d1c7e22-0f3a-4b6e-9a41-2c8d7b0e6f13/completion",
             "rule":"remedy.action-already-completed","field":"actionId"}""";

    static final String APOLOGY_WITHOUT_DATE = """
            {"type":"urn:redress:problem:remedy.apology-without-date-sent","title":"Breaks a rule of the procedure",
             "status":422,"detail":"an apology is complete only with the date it was sent",
             "instance":"/remedy-cases/9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b/actions/5d1c7e22-0f3a-4b6e-9a41-2c8d7b0e6f13/completion",
             "rule":"remedy.apology-without-date-sent","field":"apologySentOn"}""";

    static final String NO_AWARD_WITHOUT_REASON = """
            {"type":"urn:redress:problem:remedy.no-award-without-reason","title":"Breaks a rule of the procedure",
             "status":422,"detail":"a decision not to make a financial remedy says why",
             "instance":"/remedy-cases/9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b/actions/5d1c7e22-0f3a-4b6e-9a41-2c8d7b0e6f13/financial-remedy-decision",
             "rule":"remedy.no-award-without-reason","field":"reason"}""";

    static final String PAYMENT_EXCEEDS_DUE = """
            {"type":"urn:redress:problem:remedy.payment-exceeds-amount-due","title":"Breaks a rule of the procedure",
             "status":422,"detail":"70000 pence is more than the 69000 pence still owed",
             "instance":"/remedy-cases/9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b/actions/6e2d8f33-1a4b-4c7f-8b52-3d9e8c1f7a24/payments",
             "rule":"remedy.payment-exceeds-amount-due","field":"amountPence"}""";

    static final String AGREED_BEFORE_DECISION = """
            {"type":"urn:redress:problem:remedy.date-before-decision","title":"Breaks a rule of the procedure",
             "status":422,"detail":"agreedOn 2026-11-19 is before the decision of 2026-11-20",
             "instance":"/remedy-cases/9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b/actions",
             "rule":"remedy.date-before-decision","field":"agreedOn"}""";

    private RemedyActionExamples() {
    }
}
