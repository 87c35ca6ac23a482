package io.connectdesk.provisioning;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Installs {@link FailedItemIncidents} in the engine. */
@Component
class ProvisioningEngineHooks extends AbstractCamundaConfiguration {

	private final ObjectProvider<ItemLedger> ledger;

	ProvisioningEngineHooks(ObjectProvider<ItemLedger> ledger) {
		this.ledger = ledger;
	}

	@Override
	public void preInit(SpringProcessEngineConfiguration configuration) {
		List<IncidentHandler> handlers = configuration.getCustomIncidentHandlers() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomIncidentHandlers());
		handlers.add(new FailedItemIncidents(this.ledger));
		configuration.setCustomIncidentHandlers(handlers);
	}

}
