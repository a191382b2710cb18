package org.redress.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.redress.contracts.AsyncApiDocument.Message;
import org.redress.contracts.events.ActionsAgreed;
import org.redress.contracts.events.AssessmentEvent;
import org.redress.contracts.events.ComplaintEvent;
import org.redress.contracts.events.EventType;
import org.redress.contracts.events.RedressEvent;
import org.redress.contracts.events.RemedyEvent;

/** Keeps {@code asyncapi.yaml}, {@link EventType} and the event records in step. */
class AsyncApiDocumentTest {

    /** The sealed interface of each topic; their Javadoc names the same topics. */
    private static final Map<Class<?>, String> TOPIC_INTERFACES = Map.of(
            ComplaintEvent.class, Topics.COMPLAINTS,
            AssessmentEvent.class, Topics.ASSESSMENTS,
            RemedyEvent.class, Topics.REMEDIES);

    private static final Map<String, String> OWNERS = Map.of(
            Topics.COMPLAINTS, "complaints-service",
            Topics.ASSESSMENTS, "assessment-service",
            Topics.REMEDIES, "remedy-service");

    private final AsyncApiDocument document = AsyncApiDocument.load();
    private final ObjectMapper json = EventJson.quarkusLikeMapper();

    @Nested
    class TheCatalogue {

        @ParameterizedTest
        @EnumSource(EventType.class)
        void documentsEveryEventTypeAsAMessageOnTheChannelForItsTopic(EventType type) {
            Message message = messageOf(type);

            assertThat(message.address()).isEqualTo(type.topic());
            assertThat(ceTypeFixedByHeaders(message)).isEqualTo(type.ceType());
            assertThat(message.node().path("contentType").asText()).isEqualTo("application/json");
        }

        @Test
        void documentsNoMessageThatLacksAnEventType() {
            assertThat(document.messages())
                    .allSatisfy(message -> assertThat(EventType.ofCeType(message.ceType()))
                            .as("event type of %s", message).isPresent())
                    .hasSize(EventType.values().length);
        }

        @ParameterizedTest
        @MethodSource("org.redress.contracts.AsyncApiDocumentTest#topicInterfaces")
        void givesEveryRecordOfATopicAnEventTypeOnThatTopic(Class<?> topicInterface) {
            assertThat(topicInterface.getPermittedSubclasses()).isNotEmpty().allSatisfy(record -> assertThat(
                    Arrays.stream(EventType.values()).filter(type -> type.payloadType().equals(record)))
                    .as("event type of %s", record.getSimpleName())
                    .singleElement()
                    .extracting(EventType::topic).isEqualTo(TOPIC_INTERFACES.get(topicInterface)));
        }

        @ParameterizedTest
        @EnumSource(EventType.class)
        void putsEveryEventTypeOnTheTopicWhoseSealedInterfaceItsRecordImplements(EventType type) {
            assertThat(TOPIC_INTERFACES.entrySet())
                    .filteredOn(entry -> entry.getKey().isAssignableFrom(type.payloadType()))
                    .singleElement()
                    .extracting(Map.Entry::getValue).isEqualTo(type.topic());
        }

        @ParameterizedTest
        @EnumSource(EventType.class)
        void describesExactlyTheComponentsOfEveryPayloadRecord(EventType type) {
            assertDescribesExactly(document.resolve(messageOf(type).node().path("payload")), type.payloadType());
        }

        @Test
        void describesExactlyTheComponentsOfAnAgreedAction() {
            assertDescribesExactly(document.root().at("/components/schemas/AgreedAction"),
                    ActionsAgreed.AgreedAction.class);
        }

        @ParameterizedTest
        @EnumSource(EventType.class)
        void keysEveryMessageByTheUuidOfItsAggregate(EventType type) {
            JsonNode bindings = document.resolve(messageOf(type).node().path("bindings"));
            JsonNode key = document.resolve(bindings.path("kafka").path("key"));

            assertThat(key.path("format").asText()).isEqualTo("uuid");
        }

        @Test
        void hasTheOwningServiceSendEveryChannelAndNoOneElse() {
            Map<String, String> senders = document.operations().values().stream()
                    .filter(operation -> operation.path("action").asText().equals("send"))
                    .collect(Collectors.toMap(this::channelAddress, this::serviceOf));

            assertThat(senders).isEqualTo(OWNERS);
        }

