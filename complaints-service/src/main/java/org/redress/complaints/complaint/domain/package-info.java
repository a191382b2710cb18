/**
 * The complaint aggregate, from intake to closure: recording a complaint, its points and
 * children, routing it, its three statutory stages with their clocks, holds, flags and closure,
 * and the ports it is kept and its timeline written through. Pure Java: no framework imports
 * (checked by an architecture test).
 */
package org.redress.complaints.complaint.domain;
