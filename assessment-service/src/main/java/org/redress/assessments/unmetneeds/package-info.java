/** Unmet needs: eligible needs a completed assessment left unmet, kept open and listed oldest first until provision starts. */
package org.redress.assessments.unmetneeds;
