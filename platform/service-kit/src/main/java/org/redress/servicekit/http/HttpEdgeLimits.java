package org.redress.servicekit.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redress.servicekit.correlation.CorrelationIds;
import org.redress.servicekit.problem.ProblemDetail;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses an over-long request line or an over-large body with a problem detail. Both limits are
 * otherwise enforced below the REST layer, by the HTTP codec (414) and by Quarkus' upload limit (413),
 * which answer with an empty body. So the codec's own line limit is raised well above
 * {@code redress.http.max-uri-length}, and this route, ordered before Quarkus' upload limit, applies
 * both limits itself.
 */
@ApplicationScoped
public class HttpEdgeLimits {

    private final ObjectMapper json;
    private final int maxUriLength;
    private final long maxBodySize;

    public HttpEdgeLimits(ObjectMapper json,
            @ConfigProperty(name = "redress.http.max-uri-length") int maxUriLength,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.json = json;
        this.maxUriLength = maxUriLength;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::checkLimits);
        // A body sent without Content-Length is measured as it is read; overflowing it fails the request.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).failureHandler(this::bodyOverflow);
    }

    private void checkLimits(RoutingContext context) {
        if (context.request().uri().length() > maxUriLength) {
            refuse(context, HttpRefusal.URI_TOO_LONG);
        } else if (declaredLength(context) > maxBodySize) {
            refuse(context, HttpRefusal.PAYLOAD_TOO_LARGE);
        } else {
            context.next();
        }
    }

    private void bodyOverflow(RoutingContext context) {
        if (context.statusCode() == HttpRefusal.PAYLOAD_TOO_LARGE.status() && !context.response().headWritten()) {
            refuse(context, HttpRefusal.PAYLOAD_TOO_LARGE);
        } else {
            context.next();
        }
    }

    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException unreadable) {
            return -1; // the codec refuses an unreadable length before any route runs
        }
    }

    /**
     * Answers without reading the body, so the connection is closed afterwards; the problem's
     * {@code instance} is left out rather than echo a path the caller made too long.
     */
    private void refuse(RoutingContext context, HttpRefusal refusal) {
        String correlationId = CorrelationIds.acceptedOrNew(context.request().getHeader(CorrelationIds.HEADER));
        ProblemDetail problem = new ProblemDetail(refusal.type(), refusal.title(), refusal.status(), refusal.detail(),
                null, null, null, correlationId, null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a problem detail could not be written", impossible);
        }
        context.response()
                .setStatusCode(refusal.status())
                .putHeader(HttpHeaderNames.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                .putHeader(CorrelationIds.HEADER, correlationId)
                .end(body);
    }
}
