/**
 * Outcomes assessment-service announces that remedy-service follows up: a completed
 * reassessment completes the remedy action that asked for it, and missed provision becomes a
 * payment action for a person to confirm. It translates events and calls remedy case use cases.
 */
package org.redress.remedies.assessmentoutcomes;
