package io.connectdesk.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The constants of a service activation's sizing ({@code connectdesk.sizing.*}).
 * @param requestsPerInstance peak requests per second one container instance serves
 * @param productionZones availability zones production spreads over (at least 2: multi-zone)
 * @param elasticityFactor max elasticity as a multiple of the base capacity
 * @param preProductionCapacity base container capacity of a pre-production environment (one zone)
 * @param logRetentionDays log retention of the monitoring baseline
 */
@ConfigurationProperties("connectdesk.sizing")
record SizingSettings(@DefaultValue("50") int requestsPerInstance, @DefaultValue("2") int productionZones,
		@DefaultValue("3") int elasticityFactor, @DefaultValue("1") int preProductionCapacity,
		@DefaultValue("30") int logRetentionDays) {

	SizingSettings {
		if (requestsPerInstance < 1 || elasticityFactor < 1 || preProductionCapacity < 1) {
			throw new IllegalArgumentException("Sizing constants must be at least 1");
		}
		// Production is multi-zone, whatever the configuration says.
		productionZones = Math.max(2, productionZones);
	}

}
