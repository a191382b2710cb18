/** The assessment aggregate: its 45-working-day clock and rules, its one unit of work (AssessmentChanges), its storage, and opening, recording and completing it over HTTP. */
package org.redress.assessments.assessment;
