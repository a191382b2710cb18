/**
 * The assessment as far as a reassessment needs it: opened for a child, with its 45-working-day
 * clock and the remedy that asked for it. Pure Java: no framework imports (checked by an
 * architecture test). The assessment domain (needs, outcomes, completion) will grow from here.
 */
package org.redress.assessments.reassessments.domain;
