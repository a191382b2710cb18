/**
 * The clock breach sweep ({@code clock-breach}): the sweep itself, callable with any date (tests
 * drain it through the SweepRunner; service-kit's SweepSchedules runs it on its schedule). The rule of what counts as
 * breached lives in the complaint aggregate.
 */
package org.redress.complaints.breaches;
