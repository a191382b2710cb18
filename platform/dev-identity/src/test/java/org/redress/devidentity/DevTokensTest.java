package org.redress.devidentity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

class DevTokensTest {

    @Test
    void mintsATokenTheDevPublicKeyVerifiesWithRolesIssuerAndAudience() throws Exception {
        String token = DevTokens.mint(DevTokens.TokenRequest.forRoles("officer-1", List.of("complaints-officer")));
        JwtClaims claims = verifier().processToClaims(token);
        assertThat(claims.getSubject()).isEqualTo("officer-1");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("complaints-officer");
        assertThat(claims.getIssuer()).isEqualTo(DevTokens.ISSUER);
        assertThat(claims.getAudience()).containsExactly(DevTokens.AUDIENCE);
    }

    @Test
    void anIntegrationClientsTokenCarriesEveryGrantUnlessItNamesItsOwn() throws Exception {
        DevTokens.TokenRequest client = DevTokens.TokenRequest.forRoles("crm", List.of(DevTokens.INTEGRATION_CLIENT));
        assertThat(verifier().processToClaims(DevTokens.mint(client)).getStringClaimValue(DevTokens.SCOPE_CLAIM))
                .isEqualTo(String.join(" ", DevTokens.CLIENT_GRANTS));
        assertThat(verifier().processToClaims(DevTokens.mint(client.withScopes("cases.read-summary", "remedies.open")))
                .getStringClaimValue(DevTokens.SCOPE_CLAIM)).isEqualTo("cases.read-summary remedies.open");
        assertThat(verifier().processToClaims(DevTokens.mint(client.withScopes())).hasClaim(DevTokens.SCOPE_CLAIM))
                .isFalse();
    }

    @Test
    void aPersonsTokenCarriesNoGrants() throws Exception {
        String token = DevTokens.mint(DevTokens.TokenRequest.forRoles("officer-1", List.of("remedy-officer")));
        assertThat(verifier().processToClaims(token).hasClaim(DevTokens.SCOPE_CLAIM)).isFalse();
    }

    @Test
    void aTokenSignedByTheStrangerKeyDoesNotVerify() {
        String token = DevTokens.mintWithStrangerKey(DevTokens.TokenRequest.forRoles("x", List.of("auditor")));
        assertThatThrownBy(() -> verifier().processToClaims(token)).isInstanceOf(InvalidJwtException.class);
    }

    private static org.jose4j.jwt.consumer.JwtConsumer verifier() throws Exception {
        String base64 = DevKeys.publicKeyPem().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        return new JwtConsumerBuilder().setVerificationKey(key).setExpectedIssuer(DevTokens.ISSUER)
                .setExpectedAudience(DevTokens.AUDIENCE).setRequireExpirationTime().build();
    }
}
