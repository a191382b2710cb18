package org.redress.testkit.fuzz;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.redress.testkit.OpenApiOperation;

/**
 * Wrong path parameters: not an id at all, an encoded NUL or line break inside one (which a
 * service must neither store nor log), and ids long enough to overflow a stored path or the
 * request line.
 */
final class PathMutations {

    private PathMutations() {
    }

    static void add(OpenApiOperation operation, RequestDraft base, List<FuzzRequest> all) {
        for (JsonNode parameter : operation.parameters("path")) {
            String name = parameter.path("name").asText();
            String valid = base.pathSegments.get(name);
            add(base, name, RequestDraft.encode(HostileText.PERSON), "personal value, not an id", all);
            add(base, name, valid + "%00", "%00 in id", all);
            add(base, name, RequestDraft.encode(HostileText.MARKERS.get(0)) + "%0D%0A" + RequestDraft.encode(
                    HostileText.FORGED_LINE.strip()), "line break in id", all);
            add(base, name, RequestDraft.encode(HostileText.PERSON + HostileText.CONTROLS), "control characters in id",
                    all);
            add(base, name, "-1", "-1 for id", all);
            add(base, name, RequestDraft.encode(ValueMutations.oversized(600)), "over-long id (600)", all);
            add(base, name, RequestDraft.encode(ValueMutations.oversized(10_000)), "over-long path (10000)", all);
        }
    }

    private static void add(RequestDraft base, String name, String segment, String label, List<FuzzRequest> all) {
        RequestDraft draft = base.copy();
        draft.pathSegments.put(name, segment);
        all.add(draft.toRequest("path " + name + ": " + label));
    }
}
