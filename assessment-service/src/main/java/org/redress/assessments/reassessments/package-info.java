/**
 * Assessments: opened from a referral's s17 decision, by a social worker (child in need, parent
 * carer, young carer, early help), or once per remedy action from remedy-service's reassessment
 * requests; assessors over time, needs one by one, CSDPA s2 consideration, completion (clock MET
 * or MISSED, flags, carer assessment prompts, open unmet needs), and provision with missed
 * provision. The package name predates the wider feature; renaming it is left for a quiet moment
 * so as not to disturb the other features' work in flight.
 *
 * <p>Still a flat package for the adapters (consumer, use cases, stored rows, repositories,
 * endpoints) beside the {@code domain} package that holds the rules, so that the architecture
 * test keeps those free of framework code. Assessments may use the referral domain (they are
 * downstream of referrals: they implement its {@code AssessmentStarter} port), never the reverse.
 */
package org.redress.assessments.reassessments;
