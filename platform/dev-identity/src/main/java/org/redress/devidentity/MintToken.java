package org.redress.devidentity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Command line: prints a development token. {@code ./redress token complaints-officer
 * [more roles…] [--subject name] [--staff-ref reference] [--team team] [--scope "grant grant"] [--hours n]}.
 * An integration client's token carries every grant unless {@code --scope} names its own ({@code --scope ""}: none).
 */
public final class MintToken {

    private MintToken() {
    }

    public static void main(String[] args) {
        List<String> roles = new ArrayList<>();
        String subject = "dev-user";
        String staffReference = null;
        String team = null;
        List<String> grants = null;
        long hours = 8;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--subject" -> subject = args[++i];
                case "--staff-ref" -> staffReference = args[++i];
                case "--team" -> team = args[++i];
                case "--scope" -> grants = Arrays.stream(args[++i].strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
                case "--hours" -> hours = Long.parseLong(args[++i]);
                default -> roles.add(args[i]);
            }
        }
        if (roles.isEmpty()) {
            System.err.println("usage: token <role> [<role>…] [--subject <name>] [--staff-ref <reference>] [--team <team>] [--scope \"<grant> …\"] [--hours <n>]");
            System.err.println("roles: " + Arrays.toString(new String[] {"complaints-officer", "complaints-manager",
                    "investigating-officer", "adjudicating-officer", "independent-person", "review-panel-member", "social-worker", "team-manager",
                    "remedy-officer", "auditor", "integration-client", "operator"}));
            System.err.println("grants (integration-client; all unless --scope names some): " + DevTokens.CLIENT_GRANTS);
            System.exit(2);
        }
        DevTokens.TokenRequest request = DevTokens.TokenRequest.forRoles(subject, roles)
                .withStaffReference(staffReference).withTeam(team).issuedAt(Instant.now(), Duration.ofHours(hours));
        System.out.println(DevTokens.mint(grants == null ? request : request.withGrants(grants)));
    }
}
