package io.connectdesk.filing.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One catalog component on the new-ticket form: whether it is chosen, where, and its parameters as typed. */
public class ItemForm {

	private boolean selected;

	private List<String> environments = new ArrayList<>();

	private Map<String, String> parameters = new LinkedHashMap<>();

	public boolean isSelected() {
		return this.selected;
	}

	public void setSelected(boolean selected) {
		this.selected = selected;
	}

	public List<String> getEnvironments() {
		return this.environments;
	}

	public void setEnvironments(List<String> environments) {
		this.environments = environments == null ? new ArrayList<>() : environments;
	}

	public Map<String, String> getParameters() {
		return this.parameters;
	}

	public void setParameters(Map<String, String> parameters) {
		this.parameters = parameters == null ? new LinkedHashMap<>() : parameters;
	}

}
