package io.connectdesk.customer;

import java.time.ZoneId;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an admin sets in a contract.
 *
 * @param quotaPeriod an ISO-8601 period of one unit ({@code P1M}, {@code P1W}); none means {@code P1M}
 * @param timeZone the region the quota periods start in, such as {@code Europe/Madrid}
 */
public record ContractTerms(
		@NotEmpty @Size(max = 50) List<@NotBlank @Pattern(regexp = ContractRules.DOMAIN, message = "must be a domain such as acme.example") String> domains,
		@NotNull ServicePlan plan, @NotNull @Min(0) @Max(1000) Integer urgentSlots,
		@Pattern(regexp = ContractRules.PERIOD, message = "must be a period such as P1M or P1W") String quotaPeriod,
		@NotBlank @TimeZoneId String timeZone) {

	UrgentQuota urgentQuota() {
		return new UrgentQuota(this.urgentSlots, ContractRules.period(this.quotaPeriod),
				ContractRules.zone(this.timeZone).orElseThrow());
	}

	List<String> normalizedDomains() {
		return ContractRules.normalizedDomains(this.domains);
	}

	static ContractTerms of(ContractView contract) {
		UrgentQuota quota = contract.urgentQuota();
		ZoneId zone = quota.zone();
		return new ContractTerms(contract.domains(), contract.plan(), quota.slots(), quota.period().toString(), zone.getId());
	}

}
