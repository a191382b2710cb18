/**
 * Compliance with agreed remedies (DOMAIN §4): actions due, completed on time, late and overdue,
 * by type and by source, and the Ombudsman compliance rate. Pure Java.
 */
package org.redress.remedies.compliance.domain;
