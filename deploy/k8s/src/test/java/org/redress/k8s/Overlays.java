package org.redress.k8s;

import java.util.List;

/** The overlays an operator applies; every check of the rendered manifests runs on each. */
final class Overlays {

    static final String LOCAL = "overlays/local";
    static final String PRODUCTION = "overlays/production";

    private Overlays() {
    }

    static List<String> all() {
        return List.of(LOCAL, PRODUCTION);
    }
}
