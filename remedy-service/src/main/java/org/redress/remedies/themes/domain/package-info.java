/**
 * Learning across cases (DOMAIN §4): service-improvement actions grouped by theme, so a new
 * fault on a theme is seen beside the earlier actions on it and whether they were completed
 * (a council had four earlier Ombudsman findings on its direct payments policy). Pure Java.
 */
package org.redress.remedies.themes.domain;
