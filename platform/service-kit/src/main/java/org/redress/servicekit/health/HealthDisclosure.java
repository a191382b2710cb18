package org.redress.servicekit.health;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redress.servicekit.security.Roles;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.vertx.MutinyHelper;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Health answers anyone, since the orchestrator's probes carry no token, but an anonymous caller
 * learns only whether each check is up: the checks' data (the broker's address, the database's
 * error text) is for an {@link Roles#OPERATOR operator}. An operator's request goes on to Quarkus'
 * own health handler; any other gets the same status code with the data left out.
 *
 * <p>Runs after authentication (which only prepares the caller's identity, as authentication is not
 * proactive) and before the health routes.
 */
@ApplicationScoped
public class HealthDisclosure {

    private static final int ORDER = -1;

    private final SmallRyeHealthReporter reporter;
    private final Pattern paths;

    public HealthDisclosure(SmallRyeHealthReporter reporter,
            @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q") String nonApplicationRoot,
            @ConfigProperty(name = "quarkus.smallrye-health.root-path", defaultValue = "health") String healthRoot) {
        this.reporter = reporter;
        String root = healthRoot.startsWith("/") ? healthRoot : "/" + strip(nonApplicationRoot) + "/" + strip(healthRoot);
        this.paths = Pattern.compile(Pattern.quote(root.replaceAll("/+$", "")) + "(/[^?]*)?/?");
    }

    void register(@Observes Router router) {
        router.routeWithRegex(paths.pattern()).order(ORDER).handler(this::answer);
    }

    private void answer(RoutingContext context) {
        Matcher path = paths.matcher(context.normalizedPath());
        Function<SmallRyeHealthReporter, Uni<SmallRyeHealth>> report = path.matches() ? report(path.group(1)) : null;
        if (report == null) {
            context.next();
            return;
        }
        if (context.request().getHeader(HttpHeaderNames.AUTHORIZATION) == null) {
            summarise(context, report);
            return;
        }
        Context vertx = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(context, null)
                .onFailure().recoverWithNull()
                .emitOn(MutinyHelper.executor(vertx))
                .subscribe().with(identity -> {
                    if (context.response().headWritten()) {
                        return; // a token that failed verification has already been answered with 401
                    }
                    if (mayReadDetails(identity)) {
                        context.next();
                    } else {
                        summarise(context, report);
                    }
                }, context::fail);
    }

    private static boolean mayReadDetails(SecurityIdentity identity) {
        return identity != null && !identity.isAnonymous() && identity.hasRole(Roles.OPERATOR);
    }

    /** The report a health path asks for, or {@code null} for a path the health extension does not serve. */
    private static Function<SmallRyeHealthReporter, Uni<SmallRyeHealth>> report(String subPath) {
        String sub = subPath == null ? "" : subPath.replaceAll("/+$", "");
        if (sub.startsWith("/group/") && sub.length() > "/group/".length()) {
            String group = sub.substring("/group/".length());
            return reporter -> reporter.getHealthGroupAsync(group);
        }
        return switch (sub) {
            case "" -> SmallRyeHealthReporter::getHealthAsync;
            case "/live" -> SmallRyeHealthReporter::getLivenessAsync;
            case "/ready" -> SmallRyeHealthReporter::getReadinessAsync;
            case "/started" -> SmallRyeHealthReporter::getStartupAsync;
            case "/well" -> SmallRyeHealthReporter::getWellnessAsync;
            case "/group" -> SmallRyeHealthReporter::getHealthGroupsAsync;
            default -> null;
        };
    }

    private void summarise(RoutingContext context, Function<SmallRyeHealthReporter, Uni<SmallRyeHealth>> report) {
        Context vertx = Vertx.currentContext();
        report.apply(reporter)
                .emitOn(MutinyHelper.executor(vertx))
                .subscribe().with(health -> context.response()
                        .setStatusCode(health.isDown() ? 503 : 200)
                        .putHeader(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8")
                        .end(withoutData(health.getPayload()).toString()),
                        context::fail);
    }

    /** The report's status and each check's name and status; nothing else. */
    static JsonObject withoutData(JsonObject payload) {
        JsonArrayBuilder checks = Json.createArrayBuilder();
        for (JsonValue check : payload.getJsonArray("checks")) {
            JsonObject named = check.asJsonObject();
            checks.add(Json.createObjectBuilder()
                    .add("name", named.getString("name"))
                    .add("status", named.getString("status")));
        }
        return Json.createObjectBuilder()
                .add("status", payload.getString("status"))
                .add("checks", checks)
                .build();
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
