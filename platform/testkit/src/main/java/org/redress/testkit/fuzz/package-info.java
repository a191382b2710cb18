/**
 * A seeded, reproducible walk of hostile and mistaken input over every operation of a service's
 * OpenAPI document: from a valid request built from the document, one thing at a time is made
 * wrong (a wrong type, a null, a missing field, an oversized or control-character string, a huge
 * or negative number, an implausible date, a malformed body, path or query), and every answer is
 * checked: no 5xx, every 4xx a problem detail, nothing changed in the database by a refused
 * request, nothing the walk sent in the service's log, and the service still live at the end.
 */
package org.redress.testkit.fuzz;
