package org.redress.planted.alpha.application;

/** Planted: a use case that knows HTTP. */
public class HttpInUseCase {
    jakarta.ws.rs.NotFoundException notFound;
}
