package org.redress.servicekit.security;

import java.security.PrivateKey;
import java.security.PublicKey;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Puts {@link VerifiedTokens} in front of SmallRye JWT's parser, which Quarkus's bearer-token
 * validator calls with every request's token: a token verified before, still within its
 * {@code exp} and the cache's max age, is not verified again. Only {@link #parse(String)} - the
 * verification with the service's configured key, issuer and audience - is cached; every other
 * use of the parser goes straight through.
 */
@Decorator
@Priority(10)
public class CachingJwtParser implements JWTParser {

    private final JWTParser parser;
    private final VerifiedTokens verifiedTokens;

    @Inject
    public CachingJwtParser(@Delegate JWTParser parser, VerifiedTokens verifiedTokens) {
        this.parser = parser;
        this.verifiedTokens = verifiedTokens;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        return verifiedTokens.verify(token, parser::parse);
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
