/** Stage 3 (review panel): the request, the panel, its report and the council's response. */
package org.redress.complaints.stagethree;
