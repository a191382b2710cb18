package org.redress.servicekit.json;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;

/**
 * Decimal numbers a calculation can work with. A few characters of exponent make a number
 * with millions of digits ({@code 1e999999999}): comparing it is cheap, but one {@code setScale}
 * on it would build every digit. A double overflows to infinity instead ({@code 1e400}). Both
 * are refused as they are read; each field's plausible range is the request record's business.
 */
final class PlausibleNumbers {

    /** Far beyond any figure Redress records (a googol has 101 digits). */
    static final int MAX_DIGITS = 100;

    static final String REASON = "is a number out of the range accepted";

    private PlausibleNumbers() {
    }

    static final class Decimals extends NumberDeserializers.BigDecimalDeserializer {

        private static final long serialVersionUID = 1L;

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = super.deserialize(parser, context);
            if (value != null && value.signum() != 0
                    && (value.precision() - value.scale() > MAX_DIGITS || value.scale() > MAX_DIGITS)) {
                throw new RefusedValue(parser, BigDecimal.class, REASON);
            }
            return value;
        }
    }

    static final class Doubles extends NumberDeserializers.DoubleDeserializer {

        private static final long serialVersionUID = 1L;

        Doubles(Class<Double> type, Double valueForNull) {
            super(type, valueForNull);
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Double value = super.deserialize(parser, context);
            if (value != null && !Double.isFinite(value)) {
                throw new RefusedValue(parser, Double.class, REASON);
            }
            return value;
        }
    }
}
