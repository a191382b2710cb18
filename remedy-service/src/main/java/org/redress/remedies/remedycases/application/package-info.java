/** Remedy case use cases: one class per action, each one transaction that also writes the outbox. */
package org.redress.remedies.remedycases.application;
