/** Holds and declines: pausing a complaint for a reason or while proceedings run, and taking it up again. */
package org.redress.complaints.holds;
