package io.connectdesk.catalog;

import java.util.HashSet;
import java.util.Set;

import io.connectdesk.customer.EnvironmentKind;

/** A data file that breaks these rules stops the application at start, naming the file and the rule. */
final class CatalogFileRules {

	private CatalogFileRules() {
	}

	static CatalogFile checked(CatalogFile file, String name) {
		require(file.version() > 0, name, "a positive version");
		require(file.pricesEffectiveFrom() != null, name, "pricesEffectiveFrom");
		require(file.components() != null && !file.components().isEmpty(), name, "components");
		require(file.rates() != null, name, "rates (may be empty)");
		Set<String> keys = new HashSet<>();
		for (CatalogFile.Entry entry : file.components()) {
			String where = name + ", component " + entry.key();
			require(entry.key() != null && entry.key().matches("[a-z][a-z0-9-]{1,59}"), where, "a key of a-z, 0-9 and -");
			require(keys.add(entry.key()), where, "a key no other component has");
			require(entry.category() != null && entry.adapter() != null, where, "a category and an adapter");
			require(complete(entry.name()) && complete(entry.description()), where, "name and description in en and es");
			for (EnvironmentKind kind : EnvironmentKind.values()) {
				require(entry.monthlyMru() != null && entry.monthlyMru().get(kind) != null
						&& entry.monthlyMru().get(kind).signum() >= 0, where, "a monthly MRU of 0 or more for " + kind);
			}
			Set<String> parameters = new HashSet<>();
			for (Parameter parameter : entry.parameters()) {
				require(parameter.name() != null && parameter.type() != null && parameters.add(parameter.name()), where,
						"parameters with a unique name and a type");
				require(complete(parameter.label()), where + ", parameter " + parameter.name(), "a label in en and es");
				require(parameter.type() != ParameterType.ENUM || !parameter.values().isEmpty(),
						where + ", parameter " + parameter.name(), "values of the ENUM");
			}
		}
		return file;
	}

	private static boolean complete(LocalizedText text) {
		return text != null && text.en() != null && !text.en().isBlank() && text.es() != null && !text.es().isBlank();
	}

	private static void require(boolean rule, String where, String what) {
		if (!rule) {
			throw new IllegalStateException("Catalog data file " + where + " needs " + what);
		}
	}

}
