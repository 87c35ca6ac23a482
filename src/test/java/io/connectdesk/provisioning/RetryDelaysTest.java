package io.connectdesk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryDelaysTest {

	@Test
	void aListOfDurationsIsOneRetryEach() {
		assertThat(RetryDelays.parse("PT10S, PT1M,PT5M").delays()).containsExactly(Duration.ofSeconds(10),
				Duration.ofMinutes(1), Duration.ofMinutes(5));
	}

	@Test
	void aRepeatedIntervalIsThatManyRetries() {
		assertThat(RetryDelays.parse("R5/PT1M").delays()).hasSize(5).containsOnly(Duration.ofMinutes(1));
		assertThat(RetryDelays.parse("PT10S, R2/PT1M, PT5M").delays()).containsExactly(Duration.ofSeconds(10),
				Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(5));
	}

	@Test
	void whatIsNotADurationIsRefusedNamingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> RetryDelays.parse("PT10S, 5 minutes"))
			.withMessageContaining("'5 minutes'");
		assertThatIllegalArgumentException().isThrownBy(() -> RetryDelays.parse("R0/PT1M")).withMessageContaining("R0/PT1M");
		assertThatIllegalArgumentException().isThrownBy(() -> RetryDelays.parse("R2/soon")).withMessageContaining("'soon'");
	}

	@Test
	void theSettingsCountTheAttemptsFromThem() {
		ProvisioningSettings settings = new ProvisioningSettings(true, RetryDelays.parse("R2/PT1M"), Duration.ofMinutes(5),
				new ProvisioningSettings.Workers(true, 1, 10, Duration.ofMillis(50), Duration.ofSeconds(1)));
		assertThat(settings.retries()).isEqualTo(2);
		assertThat(settings.afterFailure(null)).isEqualTo(new ProvisioningSettings.Retry(2, Duration.ofMinutes(1)));
		assertThat(settings.afterFailure(1)).isEqualTo(new ProvisioningSettings.Retry(0, Duration.ZERO));
	}

}
