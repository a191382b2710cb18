/** Closing a complaint for a reason from the fixed list. */
package org.redress.complaints.closure;
