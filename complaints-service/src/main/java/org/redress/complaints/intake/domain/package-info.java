/**
 * The complaint aggregate, from intake to closure: recording a complaint, its points and
 * children, routing it, its three statutory stages with their clocks, holds, flags and closure.
 * Pure Java: no framework imports (checked by an architecture test). The package keeps its
 * original name, intake, because other features already depend on its port.
 */
package org.redress.complaints.intake.domain;