        @Test
        void documentsWhichServiceReceivesWhichEvent() {
            Set<String> received = document.operations().values().stream()
                    .filter(operation -> operation.path("action").asText().equals("receive"))
                    .flatMap(operation -> StreamSupport.stream(operation.path("messages").spliterator(), false)
                            .map(ref -> serviceOf(operation) + " <- "
                                    + document.resolve(document.resolve(ref)).path("x-redress-ce-type").asText()))
                    .collect(Collectors.toSet());

            assertThat(received).containsExactlyInAnyOrder(
                    "remedy-service <- " + EventType.COMPLAINT_ACTIONS_AGREED.ceType(),
                    "assessment-service <- " + EventType.REASSESSMENT_REQUESTED.ceType(),
                    "complaints-service <- " + EventType.REMEDY_CASE_OPENED.ceType(),
                    "complaints-service <- " + EventType.REMEDY_ACTION_COMPLETED.ceType(),
                    "complaints-service <- " + EventType.REMEDY_ACTION_OVERDUE.ceType(),
                    "complaints-service <- " + EventType.REMEDY_PAYMENT_RECORDED.ceType(),
                    "complaints-service <- " + EventType.REMEDY_CASE_COMPLETED.ceType(),
                    "remedy-service <- " + EventType.ASSESSMENT_COMPLETED.ceType(),
                    "remedy-service <- " + EventType.MISSED_PROVISION_RECORDED.ceType(),
                    "remedy-service <- " + EventType.PROVISION_STARTED.ceType());
        }

        private void assertDescribesExactly(JsonNode schema, Class<?> record) {
            List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                    .toList();
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(name -> required.add(name.asText()));

            assertThat(schema.path("properties").properties()).extracting(Map.Entry::getKey)
                    .containsExactlyInAnyOrderElementsOf(components);
            // nulls are written, not left out, so every property is always present
            assertThat(required).containsExactlyInAnyOrderElementsOf(components);
            assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        }

        private String channelAddress(JsonNode operation) {
            return document.resolve(operation.path("channel")).path("address").asText();
        }

        private String serviceOf(JsonNode operation) {
            return document.resolve(operation.path("tags").path(0)).path("name").asText();
        }
    }

    @Nested
    class TheExamples {

        @ParameterizedTest
        @EnumSource(EventType.class)
        void includeAtLeastOneForEveryMessage(EventType type) {
            assertThat(messageOf(type).examples()).isNotEmpty()
                    .allSatisfy(example -> assertThat(example.has("payload")).isTrue());
        }

        @ParameterizedTest
        @MethodSource("org.redress.contracts.AsyncApiDocumentTest#examples")
        void haveAPayloadThatMatchesTheSchema(Message message, JsonNode example) {
            assertThat(validate(message.payloadPointer(), example.path("payload"))).isEmpty();
        }

        @ParameterizedTest
        @MethodSource("org.redress.contracts.AsyncApiDocumentTest#examples")
        void haveHeadersThatMatchTheCloudEventHeadersOfTheirType(Message message, JsonNode example) {
            assertThat(validate(message.headersPointer(), example.path("headers"))).isEmpty();
        }

        @ParameterizedTest
        @MethodSource("org.redress.contracts.AsyncApiDocumentTest#examples")
        void useCaseReferencesWithACorrectCheckDigit(Message message, JsonNode example) {
            JsonNode payload = example.path("payload");
            Stream<JsonNode> references = Stream.of(example.path("headers").path("ce_subject"),
                    payload.path("reference"), payload.path("complaintReference"));

            // the schema can only check the shape; CaseReference checks the Luhn digit
            assertThat(references.filter(JsonNode::isTextual).map(JsonNode::asText))
                    .isNotEmpty()
                    .allSatisfy(reference -> assertThat(CaseReference.parse(reference)).hasToString(reference));
        }

