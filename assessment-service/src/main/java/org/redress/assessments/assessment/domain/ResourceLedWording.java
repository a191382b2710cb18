package org.redress.assessments.assessment.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds reasons for leaving an eligible need unmet that rest on the council's resources rather
 * than on the child's needs. The duty under Children Act 1989 s17 is assessed against need: "no
 * resources", "the team is at capacity" or "does not meet the team's threshold" is not a lawful
 * reason to leave an eligible need unmet (LGSCO decisions found exactly this wording). Refusing
 * support because the family "will not engage" is not unlawful in itself but is flagged for a
 * manager's review (DOMAIN §3).
 *
 * <p>A short list of patterns, each named by what it catches, deliberately narrow: "the family
 * has resources of its own" or "meets the threshold for eligibility" are about the child and
 * must not trigger. A match is a flag for a person to look at, never a refusal.
 */
public final class ResourceLedWording {

    /** What kind of non-needs reason a piece of wording gives. */
    public enum Finding {
        /** No money, budget, funding, provision or services available. */
        NO_RESOURCES,
        /** The team or service is full, at capacity, has a waiting list or no social worker free. */
        CAPACITY,
        /** A service's or team's own threshold rather than the child's eligibility. */
        TEAM_THRESHOLD,
        /** The family "will not engage" / "refuses to engage": for review. */
        WILL_NOT_ENGAGE
    }

    private record Rule(Finding finding, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            rule(Finding.NO_RESOURCES, "\\b(no|lack of|insufficient|limited|without) (available )?"
                    + "(resources?|funding|budget|money|provision|capacity to fund)\\b"),
            rule(Finding.NO_RESOURCES, "\\b(resources?|funding|budget|money) (is|are) (not available|unavailable|"
                    + "exhausted|limited|not there)\\b"),
            rule(Finding.NO_RESOURCES, "\\bnot (able|possible) to fund\\b|\\bcannot (be )?fund(ed)?\\b"),
            rule(Finding.CAPACITY, "\\b(team|service|provider|unit) (is |are )?(currently )?"
                    + "(at|over|beyond) (full )?capacity\\b"),
            rule(Finding.CAPACITY, "\\bwaiting list\\b|\\bno (social worker|worker|staff|places?) "
                    + "(is |are )?(currently )?(available|free)\\b"),
            rule(Finding.TEAM_THRESHOLD, "\\b(does not|doesn't|do not|did not|fails? to|not) (meet|reach) "
                    + "(the |our )?(team'?s?|service'?s?|department'?s?|panel'?s?|local authority'?s?|council'?s?) "
                    + "threshold\\b"),
            rule(Finding.TEAM_THRESHOLD, "\\b(below|under) (the |our )?(team'?s?|service'?s?|panel'?s?) threshold\\b"),
            rule(Finding.WILL_NOT_ENGAGE, "\\b(will not|won't|would not|refuses? to|refused to|unwilling to|"
                    + "did not|does not|failed to) engage\\b|\\bnon-?engagement\\b|\\bdisengaged\\b"));

    private ResourceLedWording() {
    }

    private static Rule rule(Finding finding, String regex) {
        return new Rule(finding, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    /** The first non-needs reason the text gives, if it gives one. */
    public static Optional<Finding> findIn(String text) {
        return findAllIn(text).stream().findFirst();
    }

    /** Every kind of non-needs reason the text gives, in the order of {@link Finding}. */
    public static Set<Finding> findAllIn(String text) {
        Set<Finding> found = EnumSet.noneOf(Finding.class);
        if (text == null || text.isBlank()) {
            return found;
        }
        String normalised = text.replace('\u2019', '\'').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        RULES.stream().filter(rule -> rule.pattern().matcher(normalised).find()).map(Rule::finding).forEach(found::add);
        return found;
    }

    /** Whether a finding rests on the council's resources (money, capacity, a team's threshold), not on the family. */
    public static boolean restsOnResources(Finding finding) {
        return finding != Finding.WILL_NOT_ENGAGE;
    }
}
