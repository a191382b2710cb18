/**
 * Outcomes assessment-service announces that remedy-service follows up: a completed
 * reassessment or carer's assessment completes the remedy action that asked for it, missed provision
 * becomes a payment action for a person to confirm, and provision that starts for a child completes
 * the child's open actions to put a service in place, on the day it started. The consumer (infrastructure) translates the events;
 * these use cases change the remedy case through its one unit of work.
 */
package org.redress.remedies.assessmentoutcomes.application;
