package io.connectdesk.customer;

import java.util.List;

import io.connectdesk.common.ConflictException;

/** A customer has exactly one production environment; only additional ones can be removed. */
final class EnvironmentRules {

	static final List<NewEnvironment> DEFAULTS = List.of(
			new NewEnvironment("production", "Production", EnvironmentKind.PRODUCTION),
			new NewEnvironment("pre-production", "Pre-production", EnvironmentKind.PRE_PRODUCTION));

	private EnvironmentRules() {
	}

	/** @throws ConflictException when the key is taken or the environment would be a second production */
	static void checkAdd(List<EnvironmentView> existing, NewEnvironment added) {
		if (existing.stream().anyMatch(environment -> environment.key().equals(added.key()))) {
			throw new ConflictException("environment-exists", "The customer already has an environment " + added.key());
		}
		if (added.kind() == EnvironmentKind.PRODUCTION
				&& existing.stream().anyMatch(environment -> environment.kind() == EnvironmentKind.PRODUCTION)) {
			throw new ConflictException("one-production-only", "A customer has exactly one production environment");
		}
	}

	/** @throws ConflictException when the environment came with the contract (production, pre-production) */
	static void checkRemove(EnvironmentView environment) {
		if (!environment.kind().isRemovable()) {
			throw new ConflictException("environment-not-removable",
					"Only additional environments can be removed; " + environment.key() + " is " + environment.kind());
		}
	}

}
