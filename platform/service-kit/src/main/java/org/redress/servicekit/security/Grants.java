package org.redress.servicekit.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonString;

/**
 * What an integration client (another council system calling Redress: a CRM, case management, finance) was
 * granted, as the OAuth 2 scopes in its token ({@code scope} by default, {@code redress.jwt.scope-claim}). Need to
 * know: a client gets only the operations its grants name. Each operation an integration client may call names the
 * one grant it needs with {@link RequiresGrant}; people, whatever their roles, are not bound by grants.
 */
public final class Grants {

    /** The summary lists: ids, references, states and dates only, no narrative. */
    public static final String CASES_READ_SUMMARY = "cases.read-summary";
    /** Full case reads (a single case, the full lists, timelines), narrative fields included. */
    public static final String CASES_READ_NARRATIVE = "cases.read-narrative";
    /** Register complaints and request stages 2 and 3. */
    public static final String COMPLAINTS_RECORD = "complaints.record";
    /** Record referrals. */
    public static final String REFERRALS_RECORD = "referrals.record";
    /** Record EHC plan updates (the social care sections an EHC plan system issued). */
    public static final String EHC_PLANS_RECORD = "ehc-plans.record";
    /** Open remedy cases. */
    public static final String REMEDIES_OPEN = "remedies.open";

    public static final List<String> ALL = List.of(CASES_READ_SUMMARY, CASES_READ_NARRATIVE, COMPLAINTS_RECORD,
            REFERRALS_RECORD, EHC_PLANS_RECORD, REMEDIES_OPEN);

    private Grants() {
    }

    /**
     * Whether grants bind a caller holding {@code roles}: one acting only as an integration client. A person (any
     * other role, alone or beside it) is bound by their roles and record-level rules instead.
     */
    public static boolean bind(Collection<String> roles) {
        return roles.size() == 1 && roles.contains(Roles.INTEGRATION_CLIENT);
    }

    /**
     * The grants a scope claim holds: OAuth 2's space-separated string ({@code "cases.read-summary remedies.open"}),
     * or a JSON array of them as some identity providers write it. Nothing for an absent or unreadable claim.
     */
    public static Set<String> fromClaim(Object claim) {
        Set<String> grants = new LinkedHashSet<>();
        if (claim instanceof Iterable<?> values) {
            values.forEach(value -> addWords(text(value), grants));
        } else if (claim != null) {
            addWords(text(claim), grants);
        }
        return Set.copyOf(grants);
    }

    /** The refusal's detail: the grant the operation needs, never anything the caller sent. */
    public static String missing(String grant) {
        return "an integration client needs the grant " + grant + " for this operation";
    }

    private static String text(Object value) {
        return value instanceof JsonString json ? json.getString() : value instanceof String s ? s : "";
    }

    private static void addWords(String text, Set<String> grants) {
        for (String word : text.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                grants.add(word);
            }
        }
    }
}
