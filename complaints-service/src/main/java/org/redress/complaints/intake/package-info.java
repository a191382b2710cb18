/** Intake: registering a complaint, and intake's own decisions (routing override, out-of-time, standing). */
package org.redress.complaints.intake;
