/** Provision: support started for an assessed need, closing its unmet need and recording missed provision when it started late. */
package org.redress.assessments.provision;
