package org.redress.planted.alpha.application;

/** Planted: a use case that uses an adapter. */
public class UseCaseUsingAdapter {
    org.redress.planted.alpha.infrastructure.StoredRow row;
}
