package org.redress.remedies;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The calculators over HTTP: the worked examples to the penny, with their breakdown. */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class CalculationIT {

    @Test
    void showsMissedDirectPaymentsForJulyToSeptember2024LineByLine() {
        // 92 days = 13 weeks × £52.50 (£682.50) + 1 day × £7.50, less £100.00 paid = £590.00
        post(Roles.COMPLAINTS_OFFICER, "/calculations/missed-provision", """
                {"from":"2024-07-01","to":"2024-09-30","weeklyAmountPence":5250,"alreadyPaidPence":10000}""")
                .statusCode(200)
                .body("days", equalTo(92))
                .body("lines.item", contains("WHOLE_WEEKS", "REMAINING_DAYS", "ALREADY_PAID"))
                .body("lines.amountPence", contains(68250, 750, -10000))
                .body("grossPence", equalTo(69000))
                .body("amountDuePence", equalTo(59000))
                .body("roundingRule", equalTo("Each line to the penny, half up, once; the total is the sum of the lines"));
    }

    @Test
    void worksFromHoursAWeekAtAnHourlyRate() {
        post(Roles.REMEDY_OFFICER, "/calculations/missed-provision", """
                {"from":"2024-02-01","to":"2024-02-29","hoursPerWeek":7.5,"hourlyRatePence":1001}""")
                .statusCode(200)
                // 7.5 × £10.01 = £75.075 → £75.08; 4 weeks = £300.32; 1 day = 7508 ÷ 7 = 1072.57 → £10.73
                .body("lines.item", contains("WEEKLY_AMOUNT_FROM_HOURS", "WHOLE_WEEKS", "REMAINING_DAYS"))
                .body("lines.amountPence", contains(7508, 30032, 1073))
                .body("amountDuePence", equalTo(31105));
    }

    @Test
    void refusesTwoRatesNamingTheRule() {
        post(Roles.REMEDY_OFFICER, "/calculations/missed-provision", """
                {"from":"2024-07-01","to":"2024-09-30","weeklyAmountPence":5250,"monthlyAmountPence":22750}""")
                .statusCode(422)
                .body("rule", equalTo("calculation.one-rate-basis"));
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        post(Roles.REMEDY_OFFICER, "/calculations/missed-provision", """
                {"from":"2024-07-01","to":"2024-06-30","weeklyAmountPence":5250}""")
                .statusCode(422)
                .body("rule", equalTo("calculation.period-reversed"))
                .body("field", equalTo("to"));
    }

    @Test
    void paysFiftyPoundsForEachOfFiveMonthsOfDelay() {
        post(Roles.COMPLAINTS_MANAGER, "/calculations/delay-payment", """
                {"from":"2024-01-01","to":"2024-06-01","monthlyAmountPence":5000}""")
                .statusCode(200)
                .body("wholeMonths", equalTo(5))
                .body("partMonthRule", equalTo("COUNT_AS_MONTH"))
                .body("lines.item", contains("WHOLE_MONTHS"))
                .body("amountDuePence", equalTo(25000));
    }

    @Test
    void isNotOpenToAnAuditor() {
        post(Roles.AUDITOR, "/calculations/delay-payment", """
                {"from":"2024-01-01","to":"2024-06-01","monthlyAmountPence":5000}""")
                .statusCode(403);
    }

    @Test
    void aCalculationBecomesAPaymentActionsAmountDueWithItsBreakdownInTheTimeline() {
        var created = RemedyCaseRequests.open(RemedyCaseRequests.decision(java.util.UUID.randomUUID(),
                java.time.LocalDate.of(2026, 9, 1), "[]", """
                {"actionRef":"A1","type":"PAYMENT","period":"P1M","amountPence":50000}""")).statusCode(201).extract();
        String id = created.path("id");
        String action = created.path("actions[0].id");
        post(Roles.REMEDY_OFFICER, "/remedy-cases/" + id + "/actions/" + action + "/amount-due", """
                {"missedProvision":{"from":"2024-07-01","to":"2024-09-30","weeklyAmountPence":5250}}""")
                .statusCode(200)
                .body("amountDuePence", equalTo(69000));
        Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", id).then()
                .body("actions[0].amountPence", equalTo(69000))
                .body("actions[0].shortfallPence", equalTo(69000));
        Tokens.as(Roles.AUDITOR).when().get("/remedy-cases/{id}/timeline", id).then()
                .body("kind", contains("AMOUNT_DUE"))
                .body("[0].note", equalTo("Missed provision 2024-07-01 to 2024-09-30 (92 days) at £52.50 a week: "
                        + "WHOLE_WEEKS 13 = £682.50; REMAINING_DAYS 1 = £7.50; total £690.00"));
        post(Roles.REMEDY_OFFICER, "/remedy-cases/" + id + "/actions/" + action + "/amount-due", """
                {"missedProvision":{"from":"2024-07-01","to":"2024-09-30","weeklyAmountPence":5250},
                 "delayPayment":{"from":"2024-01-01","to":"2024-06-01","monthlyAmountPence":5000}}""")
                .statusCode(422)
                .body("rule", equalTo("calculation.one-calculation"));
    }

    private static ValidatableResponse post(String role, String path, String body) {
        return Tokens.as(role).contentType(ContentType.JSON).body(body).when().post(path).then();
    }
}
