package io.connectdesk.provisioning.adapter;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.provisioning.ProvisioningAdapter;
import io.connectdesk.provisioning.ProvisioningRequest;
import io.connectdesk.provisioning.ProvisioningResult;

/**
 * {@code manual}: no backend. The result says an SRE works through a checklist ({@code checklist=true});
 * the provisioning process routes it to a person. Recorded, so a repeated call is recognized.
 */
@Component
class ManualAdapter implements ProvisioningAdapter {

	static final String KIND = "manual";

	private final ComponentRecords records;

	ManualAdapter(ComponentRecords records) {
		this.records = records;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	@Transactional
	public ProvisioningResult provision(ProvisioningRequest request) {
		return this.records.existing(request).orElseGet(() -> this.records.created(request, KIND, checklist(request)));
	}

	@Override
	@Transactional
	public ProvisioningResult change(ProvisioningRequest request) {
		return this.records.changed(request, KIND, checklist(request));
	}

	@Override
	@Transactional
	public void deprovision(ProvisioningRequest request) {
		this.records.removed(request);
	}

	@Override
	public boolean verify(ProvisioningRequest request) {
		return this.records.existing(request).isPresent();
	}

	private static Map<String, String> checklist(ProvisioningRequest request) {
		return Map.of("checklist", "true", "component", request.componentKey(), "environment", request.environmentKey());
	}

}
