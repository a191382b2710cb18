/**
 * Decisions on complaints that agreed actions, as complaints-service announces them
 * ({@code org.redress.complaint.actions-agreed.v1}), turned into remedy cases. It holds no rules
 * of its own: it translates the event and opens the case through the same use case as the HTTP
 * API, so the consumer, an adapter, is all the feature has.
 */
package org.redress.remedies.agreedactions.infrastructure;
