package org.redress.planted.alpha.domain;

/** Planted: a domain class that reaches out to a use case. */
public class DomainUsingUseCase {
    org.redress.planted.alpha.application.HttpInUseCase useCase;
}
