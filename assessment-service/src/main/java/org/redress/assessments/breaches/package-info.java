/**
 * Clock breach detection: a scheduled sweep that reports, once per clock, each referral still
 * without a decision after its one working day and each assessment still open after its 45
 * working days (Working Together to Safeguard Children 2023), so that a manager hears of the
 * breach the day after it happens rather than from a complaint. Uses only the referral and
 * assessment domains' ports.
 */
package org.redress.assessments.breaches;
