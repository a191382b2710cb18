/** Clock breach detection: the clock-breach sweep, which reports once each referral decision past its working day and each assessment open past its 45 working days, and its schedule. */
package org.redress.assessments.breaches;
