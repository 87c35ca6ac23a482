package io.connectdesk.catalog;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A version of the catalog data file that has been loaded. */
@Entity
@Table(name = "catalog_data_version")
class CatalogDataVersion {

	@Id
	private Integer dataVersion;

	private Instant loadedAt;

	protected CatalogDataVersion() {
	}

	CatalogDataVersion(int dataVersion, Instant loadedAt) {
		this.dataVersion = dataVersion;
		this.loadedAt = loadedAt;
	}

}
