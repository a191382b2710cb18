/** Stage 1 (local resolution): its extension and the response. */
package org.redress.complaints.stageone;
