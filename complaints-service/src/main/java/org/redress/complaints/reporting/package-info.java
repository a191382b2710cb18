/**
 * The annual report a council publishes on its children's complaints procedure (Regs 2006
 * reg 13(3)): computed by SQL aggregation over the complaint rows, never by loading every
 * complaint. Read-only and little logic, so one flat package.
 */
package org.redress.complaints.reporting;
