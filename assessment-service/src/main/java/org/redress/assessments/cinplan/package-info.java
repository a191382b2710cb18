/** The child in need plan that follows an assessment: starting it and recording its reviews (first within 3 months, then every 6). */
package org.redress.assessments.cinplan;
