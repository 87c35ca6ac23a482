package io.connectdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import io.connectdesk.common.ConflictException;

/** The rules of a contract that need no database. */
class ContractRulesTest {

	private static final List<EnvironmentView> DEFAULTS = List.of(
			new EnvironmentView("production", "Production", EnvironmentKind.PRODUCTION),
			new EnvironmentView("pre-production", "Pre-production", EnvironmentKind.PRE_PRODUCTION));

	private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void domainsAreKeptLowerCaseTrimmedOnceAndSorted() {
		assertThat(ContractRules.normalizedDomains(List.of(" Zeta.Example", "acme.example", "ACME.example ")))
			.containsExactly("acme.example", "zeta.example");
	}

	@Test
	void aQuotaPeriodIsOneUnitAndDefaultsToACalendarMonth() {
		assertThat(ContractRules.period(null)).isEqualTo(Period.ofMonths(1));
		assertThat(ContractRules.period("P1W")).isEqualTo(Period.ofDays(7));
		assertThat(violations(terms("P1M", "Europe/Madrid"))).isEmpty();
		assertThat(violations(terms("P0M", "Europe/Madrid"))).containsExactly("quotaPeriod");
		assertThat(violations(terms("P1M2D", "Europe/Madrid"))).containsExactly("quotaPeriod");
		assertThat(violations(terms("-P1M", "Europe/Madrid"))).containsExactly("quotaPeriod");
	}

	@Test
	void theTimeZoneIsARegionNotAFixedOffset() {
		assertThat(ContractRules.zone("Europe/Madrid")).contains(ZoneId.of("Europe/Madrid"));
		assertThat(ContractRules.zone("UTC")).isPresent();
		assertThat(ContractRules.zone("+02:00")).isEmpty();
		assertThat(ContractRules.zone("Mars/Olympus")).isEmpty();
		assertThat(violations(terms("P1M", "Nowhere"))).containsExactly("timeZone");
	}

	@Test
	void anUrgentQuotaHasNoNegativeSlotsAndAPositivePeriod() {
		assertThat(new UrgentQuota(0, Period.ofWeeks(1), ZoneId.of("UTC")).slots()).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> new UrgentQuota(-1, Period.ofMonths(1), ZoneId.of("UTC")));
		assertThatIllegalArgumentException().isThrownBy(() -> new UrgentQuota(1, Period.ZERO, ZoneId.of("UTC")));
		assertThatIllegalArgumentException().isThrownBy(() -> new UrgentQuota(1, Period.ofMonths(-1), ZoneId.of("UTC")));
	}

	@Test
	void environmentKeysAreLowerCaseLettersDigitsAndDashes() {
		assertThat(violations(environment("perf-test"))).isEmpty();
		assertThat(violations(environment("qa2"))).isEmpty();
		assertThat(List.of("Perf", "perf test", "-perf", "2qa")).allSatisfy(key -> assertThat(violations(environment(key))).containsExactly("key"));
	}

	@Test
	void anEnvironmentIsAddedUnlessItsKeyIsTakenOrItWouldBeASecondProduction() {
		EnvironmentRules.checkAdd(DEFAULTS, new NewEnvironment("perf-test", "Performance", EnvironmentKind.ADDITIONAL));
		EnvironmentRules.checkAdd(DEFAULTS, new NewEnvironment("certification", "Certification", EnvironmentKind.PRE_PRODUCTION));

		assertThatThrownBy(() -> EnvironmentRules.checkAdd(DEFAULTS,
				new NewEnvironment("pre-production", "Again", EnvironmentKind.ADDITIONAL)))
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(ex.code()).isEqualTo("environment-exists"));
		assertThatThrownBy(() -> EnvironmentRules.checkAdd(DEFAULTS,
				new NewEnvironment("production-b", "Second", EnvironmentKind.PRODUCTION)))
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(ex.code()).isEqualTo("one-production-only"));
	}

	@Test
	void onlyAdditionalEnvironmentsCanBeRemoved() {
		EnvironmentRules.checkRemove(new EnvironmentView("perf-test", "Performance", EnvironmentKind.ADDITIONAL));

		assertThat(DEFAULTS).allSatisfy(environment -> assertThatThrownBy(() -> EnvironmentRules.checkRemove(environment))
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(ex.code()).isEqualTo("environment-not-removable")));
	}

	@Test
	void newCustomersGetProductionAndPreProduction() {
		assertThat(EnvironmentRules.DEFAULTS).extracting(NewEnvironment::kind)
			.containsExactly(EnvironmentKind.PRODUCTION, EnvironmentKind.PRE_PRODUCTION);
	}

	private static NewEnvironment environment(String key) {
		return new NewEnvironment(key, "Some environment", EnvironmentKind.ADDITIONAL);
	}

	private static ContractTerms terms(String period, String zone) {
		return new ContractTerms(List.of("acme.example"), ServicePlan.STANDARD, 1, period, zone);
	}

	private List<String> violations(Object command) {
		return this.validator.validate(command).stream().map(violation -> violation.getPropertyPath().toString()).toList();
	}

}
