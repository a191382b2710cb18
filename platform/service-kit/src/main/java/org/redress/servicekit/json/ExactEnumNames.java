package org.redress.servicekit.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * An enum value is its exact name. Jackson's enum reader trims a name it cannot find and tries
 * again, with no setting to turn that off, so {@code " PARENT "} became {@code PARENT}; this wraps
 * every enum reader to refuse a name with leading or trailing white space first.
 */
final class ExactEnumNames extends BeanDeserializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
            BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Untrimmed(deserializer, type.getRawClass());
    }

    private static final class Untrimmed extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        private final Class<?> enumType;

        Untrimmed(JsonDeserializer<?> delegate, Class<?> enumType) {
            super(delegate);
            this.enumType = enumType;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Untrimmed(delegate, enumType);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String name = parser.getText();
                // String.trim() is what Jackson applies before its second lookup
                if (name.trim().length() != name.length()) {
                    throw new RefusedValue(parser, enumType, "is not one of the accepted values");
                }
            }
            return super.deserialize(parser, context);
        }
    }
}
