package org.redress.planted.beta.api;

/** Planted: a resource that reads another feature's rows (the other half of the cycle). */
public class ResourceReadingRows {
    org.redress.planted.alpha.infrastructure.StoredRow row;
}
