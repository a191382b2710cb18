package org.redress.planted.alpha.domain;

/** Planted: a domain class that uses a framework type. */
public class FrameworkInDomain {
    jakarta.enterprise.context.ApplicationScoped scope;
}
