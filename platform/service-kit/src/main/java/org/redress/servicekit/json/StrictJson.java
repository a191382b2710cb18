package org.redress.servicekit.json;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON means what it says, in every service's requests and events. Jackson is lenient by default:
 * {@code 0} becomes the first enum constant, {@code 2} becomes {@code true}, {@code "12"} a number,
 * a number a date (a day count: year 56728), {@code 1.5} the whole number 1, {@code " PARENT "}
 * the enum PARENT; the last of two values for a field wins, and text after the body is ignored. Each
 * of those silently records something the caller did not send, so each is refused here and answered
 * with a 400 naming the field (ProblemDetailMappers). A JSON integer still reads into a decimal
 * field: {@code 3} is a perfectly good 3.0. Stored JSON has its own strict mapper (StoredJson).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /**
     * Applied after Quarkus' own customizer, which registers Jackson's date/time module: the module
     * registered last decides how a {@code LocalDate} is read, and Jackson's trims the text and reads
     * a date-time as its day ({@code "2026-01-15 "}, {@code "2026-01-15T00:00"}), where IsoDates
     * takes exactly {@code yyyy-MM-dd}.
     */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        refuseCoercion(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.String, CoercionInputShape.EmptyString);
        refuseCoercion(mapper, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean,
                CoercionInputShape.String, CoercionInputShape.EmptyString);
        refuseCoercion(mapper, LogicalType.Float, CoercionInputShape.Boolean, CoercionInputShape.String,
                CoercionInputShape.EmptyString);
        refuseCoercion(mapper, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        refuseCoercion(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        refuseCoercion(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        mapper.registerModule(new SimpleModule("redress-strict-json")
                .setDeserializerModifier(new ExactEnumNames())
                .addDeserializer(String.class, new NarrativeText())
                .addDeserializer(LocalDate.class, new IsoDates())
                .addDeserializer(BigDecimal.class, new PlausibleNumbers.Decimals())
                .addDeserializer(Double.class, new PlausibleNumbers.Doubles(Double.class, null))
                .addDeserializer(double.class, new PlausibleNumbers.Doubles(Double.TYPE, 0.0)));
    }

    private static void refuseCoercion(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }
}
