package org.redress.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * A complaints team's day at a steady arrival rate against a running complaints-service: each virtual
 * user registers a complaint, reads it back, records the stage 1 response with an agreed apology and
 * payment (which also sends events to remedy-service through the outbox) and looks at the overdue work
 * queue. Settings, as system properties: {@code redress.bench.url} (default http://localhost:8081),
 * {@code redress.bench.token} (a bearer token with complaints-officer; {@code ./redress bench} mints one),
 * {@code redress.bench.rate} (new users per second, default 20) and {@code redress.bench.seconds}
 * (default 60). The run fails if any request fails or the 95th percentile exceeds 500 ms.
 */
public class ComplaintsTeamDaySimulation extends Simulation {

    private static final String URL = System.getProperty("redress.bench.url", "http://localhost:8081");
    private static final String TOKEN = System.getProperty("redress.bench.token", "");
    private static final double RATE = Double.parseDouble(System.getProperty("redress.bench.rate", "20"));
    private static final int SECONDS = Integer.parseInt(System.getProperty("redress.bench.seconds", "60"));

    private static final String COMPLAINT = """
            {"receivedDate":"2026-01-05","channel":"EMAIL","complainantRole":"PARENT",
             "childReferences":["CR-#{childRef}"],
             "points":["The assessment took too long","No short breaks were offered"],
             "desiredOutcomes":["A new assessment"]}""";
    private static final String STAGE_ONE_RESPONSE = """
            {"decidedOn":"2026-01-16",
             "findings":[{"point":1,"finding":"UPHELD","faultAccepted":true},{"point":2,"finding":"NO_FINDING"}],
             "actions":[{"actionRef":"A1","type":"APOLOGY","period":"P4W"},
                        {"actionRef":"A2","type":"PAYMENT","period":"P1M","amountPence":25000}]}""";

    private final HttpProtocolBuilder protocol = http.baseUrl(URL)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .authorizationHeader("Bearer " + TOKEN)
            .shareConnections();

    private final ScenarioBuilder teamDay = scenario("complaints team day")
            .exec(session -> session.set("childRef", String.valueOf(100000 + (session.userId() % 900000))))
            .exec(http("register complaint").post("/complaints").body(StringBody(COMPLAINT))
                    .check(status().is(201), jsonPath("$.id").saveAs("id")))
            .exec(http("read complaint").get("/complaints/#{id}").check(status().is(200)))
            .exec(http("stage 1 response").post("/complaints/#{id}/stage-1/response").body(StringBody(STAGE_ONE_RESPONSE))
                    .check(status().is(200)))
            .exec(http("overdue work queue").get("/complaints?clock=OVERDUE&size=20").check(status().is(200)));

    {
        if (TOKEN.isBlank()) {
            throw new IllegalStateException("set -Dredress.bench.token (./redress bench mints one)");
        }
        setUp(teamDay.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L),
                        global().responseTime().percentile(95.0).lt(500));
    }
}
