/**
 * Outcomes assessment-service announces that remedy-service follows up: a completed
 * reassessment completes the remedy action that asked for it, and missed provision becomes a
 * payment action for a person to confirm. The consumer (infrastructure) translates the events;
 * these use cases change the remedy case through its one unit of work.
 */
package org.redress.remedies.assessmentoutcomes.application;
