package org.redress.assessments.referrals.api;

/** Named OpenAPI examples for the referral operations, kept beside the resource. */
final class ReferralExamples {

    static final String SCHOOL_REFERRAL = """
            {"childRef":"CR-104233","receivedDate":"2026-11-02","referrerType":"SCHOOL",
             "concerns":["EDUCATION","EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT"],
             "disabledChild":true,"reason":"CHILD_DISABILITY_OR_ILLNESS"}""";

    static final String S17_DECISION = """
            {"decision":"S17_ASSESSMENT","decidedOn":"2026-11-03"}""";

    static final String ALREADY_DECIDED = """
            {"type":"urn:redress:problem:referral.already-decided","title":"Conflicts with the current state",
             "status":409,"detail":"referral REF-2026-000123-4 was already decided: EARLY_HELP",
             "rule":"referral.already-decided","field":"decision","instance":"/referrals/5a1d7c3e-8f2b-4e60-9d14-2c7b0e9f6a31/decision"}""";

    static final String DECIDED_BEFORE_RECEIVED = """
            {"type":"urn:redress:problem:referral.decided-before-received","title":"Breaks a rule of the procedure",
             "status":422,"detail":"a referral received on 2026-12-01 cannot be decided on 2026-11-25",
             "rule":"referral.decided-before-received","field":"decidedOn","instance":"/referrals/5a1d7c3e-8f2b-4e60-9d14-2c7b0e9f6a31/decision"}""";

    static final String RECEIVED_IN_FUTURE = """
            {"type":"urn:redress:problem:referral.received-date-in-future","title":"Breaks a rule of the procedure",
             "status":422,"detail":"receivedDate 2026-12-01 is after today (2026-11-25)",
             "rule":"referral.received-date-in-future","field":"receivedDate","instance":"/referrals"}""";

    static final String UNKNOWN_REFERRAL = """
            {"type":"urn:redress:problem:not-found","title":"Not Found","status":404,
             "detail":"no referral with id 5a1d7c3e-8f2b-4e60-9d14-2c7b0e9f6a31",
             "instance":"/referrals/5a1d7c3e-8f2b-4e60-9d14-2c7b0e9f6a31"}""";

    private ReferralExamples() {
    }
}
