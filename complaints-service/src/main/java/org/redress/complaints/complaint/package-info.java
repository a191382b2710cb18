/** The complaint aggregate shared by every feature: its domain, its one unit of work and the request bodies several stages share, and its storage. */
package org.redress.complaints.complaint;
