package org.redress.remedies.calculations.api;

/** Named OpenAPI examples for the calculators. */
final class CalculationExamples {

    static final String MISSED_PROVISION = """
            {"from":"2024-07-01","to":"2024-09-30","weeklyAmountPence":5250,"alreadyPaidPence":0}""";

    static final String MISSED_PROVISION_RESULT = """
            {"from":"2024-07-01","to":"2024-09-30","days":92,"weeklyAmountPence":5250,
             "lines":[{"item":"WHOLE_WEEKS","quantity":13,"unitRatePence":5250,"amountPence":68250,"rounded":false},
                      {"item":"REMAINING_DAYS","quantity":1,"unitRatePence":750,"amountPence":750,"rounded":false}],
             "grossPence":69000,"alreadyPaidPence":0,"amountDuePence":69000,
             "roundingRule":"Each line to the penny, half up, once; the total is the sum of the lines"}""";

    static final String DELAY_PAYMENT = """
            {"from":"2024-01-01","to":"2024-05-31","monthlyAmountPence":5000,"partMonth":"COUNT_AS_MONTH"}""";

    static final String PERIOD_REVERSED = """
            {"type":"urn:redress:problem:calculation.period-reversed","title":"Breaks a rule of the procedure",
             "status":422,"detail":"to 2024-06-30 is before from 2024-07-01","instance":"/calculations/missed-provision",
             "rule":"calculation.period-reversed","field":"to"}""";

    private CalculationExamples() {
    }
}
