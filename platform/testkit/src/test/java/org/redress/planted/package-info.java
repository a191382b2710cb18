/**
 * Classes that break each architecture rule on purpose, so that the rules are proven to fail on a
 * violation and not only to pass on the services.
 */
package org.redress.planted;
