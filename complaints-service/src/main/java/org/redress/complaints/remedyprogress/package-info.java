/**
 * What remedy-service reports about remedies agreed on a complaint, kept so that the complaint
 * shows the progress of its agreed actions. The counting rules (each action counted once, an
 * overdue action no longer overdue once completed, payments by running total) are plain Java in
 * {@code domain}; the consumer, the stored rows, their repositories and the read endpoint stay
 * in this one flat package, as there is little else to them.
 */
package org.redress.complaints.remedyprogress;
