package org.redress.planted.beta.domain;

/** Planted: a domain class that keeps every rule. */
public record CleanDomain(String name) {
}
