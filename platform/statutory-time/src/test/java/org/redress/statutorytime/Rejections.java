package org.redress.statutorytime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a call is rejected with a {@link StatutoryTimeException} for a given rule. */
final class Rejections {

    private Rejections() {
    }

    static void assertRejected(String ruleCode, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(IllegalArgumentException.class)
                .isInstanceOfSatisfying(StatutoryTimeException.class, rejection -> {
                    assertThat(rejection.ruleCode()).isEqualTo(ruleCode);
                    assertThat(rejection.getMessage()).isNotBlank();
                });
    }
}
