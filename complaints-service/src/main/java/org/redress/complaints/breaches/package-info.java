/**
 * The clock breach sweep ({@code clock-breach}): the sweep itself, callable with any date (tests
 * drain it through the SweepRunner), and the schedule that runs it. The rule of what counts as
 * breached lives in the complaint aggregate.
 */
package org.redress.complaints.breaches;
