package io.connectdesk.ticket;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** Every module's timeline kinds are found by their stored names, and each has its message in both languages. */
class TimelineKindsTest {

	private final TimelineKinds kinds = new TimelineKinds();

	@Test
	void findsTheKindsOfEveryModuleThatRecordsLinesByTheirStoredNames() {
		assertThat(this.kinds.of("FILED")).isSameAs(TimelineKind.FILED);
		assertThat(this.kinds.all()).extracting(kind -> kind.getClass().getPackageName())
			.contains("io.connectdesk.ticket", "io.connectdesk.approval", "io.connectdesk.sla", "io.connectdesk.oncall",
					"io.connectdesk.provisioning");
		assertThat(this.kinds.of("PROVISIONING_CANCELLED").getClass().getSimpleName()).isEqualTo("ProvisioningLine");
		assertThat(this.kinds.of("COST_APPROVED").getClass().getSimpleName()).isEqualTo("ApprovalLine");
	}

	@Test
	void staffOnlyKindsStayStaffOnly() {
		assertThat(List.of("NOTE_ADDED", "SERVICE_LEVEL_WARNING", "ONCALL_NOTIFIED", "ESCALATED", "ESCALATION_TAKEN"))
			.allSatisfy(name -> assertThat(this.kinds.of(name).isInternal()).as(name).isTrue());
		assertThat(List.of("FILED", "SERVICE_LEVEL_BREACHED", "COST_APPROVED", "PROVISIONED", "REPLIED"))
			.allSatisfy(name -> assertThat(this.kinds.of(name).isInternal()).as(name).isFalse());
	}

	@Test
	void aStoredKindNoModuleOwnsShowsToStaffOnlyUnderItsName() {
		LineKind gone = this.kinds.of("FAXED");
		assertThat(gone.name()).isEqualTo("FAXED");
		assertThat(gone.toString()).isEqualTo("FAXED");
		assertThat(gone.isInternal()).isTrue();
	}

	@Test
	void everyKindHasItsMessageInEnglishAndSpanish() throws IOException {
		Properties english = bundles(false);
		Properties spanish = bundles(true);
		assertThat(this.kinds.all()).allSatisfy(kind -> {
			assertThat(english).as("English").containsKey("timeline." + kind.name());
			assertThat(spanish).as("Spanish").containsKey("timeline." + kind.name());
		});
	}

	@Test
	void everySentenceOfADetailHasItsMessageInEnglishAndSpanish() throws IOException {
		Properties english = bundles(false);
		Properties spanish = bundles(true);
		assertThat(this.kinds.sentences()).extracting(sentence -> sentence.getClass().getPackageName())
			.contains("io.connectdesk.ticket", "io.connectdesk.approval", "io.connectdesk.sla", "io.connectdesk.oncall",
					"io.connectdesk.provisioning", "io.connectdesk.incident");
		List<String> keys = new ArrayList<>(List.of(TimelineTexts.NONE, TimelineTexts.ITEM));
		this.kinds.sentences().forEach(sentence -> keys.add(sentence.key()));
		assertThat(keys).allSatisfy(key -> {
			assertThat(english).as("English").containsKey(key);
			assertThat(spanish).as("Spanish").containsKey(key);
		});
	}

	private static Properties bundles(boolean spanish) throws IOException {
		Properties all = new Properties();
		List<Resource> found = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties")) {
			if (resource.getFilename().endsWith("_es.properties") == spanish) {
				found.add(resource);
			}
		}
		assertThat(found).as("message bundles").isNotEmpty();
		for (Resource resource : found) {
			try (InputStream in = resource.getInputStream()) {
				all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
		return all;
	}

}
