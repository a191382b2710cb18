/**
 * Referrals about children: recording who referred, about which child and with which concerns,
 * and starting the clock for the decision on the type of response. Pure Java: no framework
 * imports (checked by an architecture test).
 */
package org.redress.assessments.referrals.domain;
