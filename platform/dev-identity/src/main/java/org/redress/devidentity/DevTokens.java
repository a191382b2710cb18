package org.redress.devidentity;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Mints bearer tokens like a council's identity provider would: RS256, issuer, audience,
 * subject, expiry and the caller's roles in the MP-JWT {@code groups} claim; an integration client's
 * grants in the OAuth 2 {@code scope} claim.
 */
public final class DevTokens {

    /** Issuer of development tokens; services accept it only where configured to. */
    public static final String ISSUER = "https://dev-identity.redress.local";
    /** Audience every Redress service expects by default. */
    public static final String AUDIENCE = "redress";

    /** The claim holding the staff reference by which a person is appointed to a case (the services' default). */
    public static final String STAFF_REFERENCE_CLAIM = "staff_ref";

    /** The claim holding the team a person works in (the services' default). */
    public static final String TEAM_CLAIM = "team";

    /** The claim holding an integration client's grants, space-separated (the services' default). */
    public static final String SCOPE_CLAIM = "scope";

    /** The role of other council systems calling Redress, bound by the grants in their token. */
    public static final String INTEGRATION_CLIENT = "integration-client";

    /**
     * Every grant a service knows (the services' {@code Grants.ALL}; a service-kit test keeps the two equal): what
     * a development token for an integration client carries unless it names its own.
     */
    public static final List<String> CLIENT_GRANTS = List.of("cases.read-summary", "cases.read-narrative",
            "complaints.record", "referrals.record", "ehc-plans.record", "remedies.open");

    private DevTokens() {
    }

    /**
     * What a token says about its bearer. {@code grants} null: the default, every grant for an integration client
     * ({@link #CLIENT_GRANTS}) and none for anyone else.
     */
    public record TokenRequest(String subject, List<String> roles, String clientId, String issuer, String audience,
            Instant issuedAt, Duration lifetime, String staffReference, String team, List<String> grants) {

        public static TokenRequest forRoles(String subject, List<String> roles) {
            return new TokenRequest(subject, List.copyOf(roles), "redress-dev-cli", ISSUER, AUDIENCE, Instant.now(),
                    Duration.ofHours(8), null, null, null);
        }

        /** Exactly these grants in the {@code scope} claim; none at all leaves the claim out. */
        public TokenRequest withGrants(List<String> exactly) {
            return new TokenRequest(subject, roles, clientId, issuer, audience, issuedAt, lifetime, staffReference, team,
                    List.copyOf(exactly));
        }

        /** {@link #withGrants}, written as OAuth 2 writes scopes. */
        public TokenRequest withScopes(String... scopes) {
            return withGrants(List.of(scopes));
        }

        /** The grants the token carries: those asked for, or the default. */
        public List<String> effectiveGrants() {
            if (grants != null) {
                return grants;
            }
            return roles.contains(INTEGRATION_CLIENT) ? CLIENT_GRANTS : List.of();
        }

        public TokenRequest withIssuer(String otherIssuer) {
            return new TokenRequest(subject, roles, clientId, otherIssuer, audience, issuedAt, lifetime, staffReference, team, grants);
        }

        public TokenRequest withAudience(String otherAudience) {
            return new TokenRequest(subject, roles, clientId, issuer, otherAudience, issuedAt, lifetime, staffReference, team, grants);
        }

        public TokenRequest issuedAt(Instant when, Duration validFor) {
            return new TokenRequest(subject, roles, clientId, issuer, audience, when, validFor, staffReference, team, grants);
        }

        /** The staff reference appointments name the holder by ({@code staff_ref}). */
        public TokenRequest withStaffReference(String reference) {
            return new TokenRequest(subject, roles, clientId, issuer, audience, issuedAt, lifetime, reference, team, grants);
        }

        /** The team the holder works in ({@code team}). */
        public TokenRequest withTeam(String otherTeam) {
            return new TokenRequest(subject, roles, clientId, issuer, audience, issuedAt, lifetime, staffReference, otherTeam, grants);
        }

        public TokenRequest withClientId(String otherClientId) {
            return new TokenRequest(subject, roles, otherClientId, issuer, audience, issuedAt, lifetime, staffReference, team, grants);
        }
    }

    /** A token signed with the development key. */
    public static String mint(TokenRequest request) {
        return sign(request, DevKeys.signingKey());
    }

    /** A token with the right claims signed by a key no service trusts. */
    public static String mintWithStrangerKey(TokenRequest request) {
        return sign(request, DevKeys.strangerKey());
    }

    private static String sign(TokenRequest request, PrivateKey key) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(request.issuer());
        claims.setAudience(request.audience());
        claims.setSubject(request.subject());
        claims.setClaim("upn", request.subject());
        claims.setClaim("azp", request.clientId());
        claims.setStringListClaim("groups", request.roles());
        if (request.staffReference() != null) {
            claims.setClaim(STAFF_REFERENCE_CLAIM, request.staffReference());
        }
        if (request.team() != null) {
            claims.setClaim(TEAM_CLAIM, request.team());
        }
        if (!request.effectiveGrants().isEmpty()) {
            claims.setClaim(SCOPE_CLAIM, String.join(" ", request.effectiveGrants()));
        }
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAt(NumericDate.fromSeconds(request.issuedAt().getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(request.issuedAt().plus(request.lifetime()).getEpochSecond()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("token could not be signed", e);
        }
    }
}
