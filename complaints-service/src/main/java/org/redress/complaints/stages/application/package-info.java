/**
 * One use case per action on a complaint after intake: routing override, out-of-time decision,
 * stage 1 extension and response, stage 2 request, statement and adjudication, holds and
 * closure. Each loads the complaint, runs the command, saves it and writes its events, timeline
 * and audit entry in one transaction through {@link org.redress.complaints.complaint.application.ComplaintChanges}.
 */
package org.redress.complaints.stages.application;
