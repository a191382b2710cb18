/**
 * How the API shows a complaint: one read model shared by the intake and stage endpoints, so
 * every answer shows the same current stage, clocks, holds, flags and decisions.
 */
package org.redress.complaints.reading;
