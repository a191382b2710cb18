package org.redress.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/**
 * The AsyncAPI document on the class path, read as a tree, with its schemas turned into
 * validators. AsyncAPI 3.0 schemas are a superset of JSON Schema draft-07, so they are
 * validated with the draft-07 dialect, with {@code format} as an assertion.
 */
final class AsyncApiDocument {

    static final String RESOURCE = "asyncapi.yaml";

    /** Where the validator finds the schemas; any URI would do, it is never fetched. */
    private static final String SCHEMA_DOCUMENT = "urn:redress:asyncapi";

    private final JsonNode root;
    private final JsonSchemaFactory schemas;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private AsyncApiDocument(JsonNode root) {
        this.root = root;
        // Only the components are handed to the validator: the document's root fields (such as
        // AsyncAPI's `id`) would otherwise be read as draft-07 keywords. Local `#/components/...`
        // references resolve the same way in both.
        ObjectNode schemaDocument = JsonNodeFactory.instance.objectNode();
        schemaDocument.set("components", root.path("components"));
        this.schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, builder -> builder
                .schemaLoaders(loaders -> loaders.schemas(Map.of(SCHEMA_DOCUMENT, schemaDocument.toString()))));
    }

    static AsyncApiDocument load() {
        try (InputStream in = AsyncApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new AsyncApiDocument(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode root() {
        return root;
    }

    /** Every message of every channel, with the address of the channel it is on. */
    List<Message> messages() {
        List<Message> messages = new ArrayList<>();
        root.path("channels").forEach(channel -> channel.path("messages").properties().forEach(entry -> {
            String pointer = refOf(entry.getValue());
            messages.add(new Message(channel.path("address").asText(), pointer, root.at(pointer)));
        }));
        return messages;
    }

    /** The operations, by name. */
    Map<String, JsonNode> operations() {
        return root.path("operations").properties().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Follows a local {@code $ref} if the node is one. */
    JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? root.at(refOf(node)) : node;
    }

    /** A validator for the schema at a JSON pointer into the document, e.g. a message's payload. */
    JsonSchema schemaAt(String pointer) {
        JsonNode node = root.at(pointer);
        String target = node.has("$ref") ? refOf(node) : pointer;
        if (!target.startsWith("/components/")) {
            throw new IllegalArgumentException("schemas are expected under /components, not at " + target);
        }
        return schemas.getSchema(SchemaLocation.of(SCHEMA_DOCUMENT + "#" + target), config);
    }

    /** The errors, each as {@code keyword: message}, e.g. {@code required: $.x: required property ...}. */
    static Set<String> validate(JsonSchema schema, JsonNode instance) {
        return schema.validate(instance).stream()
                .map(error -> error.getType() + ": " + error.getMessage())
                .collect(Collectors.toSet());
    }

    private static String refOf(JsonNode node) {
        String ref = node.path("$ref").asText();
        if (!ref.startsWith("#")) {
            throw new IllegalStateException("only local references are expected, found " + ref);
        }
        return ref.substring(1);
    }

    /** A documented message: where it is in the document and the channel address it is on. */
    record Message(String address, String pointer, JsonNode node) {

        String name() {
            return node.path("name").asText();
        }

        String ceType() {
            return node.path("x-redress-ce-type").asText();
        }

        String payloadPointer() {
            return pointer + "/payload";
        }

        String headersPointer() {
            return pointer + "/headers";
        }

        List<JsonNode> examples() {
            return StreamSupport.stream(node.path("examples").spliterator(), false).toList();
        }

        @Override
        public String toString() {
            return name() + " on " + address;
        }
    }
}
