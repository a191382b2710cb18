/**
 * Housekeeping: scheduled sweeps that delete rows which outlived their purpose (sent outbox rows,
 * the inbox's processed-message records, Idempotency-Key records), so these tables stay the size
 * of their retention rather than of the service's whole history. Each is a
 * {@link org.redress.servicekit.sweep.Sweep} like any other: scheduled by
 * {@code redress.sweeps.<name>.every}, batched by {@code .batch-size}, and with a
 * {@code .retention} of its own. A flat package: three sweeps and the statement they share.
 */
package org.redress.servicekit.housekeeping;
