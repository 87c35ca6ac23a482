package io.connectdesk.identity;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The {@code /api/v1} routes an API token may reach, each with the scope it needs. Everything else
 * (approvals above all, the engine, tokens themselves, Git tokens, administration, staff work) is
 * refused to a token, whatever its owner could do when signed in.
 */
final class ApiTokenRoutes {

	private static final List<Route> ROUTES = List.of(
			route(HttpMethod.GET, "/api/v1/tickets", TokenScope.TICKETS_READ),
			route(HttpMethod.GET, "/api/v1/tickets/*", TokenScope.TICKETS_READ),
			route(HttpMethod.GET, "/api/v1/tickets/*/provisioning", TokenScope.TICKETS_READ),
			route(HttpMethod.GET, "/api/v1/catalog", TokenScope.TICKETS_READ),
			route(HttpMethod.GET, "/api/v1/catalog/**", TokenScope.TICKETS_READ),
			route(HttpMethod.GET, "/api/v1/quota", TokenScope.TICKETS_READ),
			route(HttpMethod.GET, "/api/v1/quota/history", TokenScope.TICKETS_READ),
			route(HttpMethod.POST, "/api/v1/tickets", TokenScope.TICKETS_WRITE),
			route(HttpMethod.POST, "/api/v1/tickets/*/replies", TokenScope.TICKETS_WRITE),
			route(HttpMethod.POST, "/api/v1/tickets/*/reopen", TokenScope.TICKETS_WRITE),
			route(HttpMethod.POST, "/api/v1/tickets/*/downgrade", TokenScope.TICKETS_WRITE),
			route(HttpMethod.POST, "/api/v1/cost-preview", TokenScope.TICKETS_WRITE),
			route(HttpMethod.POST, "/api/v1/activation-sizing", TokenScope.TICKETS_WRITE),
			route(HttpMethod.GET, "/api/v1/inventory", TokenScope.INVENTORY_READ),
			route(HttpMethod.GET, "/api/v1/tickets/*/certificates/*/*", TokenScope.INVENTORY_READ),
			route(HttpMethod.GET, "/api/v1/statements/*", TokenScope.BILLING_READ),
			route(HttpMethod.GET, "/api/v1/ledger", TokenScope.BILLING_READ),
			route(HttpMethod.GET, "/api/v1/sla-report", TokenScope.SLA_READ));

	private ApiTokenRoutes() {
	}

	/** The scope the request needs; empty when no token may make it. */
	static Optional<TokenScope> scopeOf(HttpServletRequest request) {
		return ROUTES.stream().filter(route -> route.matcher().matches(request)).map(Route::scope).findFirst();
	}

	private static Route route(HttpMethod method, String pattern, TokenScope scope) {
		return new Route(PathPatternRequestMatcher.withDefaults().matcher(method, pattern), scope);
	}

	private record Route(RequestMatcher matcher, TokenScope scope) {
	}

}
