package io.connectdesk.ticket;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Timeline details in the reader's language: arguments formatted for it, and older lines as they were stored. */
class TimelineTextsTest {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	private final TimelineTexts texts = new TimelineTexts(bundles(),
			(key, locale) -> "es".equals(locale.getLanguage()) ? "Base de datos" : "Database");

	@Test
	void moneyIsFormattedForTheLanguageAndSigned() {
		LineDetail cost = LineDetail.of(TicketSentence.COST_CHANGE_TOTAL, LineArgument.mruChange(new BigDecimal("12.5")),
				LineArgument.mru(new BigDecimal("36.06")));
		assertThat(english(cost)).isEqualTo("+12.50 MRU/month (total 36.06)");
		assertThat(spanish(cost)).isEqualTo("+12,50 MRU/mes (total 36,06)");
		assertThat(spanish(LineDetail.of(TicketSentence.COST_CHANGE, LineArgument.mruChange(new BigDecimal("-3")))))
			.isEqualTo("-3,00 MRU/mes");
	}

	@Test
	void countsChooseTheirPluralForm() {
		assertThat(english(approvalsNeeded(1))).startsWith("1 approval needed (rule: decrease)");
		assertThat(english(approvalsNeeded(2))).startsWith("2 approvals needed");
		assertThat(spanish(approvalsNeeded(1))).isEqualTo("1 aprobación necesaria (regla: reducción), +40,00 MRU/mes");
		assertThat(spanish(approvalsNeeded(3))).startsWith("3 aprobaciones necesarias");
	}

	@Test
	void keysAreNamedInTheLanguageAndUnknownKeysShowTheirOwnText() {
		LineDetail task = LineDetail.of(TicketSentence.TASK_NAMED, LineArgument.message("task.REVIEW"));
		assertThat(english(task)).isEqualTo("Review the ticket");
		assertThat(spanish(task)).isEqualTo("Revisar el ticket");
		assertThat(spanish(LineDetail.of(TicketSentence.TASK_NAMED, LineArgument.message("task.GONE", "Old task"))))
			.isEqualTo("Old task");
	}

	@Test
	void itemsNameTheirComponentAndEnvironmentAndListsSayNoneWhenEmpty() {
		LineArgument items = LineArgument.items(List.of("db", "production", "db", "lab"));
		assertThat(english(new LineDetail("timeline.detail.ITEMS_UNDONE", List.of(items), null)))
			.isEqualTo("undone: Database @ Production, Database @ lab");
		assertThat(spanish(new LineDetail("timeline.detail.ITEMS_UNDONE", List.of(items), null)))
			.isEqualTo("deshecho: Base de datos en Producción, Base de datos en lab");
		assertThat(spanish(new LineDetail("timeline.detail.EXPERTS_CALLED", List.of(LineArgument.texts(List.of())), null)))
			.isEqualTo("expertos: ninguno");
	}

	@Test
	void timesAreInTheReadersZone() {
		LineDetail at = new LineDetail("timeline.detail.TASK_NAMED", List.of(LineArgument.at(Instant.parse("2026-12-06T11:56:00Z"))),
				null);
		assertThat(spanish(at)).isEqualTo("2026-12-06 12:56 CET");
	}

	@Test
	void linesWithoutASentenceOrWithOneNoBundleKnowsShowTheirStoredText() {
		TimelineTexts.Reader reader = this.texts.in(SPANISH, MADRID);
		assertThat(reader.text(null, List.of(), "+12.00 MRU/month (total 36.00)")).isEqualTo("+12.00 MRU/month (total 36.00)");
		assertThat(reader.text("timeline.detail.GONE", List.of(LineArgument.count(2)), "stored")).isEqualTo("stored");
		assertThat(reader.text("timeline.detail.COST_CHANGE", List.of(new LineArgument(LineArgument.Type.MRU, "not a number", null)),
				"stored")).isEqualTo("stored");
	}

	@Test
	void storedArgumentsReadBackAndUnreadableOnesFallBackToTheText() {
		List<LineArgument> arguments = List.of(LineArgument.count(2), LineArgument.message("sla.target.RESOLUTION", "RESOLUTION"),
				LineArgument.item("db", "production"));
		assertThat(LineArguments.read(LineArguments.write(arguments))).isEqualTo(arguments);
		assertThat(LineArguments.read("{not json")).isNull();
		assertThat(LineArguments.read(null)).isEmpty();
	}

	private LineDetail approvalsNeeded(int count) {
		return new LineDetail("timeline.detail.APPROVALS_NEEDED", List.of(LineArgument.count(count),
				LineArgument.message("approval.rule.decrease", "decrease"), LineArgument.mruChange(new BigDecimal("40"))), null);
	}

	private String english(LineDetail detail) {
		return this.texts.in(Locale.ENGLISH, MADRID).text(detail.key(), detail.arguments(), "stored");
	}

	private String spanish(LineDetail detail) {
		return this.texts.in(SPANISH, MADRID).text(detail.key(), detail.arguments(), "stored");
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/messages", "messages/approval", "messages/provisioning", "messages/oncall",
				"messages/sla");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
