package org.redress.remedies.calculations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Bounds;
import org.redress.remedies.remedycases.RemedyCaseRequests;
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
        // 1 January to 31 May, both days counted: January to May
        post(Roles.COMPLAINTS_MANAGER, "/calculations/delay-payment", """
                {"from":"2024-01-01","to":"2024-05-31","monthlyAmountPence":5000}""")
                .statusCode(200)
                .body("wholeMonths", equalTo(5))
                .body("partMonth", equalTo(false))
                .body("partMonthRule", equalTo("COUNT_AS_MONTH"))
                .body("lines.item", contains("WHOLE_MONTHS"))
                .body("amountDuePence", equalTo(25000));
    }

    @Test
    void countsASingleDayOfDelayAsAPartMonth() {
        // once refused as "no delay": the day itself is a day of delay
        var single = post(Roles.REMEDY_OFFICER, "/calculations/delay-payment", """
                {"from":"2024-03-05","to":"2024-03-05","monthlyAmountPence":5000}""").statusCode(200).extract();
        assertThat(single.<Integer>path("wholeMonths")).isZero();
        assertThat(single.<String>path("lines[0].item")).isEqualTo("PART_MONTH");
        assertThat(single.<Integer>path("amountDuePence")).isEqualTo(5000);
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
        int version = created.path("version");
        post(Roles.REMEDY_OFFICER, "/remedy-cases/" + id + "/actions/" + action + "/amount-due", """
                {"missedProvision":{"from":"2024-07-01","to":"2024-09-30","weeklyAmountPence":5250}}""")
                .statusCode(200)
                .body("amountDuePence", equalTo(69000))
                // the case moved on: its new version, to send with the next change without reading it again
                .body("version", equalTo(version + 1))
                .header("ETag", equalTo("\"" + (version + 1) + "\""));
        Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", id).then()
                .header("ETag", equalTo("\"" + (version + 1) + "\""))
                .body("actions[0].amountPence", equalTo(69000))
                .body("actions[0].shortfallPence", equalTo(69000));
        Tokens.as(Roles.AUDITOR).when().get("/remedy-cases/{id}/timeline", id).then()
                .body("kind", contains("ACTION_ADDED", "AMOUNT_DUE"))
                .body("[1].note", equalTo("Missed provision 2024-07-01 to 2024-09-30 (92 days) at £52.50 a week: "
                        + "WHOLE_WEEKS 13 = £682.50; REMAINING_DAYS 1 = £7.50; total £690.00"));
        post(Roles.REMEDY_OFFICER, "/remedy-cases/" + id + "/actions/" + action + "/amount-due", """
                {"missedProvision":{"from":"2024-07-01","to":"2024-09-30","weeklyAmountPence":5250},
                 "delayPayment":{"from":"2024-01-01","to":"2024-06-01","monthlyAmountPence":5000}}""")
                .statusCode(422)
                .body("rule", equalTo("calculation.one-calculation"));
    }

    @Test
    void refusesAWeeklyAmountOfLongMaxValueNamingTheFieldInsteadOfOverflowing() {
        // £92 quadrillion a week: once a long overflow answered 500
        post(Roles.REMEDY_OFFICER, "/calculations/missed-provision", """
                {"from":"2024-01-01","to":"2024-12-31","weeklyAmountPence":9223372036854775807}""")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:redress:problem:validation"))
                .body("field", equalTo("weeklyAmountPence"));
        post(Roles.REMEDY_OFFICER, "/calculations/delay-payment", """
                {"from":"2024-01-01","to":"2024-06-01","monthlyAmountPence":9223372036854775807}""")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("monthlyAmountPence"));
    }

    @Test
    void acceptsTheLargestSingleAmountAndRefusesOnePennyMore() {
        post(Roles.REMEDY_OFFICER, "/calculations/missed-provision", """
                {"from":"2024-07-01","to":"2024-07-07","weeklyAmountPence":%d}""".formatted(Bounds.MAX_AMOUNT_PENCE))
                .statusCode(200)
                .body("amountDuePence", equalTo((int) Bounds.MAX_AMOUNT_PENCE));
        post(Roles.REMEDY_OFFICER, "/calculations/missed-provision", """
                {"from":"2024-07-01","to":"2024-07-07","weeklyAmountPence":%d}""".formatted(Bounds.MAX_AMOUNT_PENCE + 1))
                .statusCode(400)
                .body("field", equalTo("weeklyAmountPence"));
        post(Roles.REMEDY_OFFICER, "/calculations/missed-provision", """
                {"from":"2024-07-01","to":"2024-07-07","hoursPerWeek":7.5,"hourlyRatePence":%d}""".formatted(Long.MAX_VALUE))
                .statusCode(400)
                .body("field", equalTo("hourlyRatePence"));
        post(Roles.REMEDY_OFFICER, "/calculations/missed-provision", """
                {"from":"2024-07-01","to":"2024-07-07","weeklyAmountPence":5250,"alreadyPaidPence":%d}""".formatted(Long.MAX_VALUE))
                .statusCode(400)
                .body("field", equalTo("alreadyPaidPence"));
    }

    @Test
    void refusesATotalAboveTheLargestSingleAmountNamingTheRule() {
        // each input is within bounds; two weeks at £10 million a week is not
        post(Roles.REMEDY_OFFICER, "/calculations/missed-provision", """
                {"from":"2024-07-01","to":"2024-07-14","weeklyAmountPence":%d}""".formatted(Bounds.MAX_AMOUNT_PENCE))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("calculation.amount-too-large"));
        post(Roles.REMEDY_OFFICER, "/calculations/delay-payment", """
                {"from":"2024-01-01","to":"2024-03-01","monthlyAmountPence":%d}""".formatted(Bounds.MAX_AMOUNT_PENCE))
                .statusCode(422)
                .body("rule", equalTo("calculation.amount-too-large"));
    }

    @Test
    void refusesAPeriodLongerThanTenYearsNamingTheRule() {
        post(Roles.REMEDY_OFFICER, "/calculations/missed-provision", """
                {"from":"2010-01-01","to":"2024-12-31","weeklyAmountPence":5250}""")
                .statusCode(422)
                .body("rule", equalTo("calculation.period-too-long"))
                .body("field", equalTo("to"));
        post(Roles.REMEDY_OFFICER, "/calculations/delay-payment", """
                {"from":"2010-01-01","to":"2024-12-31","monthlyAmountPence":5000}""")
                .statusCode(422)
                .body("rule", equalTo("calculation.period-too-long"));
    }

    @Test
    void refusesDatesNoCaseCouldHaveNamingTheField() {
        for (String from : new String[] { "0001-01-01", "-0001-01-01", "1999-12-31" }) {
            post(Roles.REMEDY_OFFICER, "/calculations/missed-provision", """
                    {"from":"%s","to":"2024-07-07","weeklyAmountPence":5250}""".formatted(from))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("from"));
        }
        post(Roles.REMEDY_OFFICER, "/calculations/delay-payment", """
                {"from":"2024-01-01","to":"+10000-01-01","monthlyAmountPence":5000}""")
                .statusCode(400)
                .body("field", equalTo("to"));
        post(Roles.REMEDY_OFFICER, "/calculations/missed-provision", """
                {"from":"2000-01-01","to":"2000-01-07","weeklyAmountPence":5250}""")
                .statusCode(200)
                .body("amountDuePence", equalTo(5250));
    }

    @Test
    void refusesHoursBeyondAWeekWrittenAsAHugeNumber() {
        post(Roles.REMEDY_OFFICER, "/calculations/missed-provision", """
                {"from":"2024-07-01","to":"2024-07-07","hoursPerWeek":1e308,"hourlyRatePence":1001}""")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("hoursPerWeek"));
    }

    @Test
    void refusesAnOverflowingAmountDueOnAPaymentAction() {
        var created = RemedyCaseRequests.open(RemedyCaseRequests.decision(java.util.UUID.randomUUID(),
                java.time.LocalDate.of(2026, 9, 1), "[]", """
                {"actionRef":"A1","type":"PAYMENT","period":"P1M","amountPence":50000}""")).statusCode(201).extract();
        String path = "/remedy-cases/" + created.path("id") + "/actions/" + created.path("actions[0].id") + "/amount-due";
        post(Roles.REMEDY_OFFICER, path, """
                {"missedProvision":{"from":"2024-07-01","to":"2024-09-30","weeklyAmountPence":9223372036854775807}}""")
                .statusCode(400)
                .body("field", equalTo("missedProvision.weeklyAmountPence"));
        post(Roles.REMEDY_OFFICER, path, """
                {"delayPayment":{"from":"2024-01-01","to":"2024-06-01","monthlyAmountPence":%d}}""".formatted(Bounds.MAX_AMOUNT_PENCE))
                .statusCode(422)
                .body("rule", equalTo("calculation.amount-too-large"));
    }

    private static ValidatableResponse post(String role, String path, String body) {
        return Tokens.as(role).contentType(ContentType.JSON).body(body).when().post(path).then();
    }
}
