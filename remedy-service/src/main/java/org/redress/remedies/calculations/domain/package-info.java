/**
 * Exact money and the remedy calculators (DOMAIN §4): missed provision over an inclusive period
 * and a symbolic payment per month of delay, each with a line-by-line breakdown and a stated
 * rounding rule. Pence as {@code long}, never floating point. Pure Java.
 */
package org.redress.remedies.calculations.domain;
