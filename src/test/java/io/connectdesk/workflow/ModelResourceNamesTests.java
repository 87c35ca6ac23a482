package io.connectdesk.workflow;

import java.nio.file.Path;

import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;

class ModelResourceNamesTests {

	@Test
	void aModelIsDeployedUnderItsClasspathPathWhereverTheCheckoutLies() throws Exception {
		SpringProcessEngineConfiguration configuration = new SpringProcessEngineConfiguration();
		FileSystemResource model = new FileSystemResource(Path.of("processes", "ticket-lifecycle.bpmn").toAbsolutePath());
		configuration.setDeploymentResources(new Resource[] { model });

		new ModelResourceNames().preInit(configuration);

		Resource renamed = configuration.getDeploymentResources()[0];
		assertThat(renamed.getDescription()).isEqualTo("processes/ticket-lifecycle.bpmn");
		assertThat(renamed.getContentAsByteArray()).isEqualTo(model.getContentAsByteArray());
	}

}
