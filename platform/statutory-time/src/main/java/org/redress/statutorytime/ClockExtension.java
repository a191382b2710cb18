package org.redress.statutorytime;

/**
 * An extension of a {@link StatutoryClock} to a longer limit, with the reason recorded (for
 * example a stage 1 response extended from 10 to at most 20 working days, or stage 2 from 25 to
 * at most 65, under the Children Act 1989 Representations Procedure (England) Regulations 2006;
 * see DOMAIN §2).
 *
 * @param limit  the extended limit, in working days from the clock's start
 * @param reason why the clock was extended; never blank
 */
public record ClockExtension(int limit, String reason) {

    /** @throws StatutoryTimeException {@code clock.extension-without-reason} if reason is blank */
    public ClockExtension {
        if (reason == null || reason.isBlank()) {
            throw new StatutoryTimeException(StatutoryTimeRule.EXTENSION_WITHOUT_REASON,
                    "an extension to " + limit + " working days needs a reason");
        }
    }
}
