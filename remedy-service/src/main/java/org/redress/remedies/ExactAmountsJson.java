package org.redress.remedies;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Money is exact pence (DOMAIN §4). Jackson by default truncates {@code 1250.5} into a
 * {@code long} of 1250; here a fractional number where pence are expected is refused, so the
 * caller hears about it (400 naming the field) instead of being underpaid by a rounding.
 */
@Singleton
public class ExactAmountsJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
