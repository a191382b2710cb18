package org.redress.remedies.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.remedies.remedycases.RemedyCaseRequests;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A theme with years of service improvements behind it must cost a reader what a new theme does: a page of
 * themes and a single remedy case carry each theme's latest five actions and its counts, never its whole
 * history, so their size is bounded in bytes as well as rows. Each test gives its own theme 1,999
 * improvements, one per case, decided on 1,999 successive days up to the day before yesterday (written to
 * the tables and committed, since the reads go through HTTP, and removed afterwards); a new case on the
 * theme is opened through the API.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ThemeResponseSizeIT {

    static final int SEEDED = 1_999;
    static final int LATEST = 5;
    /** A theme with its counts and five actions of bounded fields takes well under 4 KB whatever its history. */
    static final int THEME_BYTES_AT_MOST = 4_096;
    /** The largest page: 100 themes of that size (a page of 100 of one theme's actions is a quarter of it). */
    static final int PAGE_BYTES_AT_MOST = 100 * THEME_BYTES_AT_MOST;
    /** One case with one action and five earlier actions on its theme. */
    static final int CASE_BYTES_AT_MOST = 8_192;

    @Inject
    AgroalDataSource dataSource;

    final String run = Long.toString(System.nanoTime(), 36);
    final String theme = "size-" + run;
    final String prefix = "SIZE-" + run + "-";

    @BeforeEach
    void aThemeWithTwoThousandImprovements() throws SQLException {
        // case g is decided SEEDED + 2 - g days ago and recorded that day; odd cases completed their action
        execute("""
                INSERT INTO remedy_case (id, reference, source, complaint_id, complaint_reference, decision_date,
                                         child_references, created_at, version)
                SELECT gen_random_uuid(), ? || g, 'STAGE_2', gen_random_uuid(), 'CMP-SIZE-' || g, decided, '[]',
                       CAST(decided AS timestamptz) + interval '12 hours', 1
                FROM (SELECT g, CURRENT_DATE - (? + 2 - g) AS decided FROM generate_series(1, ?) g) s""",
                prefix, SEEDED, SEEDED);
        execute("""
                INSERT INTO remedy_action (id, remedy_case_id, position, action_ref, type, period, due_date, theme,
                                           status, description, owner, completed_on, version)
                SELECT gen_random_uuid(), c.id, 0, 'A1', 'SERVICE_IMPROVEMENT', 'P3M', c.decision_date + 90, ?,
                       CASE WHEN odd THEN 'COMPLETED' ELSE 'OPEN' END, 'Review the direct payments policy',
                       'Head of Service', CASE WHEN odd THEN c.decision_date + 30 END, 1
                FROM (SELECT id, decision_date, CAST(substr(reference, ?) AS int) % 2 = 1 AS odd
                      FROM remedy_case WHERE reference LIKE ? || '%') c""",
                theme, prefix.length() + 1, prefix);
    }

    @AfterEach
    void removeTheHistory() throws SQLException {
        execute("DELETE FROM remedy_action WHERE remedy_case_id IN (SELECT id FROM remedy_case WHERE reference LIKE ? || '%')",
                prefix);
        execute("DELETE FROM remedy_case WHERE reference LIKE ? || '%'", prefix);
    }

    @Test
    void aPageOfThemesCarriesEachThemesCountsAndLatestActionsNotItsHistory() {
        Response page = pageWithTheTheme();
        List<Map<String, Object>> items = page.path("items");
        Map<String, Object> item = items.stream().filter(t -> theme.equals(t.get("theme"))).findFirst().orElseThrow();

        System.out.printf("themes: a page of %d themes, one with %d actions, %d bytes%n", items.size(), SEEDED,
                page.asByteArray().length);
        assertThat(page.asByteArray().length).as("bytes of a page of %d themes", items.size())
                .isLessThan(PAGE_BYTES_AT_MOST);
        assertThat(page.<List<List<?>>>path("items.actions")).as("actions on each theme")
                .allSatisfy(actions -> assertThat(actions).hasSizeLessThanOrEqualTo(LATEST));
        assertThat(page.<List<String>>path("items.find { it.theme == '%s' }.actions.caseReference".formatted(theme)))
                .as("the theme's latest actions, newest decision first").containsExactlyElementsOf(references(SEEDED, LATEST));
        assertThat(item.get("actionCount")).as("actionCount").isEqualTo(SEEDED);
        assertThat(item.get("completedCount")).as("completedCount, the odd cases").isEqualTo((SEEDED + 1) / 2);
        assertThat(item.get("openCount")).as("openCount, the even cases").isEqualTo(SEEDED / 2);
    }

    @Test
    void aRemedyCaseShowsTheLatestEarlierActionsOnItsThemeNotEveryOne() {
        String improvement = """
                {"actionRef":"A1","type":"SERVICE_IMPROVEMENT","period":"P3M","theme":"%s"}""".formatted(theme);
        String newest = RemedyCaseRequests.openAndGetId(RemedyCaseRequests.decision(UUID.randomUUID(),
                LocalDate.now(ZoneId.of("Europe/London")).minusDays(1), "[]", improvement));
        Response remedyCase = Tokens.as(Roles.AUDITOR).when().get("/remedy-cases/{id}", newest).then()
                .statusCode(200).extract().response();

        System.out.printf("themes: a remedy case on a theme with %d earlier actions, %d bytes%n", SEEDED,
                remedyCase.asByteArray().length);
        assertThat(remedyCase.asByteArray().length).as("bytes of the remedy case").isLessThan(CASE_BYTES_AT_MOST);
        assertThat(remedyCase.<List<String>>path("earlierOnTheme.caseReference")).as("earlierOnTheme")
                .containsExactlyElementsOf(references(SEEDED, LATEST));
    }

    @Test
    void everyActionOnTheThemeIsListedAPageAtATimeNewestFirst() {
        Response first = Tokens.as(Roles.REMEDY_OFFICER).queryParam("size", 100).when()
                .get("/themes/{theme}/actions", theme).then().statusCode(200).extract().response();
        assertThat(first.<Integer>path("total")).isEqualTo(SEEDED);
        assertThat(first.<List<String>>path("items.caseReference")).containsExactlyElementsOf(references(SEEDED, 100));
        System.out.printf("themes: a page of 100 of a theme's actions, %d bytes%n", first.asByteArray().length);
        assertThat(first.asByteArray().length).as("bytes of a page of 100 actions").isLessThan(PAGE_BYTES_AT_MOST / 4);

        // the last page: the oldest 99
        Tokens.as(Roles.AUDITOR).queryParam("size", 100).queryParam("page", SEEDED / 100).when()
                .get("/themes/{theme}/actions", theme).then().statusCode(200)
                .body("items.caseReference", contains(references(SEEDED % 100, SEEDED % 100).toArray()));
    }

    /** The references of {@code count} cases from case {@code newest} down, as they were seeded. */
    private List<String> references(int newest, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + (newest - i)).toList();
    }

    private Response pageWithTheTheme() {
        for (int page = 0;; page++) {
            Response response = Tokens.as(Roles.AUDITOR).queryParam("size", 100).queryParam("page", page)
                    .when().get("/themes").then().statusCode(200).extract().response();
            List<String> themes = response.path("items.theme");
            if (themes.contains(theme) || themes.isEmpty()) {
                assertThat(themes).as("themes listed").contains(theme);
                return response;
            }
        }
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
