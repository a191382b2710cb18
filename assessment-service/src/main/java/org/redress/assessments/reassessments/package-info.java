/** Reassessments asked for by remedies: remedy-service's reassessment requests consumed, once each, and the assessment each one opens. */
package org.redress.assessments.reassessments;
