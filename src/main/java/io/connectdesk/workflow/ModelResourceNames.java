package io.connectdesk.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.Ordering;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Deploys each model under its classpath path ({@code processes/ticket-lifecycle.bpmn}). The starter
 * names a model by its absolute file path when run from a checkout and by its bare file name when
 * run from the jar, so a moved checkout or a switch to the jar deployed new versions of unchanged
 * models.
 */
@Component
@Order(Ordering.DEFAULT_ORDER + 1) // after the starter has resolved the resources
class ModelResourceNames extends AbstractCamundaConfiguration {

	static final String MODELS_FOLDER = "processes/";

	@Override
	public void preInit(SpringProcessEngineConfiguration configuration) {
		Resource[] resources = configuration.getDeploymentResources();
		if (resources != null) {
			configuration.setDeploymentResources(Arrays.stream(resources).map(ModelResourceNames::named).toArray(Resource[]::new));
		}
	}

	private static Resource named(Resource resource) {
		try {
			String location = resource.getURL().toString();
			int folder = location.lastIndexOf(MODELS_FOLDER);
			if (folder < 0) {
				return resource;
			}
			return new NamedModel(resource.getContentAsByteArray(), location.substring(folder));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the model " + resource, ex);
		}
	}

	/** A model's bytes under its classpath path. */
	private static final class NamedModel extends ByteArrayResource {

		private final String path;

		NamedModel(byte[] content, String path) {
			super(content, path);
			this.path = path;
		}

		@Override
		public String getFilename() {
			return this.path;
		}

		/** The engine names a resource that is not a file by its description. */
		@Override
		public String getDescription() {
			return this.path;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof NamedModel model && model.path.equals(this.path) && super.equals(other);
		}

		@Override
		public int hashCode() {
			return this.path.hashCode();
		}

	}

}
