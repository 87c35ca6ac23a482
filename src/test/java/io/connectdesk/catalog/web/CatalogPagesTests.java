package io.connectdesk.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import io.connectdesk.catalog.Catalog;
import io.connectdesk.catalog.CatalogAdministration;
import io.connectdesk.catalog.ComponentView;
import io.connectdesk.common.Role;
import io.connectdesk.customer.EnvironmentKind;
import io.connectdesk.identity.Accounts;

/** An admin edits the catalog in the browser; problems show beside their fields and change nothing. */
@SpringBootTest
@ActiveProfiles("test")
class CatalogPagesTests {

	private static final String PASSWORD = "secret-123";

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	Catalog catalog;

	@Autowired
	CatalogAdministration administration;

	MockMvc mvc;

	RequestPostProcessor admin;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.admin = person(Role.ADMIN);
	}

	@Test
	void theListShowsEveryComponentAndTheRatesInTheAdminsLanguage() throws Exception {
		this.mvc.perform(get("/admin/catalog").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Container service"), containsString("tls-certificate"),
					containsString("USD per MRU"), containsString("href=\"/admin/catalog/vpn-link\""))));
		this.mvc.perform(get("/admin/catalog").param("lang", "es").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Servicio de contenedores"), containsString("Tarifa del MRU"))));
	}

	@Test
	void anAdminRenamesAComponentThroughTheForm() throws Exception {
		this.mvc.perform(get("/admin/catalog/log-management").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"nameEs\""), containsString("retentionDays"))));

		this.mvc.perform(post("/admin/catalog/log-management/description").param("nameEn", "Logs").param("nameEs", "Registros")
				.param("descriptionEn", "Central logs").param("descriptionEs", "Registros centrales").param("active", "true")
				.with(csrf()).with(this.admin))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/catalog/log-management"))
			.andExpect(flash().attribute("notice", "Component saved."));

		ComponentView changed = this.catalog.component("log-management").orElseThrow();
		assertThat(changed.name().es()).isEqualTo("Registros");
		assertThat(changed.active()).isTrue();
	}

	@Test
	void anAdminPricesAComponentAndAddsARate() throws Exception {
		this.mvc.perform(post("/admin/catalog/blue-green/prices").param("environmentKind", "PRE_PRODUCTION")
				.param("monthlyMru", "2.75").param("effectiveFrom", "2045-01-01").with(csrf()).with(this.admin))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", containsString("2045-01-01")));
		this.mvc.perform(post("/admin/catalog/rates").param("usdPerMru", "33.5").param("effectiveFrom", "2045-01-01")
				.with(csrf()).with(this.admin))
			.andExpect(status().is3xxRedirection());

		assertThat(this.catalog.monthlyMru("blue-green", EnvironmentKind.PRE_PRODUCTION, LocalDate.of(2045, 1, 1)))
			.isEqualByComparingTo("2.75");
		assertThat(this.catalog.rateOn(LocalDate.of(2045, 1, 2)).orElseThrow().usdPerMru()).isEqualByComparingTo("33.5");
	}

	@Test
	void problemsShowBesideTheirFieldsAndChangeNothing() throws Exception {
		int prices = this.administration.priceHistory("blue-green").size();
		this.mvc.perform(post("/admin/catalog/blue-green/prices").param("environmentKind", "PRODUCTION")
				.param("monthlyMru", "lots").param("effectiveFrom", "").with(csrf()).with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Give a number of 0 or more, with at most 2 decimals."),
					containsString("Give the date it takes effect."))));
		this.mvc.perform(post("/admin/catalog/blue-green/prices").param("environmentKind", "PRODUCTION")
				.param("monthlyMru", "1").param("effectiveFrom", "2020-01-01").with(csrf()).with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A price of that kind already takes effect on that day.")));
		this.mvc.perform(post("/admin/catalog/blue-green/description").param("nameEn", " ").param("nameEs", "Azul")
				.param("descriptionEn", "d").param("descriptionEs", "d").with(csrf()).with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give a name of up to 200 characters.")));
		this.mvc.perform(post("/admin/catalog/rates").param("usdPerMru", "-1").param("effectiveFrom", "2046-01-01")
				.with(csrf()).with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give a number above 0, with at most 4 decimals.")));

		assertThat(this.administration.priceHistory("blue-green")).hasSize(prices);
		assertThat(this.catalog.component("blue-green").orElseThrow().name().es()).isNotEqualTo("Azul");
		assertThat(this.catalog.rateOn(LocalDate.of(2046, 1, 2)).orElseThrow().effectiveFrom()).isBefore(LocalDate.of(2046, 1, 1));
	}

	@Test
	void anUnknownComponentIsNotFoundAndNonAdminsAreForbidden() throws Exception {
		this.mvc.perform(get("/admin/catalog/teleporter").with(this.admin)).andExpect(status().isNotFound());
		for (Role role : List.of(Role.SRE, Role.REQUESTER)) {
			RequestPostProcessor other = person(role);
			this.mvc.perform(get("/admin/catalog").with(other)).andExpect(status().isForbidden());
			this.mvc.perform(post("/admin/catalog/rates").param("usdPerMru", "1").param("effectiveFrom", "2047-01-01")
					.with(csrf()).with(other))
				.andExpect(status().isForbidden());
		}
		assertThat(this.catalog.rateOn(LocalDate.of(2047, 1, 2)).orElseThrow().effectiveFrom()).isBefore(LocalDate.of(2047, 1, 1));
	}

	private RequestPostProcessor person(Role role) {
		String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@catalog-pages.example";
		this.accounts.ensure(new Accounts.NewAccount(email, "Pat " + role, PASSWORD, null, Set.of(role), Locale.ENGLISH));
		return httpBasic(email, PASSWORD);
	}

}
