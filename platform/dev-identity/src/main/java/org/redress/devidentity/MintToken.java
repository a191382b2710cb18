package org.redress.devidentity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Command line: prints a development token. {@code ./redress token complaints-officer
 * [more roles…] [--subject name] [--staff-ref reference] [--team team] [--hours n]}.
 */
public final class MintToken {

    private MintToken() {
    }

    public static void main(String[] args) {
        List<String> roles = new ArrayList<>();
        String subject = "dev-user";
        String staffReference = null;
        String team = null;
        long hours = 8;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--subject" -> subject = args[++i];
                case "--staff-ref" -> staffReference = args[++i];
                case "--team" -> team = args[++i];
                case "--hours" -> hours = Long.parseLong(args[++i]);
                default -> roles.add(args[i]);
            }
        }
        if (roles.isEmpty()) {
            System.err.println("usage: token <role> [<role>…] [--subject <name>] [--staff-ref <reference>] [--team <team>] [--hours <n>]");
            System.err.println("roles: " + Arrays.toString(new String[] {"complaints-officer", "complaints-manager",
                    "investigating-officer", "adjudicating-officer", "independent-person", "review-panel-member", "social-worker", "team-manager",
                    "remedy-officer", "auditor", "integration-client", "operator"}));
            System.exit(2);
        }
        System.out.println(DevTokens.mint(DevTokens.TokenRequest.forRoles(subject, roles)
                .withStaffReference(staffReference).withTeam(team).issuedAt(Instant.now(), Duration.ofHours(hours))));
    }
}
