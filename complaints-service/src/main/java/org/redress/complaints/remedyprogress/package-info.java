/**
 * What remedy-service reports about remedies agreed on a complaint, kept so that the complaint
 * shows the progress of its agreed actions. Little logic, so one flat package: the consumer,
 * the stored row, its repository and the read endpoint.
 */
package org.redress.complaints.remedyprogress;
