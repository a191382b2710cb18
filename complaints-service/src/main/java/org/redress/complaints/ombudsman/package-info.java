/** The Ombudsman's decision on a complaint. */
package org.redress.complaints.ombudsman;
