/**
 * A complaint's chronology: who did what and when, appended in the transaction of each change
 * from the notes the complaint returns. Little logic, so one flat package: the store and the
 * read endpoint.
 */
package org.redress.complaints.timeline;
