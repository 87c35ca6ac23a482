package io.connectdesk.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.connectdesk.customer.EnvironmentKind;

/**
 * Sizes a service activation: the bill of components its answers imply, the initial container
 * capacity and the MRU per month per environment, priced today. The rules:
 * <ul>
 * <li>once, in production: one {@code source-repository} per widget and per microservice, one
 * {@code artifact-repository} per intermediary repository;</li>
 * <li>in every environment: one {@code widget-pipeline} per widget, one {@code microservice-pipeline}
 * per microservice, one {@code vpn-link} per link, and the baseline {@code container-service},
 * {@code api-gateway}, {@code waf}, {@code tls-certificate}, {@code log-management},
 * {@code monitoring} and {@code alerts};</li>
 * <li>each pre-production environment after the first is an extra {@code environment};</li>
 * <li>container capacity: production spreads over {@link SizingSettings#productionZones()} (at least
 * 2) zones with {@code ceil(peak / requestsPerInstance)} instances per zone (at least 1); a
 * pre-production environment has one zone of {@link SizingSettings#preProductionCapacity()};
 * max elasticity is {@link SizingSettings#elasticityFactor()} times the base.</li>
 * </ul>
 * Catalog prices are per component, so capacity does not change the MRU; the SREs revise it from
 * real consumption.
 */
@Service
public class ActivationSizing {

	static final String PRODUCTION = "production";

	static final String PRE_PRODUCTION = "pre-production";

	private static final List<String> BASELINE = List.of("container-service", "api-gateway", "waf", "tls-certificate",
			"log-management", "monitoring", "alerts");

	private final Catalog catalog;

	private final SizingSettings settings;

	private final Clock clock;

	ActivationSizing(Catalog catalog, SizingSettings settings, Clock clock) {
		this.catalog = catalog;
		this.settings = settings;
		this.clock = clock;
	}

	public SizingResult size(SizingInput input) {
		LocalDate today = LocalDate.now(this.clock);
		Map<String, SizingResult.Capacity> capacity = new LinkedHashMap<>();
		List<Draft> drafts = new ArrayList<>();
		capacity.put(PRODUCTION, productionCapacity(input.peakRequestsPerSecond()));
		repositories(input, drafts);
		environment(input, PRODUCTION, EnvironmentKind.PRODUCTION, capacity.get(PRODUCTION), drafts);
		for (int n = 1; n <= input.preProductionEnvironments(); n++) {
			String key = n == 1 ? PRE_PRODUCTION : PRE_PRODUCTION + "-" + n;
			SizingResult.Capacity preProduction = capacity(1, this.settings.preProductionCapacity());
			capacity.put(key, preProduction);
			if (n > 1) {
				drafts.add(new Draft("environment", key, EnvironmentKind.PRE_PRODUCTION, Map.of("environmentName", key)));
			}
			environment(input, key, EnvironmentKind.PRE_PRODUCTION, preProduction, drafts);
		}
		List<SizingResult.Line> bill = drafts.stream().map(draft -> draft.priced(this.catalog, today)).toList();
		Map<String, BigDecimal> perEnvironment = new LinkedHashMap<>();
		bill.forEach(line -> perEnvironment.merge(line.environmentKey(), line.monthlyMru(), BigDecimal::add));
		BigDecimal total = perEnvironment.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return new SizingResult(input, bill, capacity, perEnvironment, total);
	}

	SizingResult.Capacity productionCapacity(int peakRequestsPerSecond) {
		int perZone = Math.max(1, ceilDiv(peakRequestsPerSecond, this.settings.requestsPerInstance()));
		return capacity(this.settings.productionZones(), perZone);
	}

	private SizingResult.Capacity capacity(int zones, int perZone) {
		int base = zones * perZone;
		return new SizingResult.Capacity(zones, perZone, base, base * this.settings.elasticityFactor());
	}

	private static void repositories(SizingInput input, List<Draft> drafts) {
		for (int n = 1; n <= input.widgets(); n++) {
			drafts.add(new Draft("source-repository", PRODUCTION, EnvironmentKind.PRODUCTION,
					Map.of("repositoryName", "widget-" + n, "developerCount", input.developers())));
		}
		for (int n = 1; n <= input.microservices(); n++) {
			drafts.add(new Draft("source-repository", PRODUCTION, EnvironmentKind.PRODUCTION,
					Map.of("repositoryName", "service-" + n, "developerCount", input.developers())));
		}
		for (int n = 1; n <= input.intermediaryRepositories(); n++) {
			drafts.add(new Draft("artifact-repository", PRODUCTION, EnvironmentKind.PRODUCTION, Map.of("name", "artifacts-" + n)));
		}
	}

	private void environment(SizingInput input, String key, EnvironmentKind kind, SizingResult.Capacity capacity,
			List<Draft> drafts) {
		for (int n = 1; n <= input.widgets(); n++) {
			drafts.add(new Draft("widget-pipeline", key, kind, Map.of("repositoryName", "widget-" + n, "widgetName", "widget-" + n)));
		}
		for (int n = 1; n <= input.microservices(); n++) {
			drafts.add(new Draft("microservice-pipeline", key, kind,
					Map.of("repositoryName", "service-" + n, "serviceName", "service-" + n)));
		}
		for (int n = 1; n <= input.vpnLinks(); n++) {
			drafts.add(new Draft("vpn-link", key, kind, Map.of("link", n)));
		}
		for (String component : BASELINE) {
			drafts.add(new Draft(component, key, kind, baselineParameters(component, input, capacity)));
		}
	}

	private Map<String, Object> baselineParameters(String component, SizingInput input, SizingResult.Capacity capacity) {
		return switch (component) {
			case "container-service" -> Map.of("serviceName", "platform", "baseCapacity", capacity.baseCapacity(),
					"maxElasticity", capacity.maxElasticity(), "expectedPeakRps", input.peakRequestsPerSecond(),
					"zones", capacity.zones());
			case "log-management" -> Map.of("retentionDays", this.settings.logRetentionDays());
			default -> Map.of();
		};
	}

	private static int ceilDiv(int dividend, int divisor) {
		return (dividend + divisor - 1) / divisor;
	}

	private record Draft(String componentKey, String environmentKey, EnvironmentKind kind, Map<String, Object> parameters) {

		SizingResult.Line priced(Catalog catalog, LocalDate day) {
			return new SizingResult.Line(this.componentKey, this.environmentKey, this.kind, this.parameters,
					catalog.monthlyMru(this.componentKey, this.kind, day));
		}

	}

}