        @ParameterizedTest
        @MethodSource("org.redress.contracts.AsyncApiDocumentTest#examples")
        void readIntoTheirRecordAndWriteBackUnchanged(Message message, JsonNode example) throws Exception {
            Class<? extends RedressEvent> record = EventType.ofCeType(message.ceType()).orElseThrow().payloadType();

            RedressEvent event = json.treeToValue(example.path("payload"), record);

            // compared as re-read JSON text: YAML reads 30000 as an int, the record writes a long
            assertThat(json.readTree(json.writeValueAsString(event)))
                    .isEqualTo(json.readTree(example.path("payload").toString()));
        }
    }

    @Nested
    class ThePayloadRecords {

        @ParameterizedTest
        @EnumSource(EventType.class)
        void haveASampleOfEveryEventType(EventType type) {
            assertThat(SampleEvents.all()).anyMatch(sample -> sample.getClass().equals(type.payloadType()));
        }

        @ParameterizedTest
        @MethodSource("org.redress.contracts.SampleEvents#all")
        void serializeToJsonThatMatchesTheSchemaOfTheirType(RedressEvent sample) {
            JsonNode payload = json.valueToTree(sample);

            assertThat(validate(messageOf(EventType.of(sample)).payloadPointer(), payload))
                    .as("%s", payload).isEmpty();
        }

        @ParameterizedTest
        @MethodSource("org.redress.contracts.SampleEvents#all")
        void readBackFromTheirJsonUnchanged(RedressEvent sample) throws Exception {
            String written = json.writeValueAsString(sample);

            assertThat(json.readValue(written, sample.getClass())).isEqualTo(sample);
        }
    }

    @Nested
    class TheSchemas {

        @ParameterizedTest(name = "refuse {0} ({2})")
        @MethodSource("org.redress.contracts.AsyncApiDocumentTest#brokenPayloads")
        void refusePayloadsThatBreakTheContract(String what, RedressEvent sample, String keyword,
                Consumer<ObjectNode> breakIt) {
            String schema = messageOf(EventType.of(sample)).payloadPointer();
            ObjectNode payload = json.valueToTree(sample);
            assertThat(validate(schema, payload)).as("the sample before it is broken").isEmpty();

            breakIt.accept(payload);

            assertThat(validate(schema, payload)).as("%s", payload).anyMatch(error -> error.startsWith(keyword + ":"));
        }

        @ParameterizedTest(name = "refuse {0} ({1})")
        @MethodSource("org.redress.contracts.AsyncApiDocumentTest#brokenHeaders")
        void refuseHeadersThatBreakTheContract(String what, String keyword, Consumer<ObjectNode> breakIt) {
            Message message = messageOf(EventType.COMPLAINT_REGISTERED);
            ObjectNode headers = message.examples().get(0).path("headers").deepCopy();
            assertThat(validate(message.headersPointer(), headers)).as("the headers before they are broken").isEmpty();

            breakIt.accept(headers);

            assertThat(validate(message.headersPointer(), headers)).as("%s", headers)
                    .anyMatch(error -> error.startsWith(keyword + ":"));
        }
    }

    static Stream<Class<?>> topicInterfaces() {
        return TOPIC_INTERFACES.keySet().stream();
    }

    static Stream<Arguments> examples() {
        return AsyncApiDocument.load().messages().stream().flatMap(message -> message.examples().stream()
                .map(example -> Arguments.of(message,
                        Named.of(example.path("name").asText(), example))));
    }

