/** Referrals about children: recorded, decided within one working day, and the assessment a decision opens asked for through the AssessmentStarter port. */
package org.redress.assessments.referrals;
