/**
 * Reassessments asked for by remedies: remedy-service announces a reassessment action on its
 * topic, and this feature opens, once per action and child, a linked child in need assessment
 * with its 45-working-day clock, announces it, and shows it over HTTP.
 *
 * <p>Little logic, so a flat package (consumer, use case, stored row, repository, read
 * endpoint) beside a small {@code domain} package that holds the assessment itself, so that
 * the architecture test keeps the rules free of framework code.
 */
package org.redress.assessments.reassessments;
