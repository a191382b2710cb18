package org.redress.complaints.stagetwo.application;

import java.time.LocalDate;

/** The statement of complaint was agreed. */
public record AgreeStatement(LocalDate agreedOn, String agreedBy) {
}
