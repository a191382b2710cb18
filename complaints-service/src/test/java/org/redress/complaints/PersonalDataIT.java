package org.redress.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Personal data stays where it belongs: a complaint's narrative (names, addresses, dates of
 * birth in its points) is stored, but never appears in log lines, in the events other systems
 * read, or in problem details, even when a request that carries it is refused.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class PersonalDataIT {

    private static final List<String> PERSONAL_VALUES = List.of("Amelia Hartwell-Quince", "14 Larkspur Road",
            "born 03/04/2015", "Dr Okonkwo-Baptiste");

    private static String complaintWithPersonalDetails(LocalDate received) {
        return """
                {"receivedDate":"%s","channel":"LETTER","complainantRole":"PARENT",
                 "childReferences":["CR-550071"],
                 "points":["Amelia Hartwell-Quince (born 03/04/2015) of 14 Larkspur Road waited a year for her assessment",
                           "Dr Okonkwo-Baptiste's report was ignored"],
                 "desiredOutcomes":["An apology to Amelia Hartwell-Quince"]}""".formatted(received);
    }

    @Test
    void aComplaintsNarrativeNeverReachesLogsEventsOrProblemDetails() throws IOException {
        String accepted = Tokens.as(Roles.COMPLAINTS_OFFICER).contentType(ContentType.JSON)
                .body(complaintWithPersonalDetails(LocalDate.of(2026, 11, 2)))
                .when().post("/complaints").then().statusCode(201).extract().path("id");
        String refusedRule = Tokens.as(Roles.COMPLAINTS_OFFICER).contentType(ContentType.JSON)
                .body(complaintWithPersonalDetails(LocalDate.of(2026, 11, 2))
                        .replace("\"desiredOutcomes\"", "\"matterArose\":\"2026-11-03\",\"desiredOutcomes\""))
                .when().post("/complaints").then().statusCode(422).extract().asString();
        String refusedShape = Tokens.as(Roles.COMPLAINTS_OFFICER).contentType(ContentType.JSON)
                .body(complaintWithPersonalDetails(LocalDate.of(2026, 11, 2))
                        .replace("\"LETTER\"", "\"Amelia Hartwell-Quince\""))
                .when().post("/complaints").then().statusCode(400).extract().asString();

        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.COMPLAINTS, accepted, 3, Duration.ofSeconds(20));
        String log = Files.readString(Path.of("target/test-service.log"));
        // the scenario did reach the logs: the complaint's reference is there, its narrative is not
        assertThat(log).contains(events.get(0).subject());

        for (String value : PERSONAL_VALUES) {
            assertThat(log).as("log").doesNotContain(value);
            assertThat(refusedRule).as("problem detail").doesNotContain(value);
            assertThat(refusedShape).as("problem detail").doesNotContain(value);
            for (ReceivedCloudEvent event : events) {
                assertThat(event.data()).as("event data").doesNotContain(value);
                assertThat(event.headers().values()).as("event headers").noneMatch(header -> header.contains(value));
            }
        }
    }
}
