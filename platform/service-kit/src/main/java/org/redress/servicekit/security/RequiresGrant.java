package org.redress.servicekit.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The grant ({@link Grants}) an integration client needs to call this operation, beside the
 * {@code @RolesAllowed} that lets integration clients in at all. Enforced by {@link GrantCheck}, published as the
 * operation's {@code x-grants}; every operation allowing {@link Roles#INTEGRATION_CLIENT} names exactly one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresGrant {

    /** One of {@link Grants}' constants. */
    String value();
}
