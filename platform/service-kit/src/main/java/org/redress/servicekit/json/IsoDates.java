package org.redress.servicekit.json;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads a date only as an ISO {@code YYYY-MM-DD} string and nothing around it. Jackson's own reader
 * trims the text first, and Java's trim removes every character up to the space, NUL included: a date
 * sent with a NUL or a line break around it was silently accepted. A calendar date that does not exist
 * (30 February) is refused too; years outside four digits are left to the date bounds to refuse
 * with their own reason.
 */
final class IsoDates extends StdScalarDeserializer<LocalDate> {

    private static final long serialVersionUID = 1L;

    static final String REASON = "must be a date written YYYY-MM-DD";
    private static final Pattern ISO_DATE = Pattern.compile("[+-]?\\d{4,9}-\\d{2}-\\d{2}");

    IsoDates() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
        String text = parser.getText();
        if (!ISO_DATE.matcher(text).matches()) {
            throw new RefusedValue(parser, LocalDate.class, REASON);
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException notADay) {
            throw new RefusedValue(parser, LocalDate.class, REASON);
        }
    }
}
