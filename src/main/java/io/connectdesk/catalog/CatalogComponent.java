package io.connectdesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A component row: names, descriptions and "active" are the admin's; the rest comes from the data file. */
@Entity
@Table(name = "catalog_component")
class CatalogComponent {

	@Id
	@Column(name = "component_key")
	private String key;

	@Enumerated(EnumType.STRING)
	private ComponentCategory category;

	@Column(name = "adapter_kind")
	private String adapterKind;

	private String nameEn;

	private String nameEs;

	private String descriptionEn;

	private String descriptionEs;

	private boolean active;

	private String parametersJson;

	private int sortOrder;

	@Version
	private long version;

	protected CatalogComponent() {
	}

	CatalogComponent(String key, ComponentCategory category, AdapterKind adapterKind, int sortOrder) {
		this.key = key;
		this.category = category;
		this.adapterKind = adapterKind.key();
		this.sortOrder = sortOrder;
		this.active = true;
	}

	/** What the data file defines and no admin edits: category, adapter, parameters, order. */
	void define(ComponentCategory category, AdapterKind adapterKind, String parametersJson, int sortOrder) {
		this.category = category;
		this.adapterKind = adapterKind.key();
		this.parametersJson = parametersJson;
		this.sortOrder = sortOrder;
	}

	void describe(LocalizedText name, LocalizedText description, boolean active) {
		this.nameEn = name.en();
		this.nameEs = name.es();
		this.descriptionEn = description.en();
		this.descriptionEs = description.es();
		this.active = active;
	}

	String getKey() {
		return this.key;
	}

	ComponentCategory getCategory() {
		return this.category;
	}

	AdapterKind getAdapterKind() {
		return AdapterKind.ofKey(this.adapterKind);
	}

	LocalizedText name() {
		return new LocalizedText(this.nameEn, this.nameEs);
	}

	LocalizedText description() {
		return new LocalizedText(this.descriptionEn, this.descriptionEs);
	}

	boolean isActive() {
		return this.active;
	}

	String getParametersJson() {
		return this.parametersJson;
	}

}
