package org.redress.servicekit.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Actor;

/** A key's scope: whose it is and for which operation, stored as a hash of fixed length. */
class IdempotencyScopeTest {

    private static final Actor OFFICER = new Actor("officer-1", List.of("complaints-officer"), "redress-dev-cli");

    private static IdempotencyScope scope(Actor caller, String method, String path, String key) {
        return IdempotencyScope.of(caller, new KeyedRequest(key, method, path, "hash", null));
    }

    @Test
    void anotherCallerWithTheSameKeyHasAnotherScope() {
        Actor other = new Actor("officer-2", List.of("complaints-officer"), "redress-dev-cli");

        assertThat(scope(other, "POST", "/complaints", "k").hash())
                .isNotEqualTo(scope(OFFICER, "POST", "/complaints", "k").hash());
    }

    @Test
    void theSamePersonThroughAnotherClientHasAnotherScope() {
        Actor throughCaseSystem = new Actor("officer-1", List.of("complaints-officer"), "council-case-system");
        Actor withoutClient = new Actor("officer-1", List.of("complaints-officer"), null);

        assertThat(scope(throughCaseSystem, "POST", "/complaints", "k").hash())
                .isNotEqualTo(scope(OFFICER, "POST", "/complaints", "k").hash())
                .isNotEqualTo(scope(withoutClient, "POST", "/complaints", "k").hash());
    }

    @Test
    void anotherOperationWithTheSameKeyHasAnotherScope() {
        String registering = scope(OFFICER, "POST", "/complaints", "k").hash();

        assertThat(scope(OFFICER, "PUT", "/complaints", "k").hash()).isNotEqualTo(registering);
        assertThat(scope(OFFICER, "POST", "/complaints/1/stage-1/response", "k").hash()).isNotEqualTo(registering);
    }

    @Test
    void partsDoNotRunTogether() {
        Actor ab = new Actor("ab", List.of(), "c");
        Actor a = new Actor("a", List.of(), "bc");

        assertThat(scope(ab, "POST", "/p", "k").hash()).isNotEqualTo(scope(a, "POST", "/p", "k").hash());
    }

    @Test
    void theSameCallerOperationAndKeyIsTheSameScope() {
        assertThat(scope(OFFICER, "POST", "/complaints", "k").hash())
                .isEqualTo(scope(OFFICER, "POST", "/complaints", "k").hash());
    }

    @Test
    void aPathOfAnyLengthOrContentHashesTo64HexCharacters() {
        String hostile = "/complaints/" + "x".repeat(10_000) + "\u0000\n12:00:00 ERROR forged";

        assertThat(scope(OFFICER, "POST", hostile, "k").hash()).matches("[0-9a-f]{64}");
    }
}
