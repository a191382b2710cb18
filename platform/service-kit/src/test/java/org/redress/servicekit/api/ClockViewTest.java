package org.redress.servicekit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.redress.statutorytime.ClockState;

class ClockViewTest {

    @Test
    void theDocumentedClockStatesAreExactlyTheStatesAClockCanBeIn() throws NoSuchMethodException {
        Schema state = ClockView.class.getDeclaredMethod("state").getAnnotation(Schema.class) != null
                ? ClockView.class.getDeclaredMethod("state").getAnnotation(Schema.class)
                : ClockView.class.getRecordComponents()[5].getAnnotation(Schema.class);
        assertThat(state.enumeration()).containsExactly(
                Arrays.stream(ClockState.values()).map(Enum::name).toArray(String[]::new));
    }
}
