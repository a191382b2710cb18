/**
 * Bringing a council's open complaints across from its previous system (POST /imports/complaints, the
 * operator's; docs/import.md). A flat feature: it has no rules of its own. Each line of the file is one
 * case, its registration and the steps it went through, replayed through the very use cases the API
 * calls (each step's {@link org.redress.complaints.complaint.api.ReplayableSteps}), one transaction a
 * case, so every rule and date check applies as through the API and a refused case leaves nothing.
 */
package org.redress.complaints.imports;
