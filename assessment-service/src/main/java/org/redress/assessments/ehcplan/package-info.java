/** Children's EHC plan updates: recorded, flagged when they say "no social care needs" while an assessment is open, and listed. */
package org.redress.assessments.ehcplan;
