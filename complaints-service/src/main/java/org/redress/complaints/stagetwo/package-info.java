/** Stage 2 (investigation): the request, statement, appointments, extension, reports and adjudication. */
package org.redress.complaints.stagetwo;
