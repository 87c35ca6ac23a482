package io.connectdesk.catalog.web;

import io.connectdesk.catalog.ComponentDescription;
import io.connectdesk.catalog.ComponentView;

/** A component's names, descriptions and "active", as the browser sends them. */
class DescriptionForm {

	private String nameEn;

	private String nameEs;

	private String descriptionEn;

	private String descriptionEs;

	private boolean active;

	static DescriptionForm of(ComponentView component) {
		DescriptionForm form = new DescriptionForm();
		form.nameEn = component.name().en();
		form.nameEs = component.name().es();
		form.descriptionEn = component.description().en();
		form.descriptionEs = component.description().es();
		form.active = component.active();
		return form;
	}

	ComponentDescription toCommand() {
		return new ComponentDescription(this.nameEn, this.nameEs, this.descriptionEn, this.descriptionEs, this.active);
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getNameEs() {
		return this.nameEs;
	}

	public void setNameEs(String nameEs) {
		this.nameEs = nameEs;
	}

	public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public String getDescriptionEs() {
		return this.descriptionEs;
	}

	public void setDescriptionEs(String descriptionEs) {
		this.descriptionEs = descriptionEs;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
