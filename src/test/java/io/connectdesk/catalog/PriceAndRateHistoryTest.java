package io.connectdesk.catalog;

import static io.connectdesk.catalog.CatalogDataTest.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import io.connectdesk.common.ConflictException;
import io.connectdesk.common.NotFoundException;
import io.connectdesk.customer.EnvironmentKind;

/** A new price or rate takes effect on its day; the one before stays in force for the days before. */
@SpringBootTest
@ActiveProfiles("test")
class PriceAndRateHistoryTest {

	@Autowired
	Catalog catalog;

	@Autowired
	CatalogAdministration administration;

	@Test
	void thePriceInForceChangesOnTheEffectiveDayAndOnlyForThatKind() {
		LocalDate change = LocalDate.of(2031, 6, 1);
		BigDecimal before = this.catalog.monthlyMru("database", EnvironmentKind.PRODUCTION, change.minusDays(1));

		this.administration.changePrice("database", new NewPrice(EnvironmentKind.PRODUCTION, new BigDecimal("15.25"), change), ADMIN);

		assertThat(this.catalog.monthlyMru("database", EnvironmentKind.PRODUCTION, change.minusDays(1))).isEqualByComparingTo(before);
		assertThat(this.catalog.monthlyMru("database", EnvironmentKind.PRODUCTION, change)).isEqualByComparingTo("15.25");
		assertThat(this.catalog.monthlyMru("database", EnvironmentKind.PRODUCTION, change.plusYears(5))).isEqualByComparingTo("15.25");
		assertThat(this.catalog.monthlyMru("database", EnvironmentKind.PRE_PRODUCTION, change))
			.isEqualByComparingTo(this.catalog.monthlyMru("database", EnvironmentKind.PRE_PRODUCTION, change.minusDays(1)));
		assertThat(this.administration.priceHistory("database"))
			.filteredOn(price -> price.environmentKind() == EnvironmentKind.PRODUCTION)
			.extracting(PriceView::effectiveFrom)
			.startsWith(change)
			.contains(LocalDate.of(2020, 1, 1));
	}

	@Test
	void aSecondPriceForTheSameDayIsRefusedAndBeforeTheFirstPriceThereIsNone() {
		LocalDate day = LocalDate.of(2032, 1, 1);
		this.administration.changePrice("waf", new NewPrice(EnvironmentKind.ADDITIONAL, BigDecimal.ONE, day), ADMIN);

		assertThatThrownBy(() -> this.administration.changePrice("waf",
				new NewPrice(EnvironmentKind.ADDITIONAL, BigDecimal.TEN, day), ADMIN))
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(ex.code()).isEqualTo(CatalogAdministration.PRICE_EXISTS));
		assertThat(this.catalog.monthlyMru("waf", EnvironmentKind.ADDITIONAL, day)).isEqualByComparingTo("1");
		assertThatThrownBy(() -> this.catalog.monthlyMru("waf", EnvironmentKind.ADDITIONAL, LocalDate.of(2019, 12, 31)))
			.isInstanceOfSatisfying(NotFoundException.class, ex -> assertThat(ex.code()).isEqualTo(Catalog.NO_PRICE));
		assertThatThrownBy(() -> this.catalog.monthlyMru("teleporter", EnvironmentKind.ADDITIONAL, day))
			.isInstanceOf(UnknownComponentException.class);
	}

	@Test
	void theRateInForceIsTheLatestThatTookEffectByThatDay() {
		LocalDate first = LocalDate.of(2033, 1, 1);
		LocalDate second = LocalDate.of(2033, 7, 1);
		MruRate seeded = this.catalog.rateOn(first.minusDays(1)).orElseThrow();

		this.administration.addRate(new NewRate(new BigDecimal("27.5"), first), ADMIN);
		this.administration.addRate(new NewRate(new BigDecimal("30"), second), ADMIN);

		assertThat(this.catalog.rateOn(first.minusDays(1))).contains(seeded);
		assertThat(this.catalog.rateOn(first).orElseThrow().usdPerMru()).isEqualByComparingTo("27.5");
		assertThat(this.catalog.rateOn(second.minusDays(1)).orElseThrow().effectiveFrom()).isEqualTo(first);
		assertThat(this.catalog.rateOn(second.plusDays(1)).orElseThrow()).extracting(MruRate::effectiveFrom).isEqualTo(second);
		assertThat(this.catalog.rateOn(LocalDate.of(2019, 1, 1))).isEmpty();
		assertThat(this.administration.rates()).extracting(MruRate::effectiveFrom).containsSubsequence(second, first);
		assertThatThrownBy(() -> this.administration.addRate(new NewRate(BigDecimal.ONE, first), ADMIN))
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(ex.code()).isEqualTo(CatalogAdministration.RATE_EXISTS));
	}

}