    static Stream<Arguments> brokenPayloads() {
        return Stream.of(
                broken("a payload without a required field", SampleEvents.complaintRegistered(), "required",
                        p -> p.remove("receivedDate")),
                broken("a date that is not ISO-8601", SampleEvents.complaintRegistered(), "format",
                        p -> p.put("receivedDate", "02/02/2026")),
                broken("a date that does not exist", SampleEvents.complaintRegistered(), "format",
                        p -> p.put("receivedDate", "2026-02-30")),
                broken("a date-time where a date belongs", SampleEvents.complaintRegistered(), "format",
                        p -> p.put("receivedDate", "2026-02-02T00:00:00Z")),
                broken("an id that is not a UUID", SampleEvents.complaintRegistered(), "format",
                        p -> p.put("complaintId", "123")),
                broken("null for a value the record always has", SampleEvents.complaintRegistered(), "type",
                        p -> p.putNull("complaintId")),
                broken("a procedure outside its closed set", SampleEvents.complaintRegistered(), "enum",
                        p -> p.put("procedure", "STATUTORY")),
                broken("a property the record does not have", SampleEvents.complaintRegistered(),
                        "additionalProperties", p -> p.put("childName", "not allowed in an event")),
                broken("agreed actions without any action", SampleEvents.actionsAgreed(), "minItems",
                        p -> p.putArray("actions")),
                broken("missed provision as a source of agreed actions", SampleEvents.actionsAgreed(), "enum",
                        p -> p.put("source", "MISSED_PROVISION")),
                broken("an action type outside its closed set", SampleEvents.actionsAgreed(), "enum",
                        p -> action(p, 0).put("type", "COMPENSATION")),
                broken("a period in words", SampleEvents.actionsAgreed(), "pattern",
                        p -> action(p, 0).put("period", "4 weeks")),
                broken("a payment without an amount", SampleEvents.actionsAgreed(), "type",
                        p -> action(p, 1).putNull("amountPence")),
                broken("an amount on an apology", SampleEvents.actionsAgreed(), "type",
                        p -> action(p, 0).put("amountPence", 10_000)),
                broken("a service improvement without a theme", SampleEvents.actionsAgreed(), "type",
                        p -> action(p, 3).putNull("theme")),
                broken("an assessment type outside its closed set", SampleEvents.reassessmentOpened(), "enum",
                        p -> p.put("assessmentType", "CHILD_PROTECTION")),
                broken("a negative action count", SampleEvents.remedyCaseOpened(), "minimum",
                        p -> p.put("actionCount", -1)),
                broken("a null link left out instead of written as null",
                        SampleEvents.missedProvisionRemedyCaseOpened(), "required", p -> p.remove("complaintId")),
                broken("an empty child reference", SampleEvents.reassessmentRequested(), "minLength",
                        p -> p.put("childRef", "")),
                broken("a reference whose shape is not a case reference", SampleEvents.remedyCaseOpened(),
                        "pattern", p -> p.put("reference", "REM/31")));
    }


    static Stream<Arguments> brokenHeaders() {
        return Stream.of(
                brokenHeaders("the CloudEvent type of another event", "const",
                        h -> h.put("ce_type", EventType.COMPLAINT_ACTIONS_AGREED.ceType())),
                brokenHeaders("an event without an id", "required", h -> h.remove("ce_id")),
                brokenHeaders("an event id that is not a UUID", "format", h -> h.put("ce_id", "42")),
                brokenHeaders("a time without an offset", "format", h -> h.put("ce_time", "2026-02-02T09:14:05")),
                brokenHeaders("another CloudEvents version", "const", h -> h.put("ce_specversion", "0.3")),
                brokenHeaders("an event without a subject", "required", h -> h.remove("ce_subject")),
                brokenHeaders("a payload that is not JSON", "const", h -> h.put("content-type", "application/xml")));
    }

    /** A sample broken in one way, and the JSON Schema keyword that must catch it. */
    private static Arguments broken(String what, RedressEvent sample, String keyword, Consumer<ObjectNode> breakIt) {
        return Arguments.of(what, sample, keyword, breakIt);
    }

    private static Arguments brokenHeaders(String what, String keyword, Consumer<ObjectNode> breakIt) {
        return Arguments.of(what, keyword, breakIt);
    }

    private static ObjectNode action(ObjectNode actionsAgreed, int index) {
        return (ObjectNode) actionsAgreed.path("actions").path(index);
    }

    private Message messageOf(EventType type) {
        return document.messages().stream()
                .filter(message -> message.ceType().equals(type.ceType()))
                .reduce((first, second) -> {
                    throw new AssertionError(type + " is documented twice: " + first + ", " + second);
                })
                .orElseThrow(() -> new AssertionError(type + " (" + type.ceType() + ") is not documented"));
    }

    private String ceTypeFixedByHeaders(Message message) {
        return StreamSupport.stream(message.node().path("headers").path("allOf").spliterator(), false)
                .map(part -> document.resolve(part).path("properties").path("ce_type").path("const"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .findFirst()
                .orElse("");
    }

    private Set<String> validate(String schemaPointer, JsonNode instance) {
        JsonSchema schema = document.schemaAt(schemaPointer);
        return AsyncApiDocument.validate(schema, instance);
    }
}
