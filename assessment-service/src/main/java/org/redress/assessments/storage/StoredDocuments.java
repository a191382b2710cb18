package org.redress.assessments.storage;

import org.redress.servicekit.storage.StoredJson;

/**
 * The JSON documents assessment-service stores in its own columns: read strictly, as every service
 * reads its stored documents ({@link StoredJson}), with days written as they always were here, as
 * arrays ({@code [2026,11,25]}).
 */
public final class StoredDocuments {

    public static final StoredJson JSON = StoredJson.daysAsArrays();

    private StoredDocuments() {
    }
}
