/**
 * The clock breach sweep: a use case callable with any date (tests call it directly) and the
 * schedule that runs it. The rule of what counts as breached lives in the complaint aggregate.
 */
package org.redress.complaints.breaches;
