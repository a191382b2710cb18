package org.redress.servicekit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.devidentity.DevTokens;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

class GrantsTest {

    @Nested
    class AScopeClaim {

        @Test
        void spaceSeparatedAsOAuthWritesItHoldsEachGrant() {
            assertThat(Grants.fromClaim(claimOf("cases.read-summary  remedies.open ")))
                    .containsExactlyInAnyOrder(Grants.CASES_READ_SUMMARY, Grants.REMEDIES_OPEN);
        }

        @Test
        void writtenAsAJsonArrayHoldsEachGrant() {
            assertThat(Grants.fromClaim(claimOf(List.of("cases.read-narrative", "complaints.record"))))
                    .containsExactlyInAnyOrder(Grants.CASES_READ_NARRATIVE, Grants.COMPLAINTS_RECORD);
        }

        @Test
        void absentOrEmptyHoldsNone() {
            assertThat(Grants.fromClaim(null)).isEmpty();
            assertThat(Grants.fromClaim(claimOf(""))).isEmpty();
            assertThat(Grants.fromClaim(claimOf(List.of()))).isEmpty();
        }

        @Test
        void ofAnotherTypeHoldsNone() {
            assertThat(Grants.fromClaim(claimOf(42))).isEmpty();
        }

        /** The claim as the verified token hands it over (SmallRye JWT turns arrays into JSON values). */
        private static Object claimOf(Object value) {
            JwtClaims claims = new JwtClaims();
            claims.setSubject("crm");
            claims.setClaim("scope", value);
            JsonWebToken token = new DefaultJWTCallerPrincipal(claims);
            return token.getClaim("scope");
        }
    }

    @Test
    void bindOnlyACallerActingAsAnIntegrationClientAlone() {
        assertThat(Grants.bind(Set.of(Roles.INTEGRATION_CLIENT))).isTrue();
        assertThat(Grants.bind(Set.of(Roles.INTEGRATION_CLIENT, Roles.REMEDY_OFFICER))).isFalse();
        assertThat(Grants.bind(Set.of(Roles.REMEDY_OFFICER))).isFalse();
        assertThat(Grants.bind(Set.of())).isFalse();
    }

    @Test
    void developmentTokensForAClientCarryEveryGrantThereIs() {
        assertThat(DevTokens.CLIENT_GRANTS).containsExactlyElementsOf(Grants.ALL);
        assertThat(DevTokens.INTEGRATION_CLIENT).isEqualTo(Roles.INTEGRATION_CLIENT);
    }

    @Test
    void aRefusalNamesTheGrantNeeded() {
        assertThat(Grants.missing(Grants.REMEDIES_OPEN)).contains("remedies.open");
    }
}
