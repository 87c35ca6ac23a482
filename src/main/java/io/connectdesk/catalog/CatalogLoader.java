package io.connectdesk.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.connectdesk.cluster.ClusterLock;
import io.connectdesk.customer.EnvironmentKind;

/**
 * Loads each catalog data file ({@code classpath:catalog/catalog-v*.json}) whose version has not been
 * loaded yet, oldest first. A new component comes with its names, description and prices; a component
 * already there gets only what admins do not edit (category, adapter, parameters, order), so admin
 * edits of names, "active" and prices stay. Rates are added for days that have none.
 */
@Component
@Order(0)
class CatalogLoader implements ApplicationRunner {

	static final String FILES = "classpath:catalog/catalog-v*.json";

	static final String LOCK = "catalog-load";

	private static final Logger log = LoggerFactory.getLogger(CatalogLoader.class);

	private final CatalogComponentRepository components;

	private final CatalogPriceRepository prices;

	private final RateEntryRepository rates;

	private final CatalogDataVersionRepository versions;

	private final ComponentViews views;

	private final ObjectMapper json;

	private final Clock clock;

	private final ClusterLock cluster;

	CatalogLoader(CatalogComponentRepository components, CatalogPriceRepository prices, RateEntryRepository rates,
			CatalogDataVersionRepository versions, ComponentViews views, ObjectMapper json, Clock clock, ClusterLock cluster) {
		this.cluster = cluster;
		this.components = components;
		this.prices = prices;
		this.rates = rates;
		this.versions = versions;
		this.views = views;
		this.json = json;
		this.clock = clock;
	}

	/** Under a cluster lock held until this transaction commits: nodes starting together load each version once. */
	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		List<CatalogFile> files = files();
		this.cluster.exclusively(LOCK, () -> {
			for (CatalogFile file : files) {
				if (!this.versions.existsById(file.version())) {
					load(file);
				}
			}
		});
	}

	/** Every data file on the class path, oldest version first. */
	List<CatalogFile> files() throws IOException {
		List<CatalogFile> files = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources(FILES)) {
			try (InputStream in = resource.getInputStream()) {
				files.add(CatalogFileRules.checked(this.json.readValue(in, CatalogFile.class), resource.getFilename()));
			}
		}
		files.sort(Comparator.comparingInt(CatalogFile::version));
		return files;
	}

	void load(CatalogFile file) {
		int order = 0;
		for (CatalogFile.Entry entry : file.components()) {
			String parameters = this.views.toJson(entry.parameters());
			CatalogComponent component = this.components.findById(entry.key()).orElse(null);
			if (component == null) {
				component = new CatalogComponent(entry.key(), entry.category(), entry.adapter(), order);
				component.describe(entry.name(), entry.description(), true);
				component.define(entry.category(), entry.adapter(), parameters, order);
				this.components.save(component);
				this.components.flush();
				addPrices(file, entry);
			}
			else {
				component.define(entry.category(), entry.adapter(), parameters, order);
			}
			order++;
		}
		for (CatalogFile.Rate rate : file.rates()) {
			if (!this.rates.existsByEffectiveFrom(rate.effectiveFrom())) {
				this.rates.save(new RateEntry(rate.usdPerMru(), rate.effectiveFrom(), this.clock.instant()));
			}
		}
		this.versions.save(new CatalogDataVersion(file.version(), this.clock.instant()));
		log.info("Loaded catalog data version {} ({} components{})", file.version(), file.components().size(),
				file.exampleValues() ? ", EXAMPLE MRU values: an admin sets the real ones" : "");
	}

	private void addPrices(CatalogFile file, CatalogFile.Entry entry) {
		for (EnvironmentKind kind : EnvironmentKind.values()) {
			this.prices.save(new CatalogPrice(entry.key(), kind, entry.monthlyMru().get(kind), file.pricesEffectiveFrom(),
					this.clock.instant()));
		}
	}

}
