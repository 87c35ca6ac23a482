package io.connectdesk.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * What sizes a service activation (the onboarding contract).
 * @param developers developers who need access to the repositories
 * @param widgets widgets (micro frontends) built with the service's CLI, each needing a repository
 * @param preProductionEnvironments pre-production environments, usually one (certification)
 * @param microservices microservices, each an independent repository
 * @param intermediaryRepositories intermediary artifact repositories (npm, Maven/Gradle)
 * @param vpnLinks VPN links to reach the customer's business services
 * @param peakRequestsPerSecond expected peak production traffic, which sets the initial container capacity
 */
public record SizingInput(@Min(0) @Max(1000) int developers, @Min(0) @Max(200) int widgets,
		@Min(1) @Max(5) int preProductionEnvironments, @Min(0) @Max(200) int microservices,
		@Min(0) @Max(50) int intermediaryRepositories, @Min(0) @Max(20) int vpnLinks,
		@Min(0) @Max(1000000) int peakRequestsPerSecond) {
}
