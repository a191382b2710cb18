package org.redress.assessments.assessment.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * A carer's need for a break must record that in-home short breaks were considered (DOMAIN §3). Short breaks
 * exist to give carers a break from caring and can be in the home (Children Act 1989 Sch 2 para 6(1)(c);
 * Breaks for Carers of Disabled Children Regulations 2011, reg 4): an assessment that never considered them
 * failed (LGSCO). The rule follows what the need means, not the field it was typed in: a carer's need for a
 * break is one recorded in the {@link NeedArea#CARER_BREAK} area, one met by {@link WayMet#SHORT_BREAKS}
 * (whatever area it was recorded in: short breaks are by law a break for the carers), and one whose description
 * speaks of respite, short breaks or a break from caring. The words are deliberately few, as in
 * {@link ResourceLedWording}: a description that merely mentions one of them is asked the same question, which
 * costs the assessor a tick, while missing a need for a break costs the family the break.
 */
final class InHomeShortBreaksPolicy {

    static final String RULE = "need.in-home-short-breaks-not-considered";

    private static final Pattern DESCRIBED_AS_A_BREAK = Pattern.compile(
            "\\brespite\\b|\\bshort[- ]?breaks?\\b|\\bbreaks? from (caring|care|(his|her|their|the) caring role)\\b");

    private InHomeShortBreaksPolicy() {
    }

    /** Whether {@code need} is a carer's need for a break, however it was recorded. */
    static boolean isCarersNeedForABreak(Need need) {
        return need.area().isCarerBreak() || need.wayMet() == WayMet.SHORT_BREAKS || describedAsABreak(need.description());
    }

    /** Refuses a carer's need for a break that does not record in-home short breaks as considered. */
    static void check(Need need) {
        if (isCarersNeedForABreak(need) && !need.inHomeShortBreaksConsidered()) {
            throw new RuleViolation(RULE, ProblemKind.UNPROCESSABLE, "inHomeShortBreaksConsidered",
                    "a carer's need for a break (recorded as CARER_BREAK, met by SHORT_BREAKS or described as respite or "
                            + "a break from caring) must record that in-home short breaks were considered");
        }
    }

    private static boolean describedAsABreak(String description) {
        if (description == null || description.isBlank()) {
            return false;
        }
        String normalised = description.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return DESCRIBED_AS_A_BREAK.matcher(normalised).find();
    }
}
