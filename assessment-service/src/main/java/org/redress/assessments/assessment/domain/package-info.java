/**
 * The assessment: opened for a child (from a referral, a social worker's request or a remedy), its
 * 45-working-day clock, and the assessors, needs, CSDPA s2 consideration, flags, completion and
 * provision recorded on it, with the rules of DOMAIN §3 as named policies ({@link
 * org.redress.assessments.assessment.domain.CompletionPolicy}, {@link
 * org.redress.assessments.assessment.domain.ResourceLedWording}). Pure Java: no framework
 * imports (checked by an architecture test).
 */
package org.redress.assessments.assessment.domain;
