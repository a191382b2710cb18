package org.redress.servicekit.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a REST resource (or one of its operations) whose POST, PUT and PATCH requests honour the
 * {@code Idempotency-Key} header: each such request runs in one transaction that also records the
 * key and the response, so the work and its key commit together or not at all
 * ({@link IdempotentOperation}). Every resource with a write operation carries it.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface Idempotent {
}
