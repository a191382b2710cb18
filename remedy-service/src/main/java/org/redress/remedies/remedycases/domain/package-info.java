/**
 * Remedy cases: the actions a council agreed after a complaint stage or an Ombudsman decision,
 * each with its due date counted from the decision date (DOMAIN §4), and the rules an agreed
 * action must meet. Pure Java: no framework imports (checked by an architecture test).
 */
package org.redress.remedies.remedycases.domain;
