package org.redress.complaints.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.redress.complaints.complaint.domain.Flag;

/**
 * The flag codes an integrator reads in the API document are every code the procedure raises, and
 * only those: the document lists them by hand, so a new flag must be added there too.
 */
class FlagCodesDocumentedTest {

    @Test
    void theDocumentedCodesAreTheCodesAFlagCanHave() throws NoSuchFieldException {
        Schema code = FlagView.class.getDeclaredField("code").getAnnotation(Schema.class);
        String[] raised = Arrays.stream(Flag.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(FlagCodesDocumentedTest::value)
                .toArray(String[]::new);

        assertThat(code.enumeration()).containsExactlyInAnyOrder(raised);
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
