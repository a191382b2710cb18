package org.redress.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.restassured.specification.RequestSpecification;

/** A paged list read whole, as one caller sees it: every page of 100 until a short one. */
public final class EveryPage {

    private static final int SIZE = 100;

    /** The {@code field} of every item the list showed, and how many pages (requests) it took. */
    public record Read(List<String> values, int pages) {
    }

    private EveryPage() {
    }

    /** Reads every page of the list at {@code path} as {@code caller}, keeping each item's {@code field}. */
    public static Read of(Supplier<RequestSpecification> caller, String path, String field) {
        List<String> values = new ArrayList<>();
        for (int page = 0;; page++) {
            List<String> items = caller.get().queryParam("size", SIZE).queryParam("page", page).when().get(path)
                    .then().statusCode(200).extract().path("items." + field);
            values.addAll(items);
            if (items.size() < SIZE) {
                return new Read(values, page + 1);
            }
        }
    }
}
