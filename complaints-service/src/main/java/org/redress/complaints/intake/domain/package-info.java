/**
 * Complaint intake: recording a complaint, its points and children, and starting the stage 1
 * clock. Pure Java: no framework imports (checked by an architecture test).
 */
package org.redress.complaints.intake.domain;
