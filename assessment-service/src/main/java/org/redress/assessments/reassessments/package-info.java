/**
 * Assessments: opened from a referral's s17 decision, by a social worker (child in need, parent
 * carer, young carer, early help), or once per remedy action from remedy-service's reassessment
 * requests; assessors over time, needs one by one, CSDPA s2 consideration, completion (clock MET
 * or MISSED, flags, carer assessment prompts, open unmet needs, the EHC plan's social care sections
 * H1 and H2 for a child with an EHC plan), provision with missed provision, the child in need plan
 * with its reviews, and EHC plan updates (flagged when they say "no social care needs" while an
 * assessment is open). Changing requests may send the ETag of {@code GET /assessments/{id}} in
 * {@code If-Match}: a stale one is refused as a concurrent update. The package name predates the wider feature; renaming it is left for a quiet moment
 * so as not to disturb the other features' work in flight.
 *
 * <p>Still a flat package for the adapters (consumer, use cases, stored rows, repositories,
 * endpoints) beside the {@code domain} package that holds the rules, so that the architecture
 * test keeps those free of framework code. Assessments may use the referral domain (they are
 * downstream of referrals: they implement its {@code AssessmentStarter} port), never the reverse.
 */
package org.redress.assessments.reassessments;
