package org.redress.complaints.complaint.infrastructure;

import java.util.List;

import org.redress.complaints.complaint.domain.SubjectMatter;
import org.redress.servicekit.storage.StoredTexts;

/** {@code complaint.subject_matters} is stored as the names of the subject matters, e.g. {@code ["ASSESSMENT"]}. */
final class StoredSubjectMatters {

    private StoredSubjectMatters() {
    }

    static StoredTexts from(List<SubjectMatter> subjectMatters) {
        return new StoredTexts(subjectMatters.stream().map(Enum::name).toList());
    }

    static List<SubjectMatter> toDomain(StoredTexts stored) {
        return stored.values().stream().map(SubjectMatter::valueOf).toList();
    }
}
