package org.redress.servicekit.json;

import jakarta.inject.Singleton;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How every HTTP response body is written: like any other JSON of the service (StrictJson), except
 * that a field with no value is left out rather than sent as {@code null}. That is the one rule the
 * OpenAPI documents state for optional fields, so a generated client never meets a null where its
 * document promised a string or an object. Events keep their own shape (the AsyncAPI document).
 * The idempotency store keeps a response in this form, so a replayed answer is byte for byte the first.
 */
@Provider
@Singleton
public class ResponseJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper;

    public ResponseJson(ObjectMapper serviceJson) {
        this.mapper = serviceJson.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    /** The mapper response bodies are written with. */
    public ObjectMapper mapper() {
        return mapper;
    }
}
