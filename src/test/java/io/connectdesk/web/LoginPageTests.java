package io.connectdesk.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import io.connectdesk.customer.Customers;
import io.connectdesk.identity.Accounts;
import io.connectdesk.common.Role;

/** Signing in and out, the language of the pages, and what an anonymous visitor may reach. */
@SpringBootTest
@ActiveProfiles("test")
class LoginPageTests {

	private static final String PASSWORD = "secret-123";

	@Autowired
	WebApplicationContext context;

	@Autowired
	Customers customers;

	@Autowired
	Accounts accounts;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void signInPageSpeaksEnglishByDefault() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Sign in</h1>")))
			.andExpect(content().string(containsString("Corporate e-mail")))
			.andExpect(content().string(containsString("href=\"/css/desk.css\"")));
	}

	@Test
	void signInPageSpeaksSpanishWhenTheBrowserAsks() throws Exception {
		this.mvc.perform(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "es-ES,es;q=0.9,en;q=0.5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Iniciar sesión</h1>")))
			.andExpect(content().string(containsString("Contraseña")));
	}

	@Test
	void langParameterSwitchesToSpanishAndACookieRemembersIt() throws Exception {
		this.mvc.perform(get("/login").param("lang", "es").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Iniciar sesión</h1>")))
			.andExpect(cookie().value("CD-LANG", "es"));
	}

	@Test
	void unsupportedLanguageFallsBackToEnglish() throws Exception {
		this.mvc.perform(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR"))
			.andExpect(content().string(containsString("<h1>Sign in</h1>")));
	}

	@Test
	void signInPageExplainsAFailedSignInAndConfirmsSignOut() throws Exception {
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("Wrong e-mail or password")));
		this.mvc.perform(get("/login").param("logout", ""))
			.andExpect(content().string(containsString("You have signed out.")));
	}

	/** As a browser asks: a script without {@code Accept: text/html} gets 401 from HTTP Basic instead. */
	@Test
	void anonymousVisitorIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/tickets").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
	}

	/** Without the resource chain (application.yml): our static files and swagger-ui's webjar still serve. */
	@Test
	void anonymousVisitorGetsTheStaticFilesAndTheApiDocsPage() throws Exception {
		this.mvc.perform(get("/css/desk.css")).andExpect(status().isOk());
		this.mvc.perform(get("/js/countdown.js")).andExpect(status().isOk());
		this.mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("swagger-initializer.js")));
		this.mvc.perform(get("/swagger-ui/swagger-initializer.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/v3/api-docs")));
	}

	@Test
	void signingInWithTheFormLandsOnTheTickets() throws Exception {
		String email = requester();
		this.mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andExpect(redirectedUrl("/tickets"));
		this.mvc.perform(formLogin("/login").user(email).password("wrong"))
			.andExpect(redirectedUrl("/login?error"));
	}

	/** Issue 16: the account's language wins over a fresh browser's Accept-Language, not over a choice made in it. */
	@Test
	void aSpanishReadingSreReadsSpanishInAFreshEnglishBrowser() throws Exception {
		String sre = "sol-" + UUID.randomUUID() + "@connectdesk.example.test";
		this.accounts.ensure(new Accounts.NewAccount(sre, "Sol Soporte", PASSWORD, null, Set.of(Role.SRE),
				Locale.forLanguageTag("es-ES")));
		var signedIn = this.mvc.perform(signIn(sre).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(redirectedUrl("/queue"))
			.andExpect(cookie().value("CD-LANG", "es"))
			.andReturn();
		this.mvc.perform(get("/queue").session((org.springframework.mock.web.MockHttpSession) signedIn.getRequest().getSession())
				.cookie(signedIn.getResponse().getCookie("CD-LANG")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"es\"")));
		this.mvc.perform(signIn(sre).cookie(new jakarta.servlet.http.Cookie("CD-LANG", "en")))
			.andExpect(cookie().doesNotExist("CD-LANG"));
	}

	@Test
	void rootRedirectsToTheTickets() throws Exception {
		this.mvc.perform(get("/").with(httpBasic(requester(), PASSWORD))).andExpect(redirectedUrl("/tickets"));
	}

	@Test
	void eachRoleLandsWhereItsWorkIsAfterSignInAndAtTheRoot() throws Exception {
		String approver = person(this.customers.findOrCreate("Login Pages Corp").getId(), Role.APPROVER, Role.REQUESTER);
		String sre = person(null, Role.SRE);
		String expert = person(null, Role.EXPERT);
		String admin = person(null, Role.ADMIN);
		for (var landing : java.util.Map.of(requester(), "/tickets", approver, "/approvals", sre, "/queue", expert, "/queue",
				admin, "/admin/customers").entrySet()) {
			this.mvc.perform(formLogin("/login").user(landing.getKey()).password(PASSWORD))
				.andExpect(redirectedUrl(landing.getValue()));
			this.mvc.perform(get("/").with(httpBasic(landing.getKey(), PASSWORD))).andExpect(redirectedUrl(landing.getValue()));
		}
	}

	@Test
	void aPageAskedForBeforeSignInStillWinsOverTheLanding() throws Exception {
		String sre = person(null, Role.SRE);
		var asked = this.mvc.perform(get("/oncall").accept(MediaType.TEXT_HTML)).andReturn();
		var session = (org.springframework.mock.web.MockHttpSession) asked.getRequest().getSession();
		this.mvc.perform(post("/login").param("username", sre).param("password", PASSWORD)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.session(session))
			.andExpect(redirectedUrlPattern("**/oncall*"));
	}

	@Test
	void layoutNamesThePersonAndOffersTheirLinks() throws Exception {
		this.mvc.perform(get("/tickets").with(httpBasic(requester(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pat Pages")))
			.andExpect(content().string(containsString("href=\"/tickets/new\"")))
			.andExpect(content().string(containsString("action=\"/logout\"")))
			.andExpect(content().string(not(containsString("href=\"/queue\""))))
			.andExpect(content().string(not(containsString("/camunda/app/cockpit/"))));
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/tickets").with(httpBasic(requester(), PASSWORD)).param("title", "No token"))
			.andExpect(status().isForbidden());
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String email) {
		return post("/login").param("username", email).param("password", PASSWORD)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
	}

	private String person(Long customer, Role... roles) {
		String email = "lee-" + UUID.randomUUID() + (customer == null ? "@connectdesk.example.test" : "@login.example");
		this.accounts.ensure(new Accounts.NewAccount(email, "Lee Landing", PASSWORD, customer, Set.of(roles), Locale.ENGLISH));
		return email;
	}

	private String requester() {
		String email = "pat-" + UUID.randomUUID() + "@login.example";
		Long customer = this.customers.findOrCreate("Login Pages Corp").getId();
		this.accounts.ensure(new Accounts.NewAccount(email, "Pat Pages", PASSWORD, customer, Set.of(Role.REQUESTER),
				Locale.ENGLISH));
		return email;
	}

}
