package org.redress.e2e;

import com.fasterxml.jackson.databind.JsonNode;

/** One CloudEvent as it sits on a topic (binary mode: attributes in {@code ce_*} headers, data in the value). */
public record EventRecord(String topic, int partition, long offset, String key, String id, String type, String subject,
                          JsonNode data) {

    /** The event type without the {@code org.redress.} prefix and version, e.g. {@code complaint.registered}. */
    public String shortType() {
        return type == null ? "" : type.replaceFirst("^org\\.redress\\.", "").replaceFirst("\\.v\\d+$", "");
    }
}
