package org.redress.servicekit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void narrativeKeepsTabAndLineBreaksOnly() {
        assertThat(ControlCharacters.inNarrative("Line one\r\n\tline two — café, 日本")).isFalse();
        for (char c : new char[] { 0x00, 0x07, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f }) {
            assertThat(ControlCharacters.inNarrative("a" + c + "b")).as("U+%04X", (int) c).isTrue();
        }
        assertThat(ControlCharacters.inNarrative("\u00a0")).isFalse();
    }

    @Test
    void aUriKeepsNone() {
        assertThat(ControlCharacters.inAnyForm("/complaints/3f7c2a9e")).isFalse();
        assertThat(ControlCharacters.inAnyForm("complaint\nERROR forged")).isTrue();
        assertThat(ControlCharacters.inAnyForm("a\tb")).isTrue();
    }
}
