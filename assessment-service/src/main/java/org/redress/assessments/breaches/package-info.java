/** Clock breach detection: the clock-breach sweep, which reports once each referral decision past its working day and each assessment open past its 45 working days; service-kit's SweepSchedules puts it on its schedule (redress.sweeps.clock-breach.*). */
package org.redress.assessments.breaches;
