package io.connectdesk.catalog;

import static io.connectdesk.catalog.CatalogDataTest.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Components' names from memory are the catalog's, in both languages, and an admin's rename is seen at once. */
@SpringBootTest
@ActiveProfiles("test")
class ComponentNamesTest {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	@Autowired
	ComponentNames names;

	@Autowired
	Catalog catalog;

	@Autowired
	CatalogAdministration administration;

	@Test
	void namesAreTheCatalogsAndARenameIsSeenAtOnce() {
		ComponentView before = this.catalog.component("blue-green").orElseThrow();
		assertThat(this.names.of("blue-green", Locale.ENGLISH)).contains(before.name().en());
		assertThat(this.names.of("blue-green", SPANISH)).contains(before.name().es());
		assertThat(this.names.of("teleporter", Locale.ENGLISH)).isEmpty();
		try {
			this.administration.describe("blue-green", new ComponentDescription("Blue-green switch", "Cambio azul-verde",
					before.description().en(), before.description().es(), before.active()), ADMIN);

			assertThat(this.names.of("blue-green", Locale.ENGLISH)).contains("Blue-green switch");
			assertThat(this.names.of("blue-green", SPANISH)).contains("Cambio azul-verde");
		}
		finally {
			this.administration.describe("blue-green", new ComponentDescription(before.name().en(), before.name().es(),
					before.description().en(), before.description().es(), before.active()), ADMIN);
		}
		assertThat(this.names.of("blue-green", Locale.ENGLISH)).contains(before.name().en());
	}

}
