package org.redress.testkit;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.redress.devidentity.DevKeys;
import org.redress.devidentity.DevTokens;

import io.restassured.specification.RequestSpecification;

/**
 * Bearer tokens for service tests, signed with the development key that
 * {@link RedressTestResources} tells the service to trust.
 */
public final class Tokens {

    private Tokens() {
    }

    /**
     * A token for a test user holding {@code role}. An integration client's carries every grant
     * ({@code DevTokens.CLIENT_GRANTS}); {@link #asClient} names them.
     */
    public static String forRole(String role) {
        return DevTokens.mint(DevTokens.TokenRequest.forRoles("test-" + role, List.of(role)));
    }

    /** A RestAssured request as a test user holding {@code role}. */
    public static RequestSpecification as(String role) {
        return given().auth().oauth2(forRole(role));
    }

    /** A RestAssured request as an integration client granted exactly {@code grants} (OAuth 2 scopes), possibly none. */
    public static RequestSpecification asClient(String... grants) {
        return given().auth().oauth2(DevTokens.mint(DevTokens.TokenRequest.forRoles("test-" + DevTokens.INTEGRATION_CLIENT,
                List.of(DevTokens.INTEGRATION_CLIENT)).withScopes(grants)));
    }

    /** A RestAssured request as a test user holding {@code role}, known by the staff reference {@code staffReference}. */
    public static RequestSpecification asStaff(String role, String staffReference) {
        return given().auth().oauth2(DevTokens.mint(DevTokens.TokenRequest.forRoles("test-" + role + "-" + staffReference,
                List.of(role)).withStaffReference(staffReference)));
    }

    /**
     * A RestAssured request as a test user holding {@code role}, known by {@code staffReference} and working in
     * {@code team}.
     */
    public static RequestSpecification asTeamMember(String role, String staffReference, String team) {
        return given().auth().oauth2(DevTokens.mint(DevTokens.TokenRequest.forRoles("test-" + role + "-" + staffReference,
                List.of(role)).withStaffReference(staffReference).withTeam(team)));
    }

    /** A token for {@code role} issued at {@code issuedAt} and valid for {@code lifetime} from then. */
    public static String issuedAt(String role, Instant issuedAt, Duration lifetime) {
        return DevTokens.mint(DevTokens.TokenRequest.forRoles("test-" + role, List.of(role)).issuedAt(issuedAt, lifetime));
    }

    /**
     * Tokens for {@code role} that a service must refuse, by what is wrong with them: expired,
     * signed by an untrusted key, from another issuer, for another audience.
     */
    public static Map<String, String> refusedTokens(String role) {
        DevTokens.TokenRequest valid = DevTokens.TokenRequest.forRoles("test-" + role, List.of(role));
        return Map.of(
                "expired", DevTokens.mint(valid.issuedAt(Instant.now().minus(Duration.ofHours(3)), Duration.ofHours(1))),
                "wrongly signed", DevTokens.mintWithStrangerKey(valid),
                "from another issuer", DevTokens.mint(valid.withIssuer("https://idp.elsewhere.example")),
                "for another audience", DevTokens.mint(valid.withAudience("another-system")));
    }

    /**
     * The settings that make a service under test verify development tokens. The key is given as
     * content ({@code mp.jwt.verify.publickey}) because in test mode Quarkus generates its own
     * in-memory key pair, and a configured key content is the only setting that takes precedence.
     */
    static Map<String, String> verificationConfig() {
        String key = DevKeys.publicKeyPem().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Map.of(
                "mp.jwt.verify.publickey", key,
                "mp.jwt.verify.issuer", DevTokens.ISSUER,
                "mp.jwt.verify.audiences", DevTokens.AUDIENCE);
    }
}
