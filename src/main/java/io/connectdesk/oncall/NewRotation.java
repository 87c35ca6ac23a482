package io.connectdesk.oncall;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Generate a weekly rotation.
 * @param startDate the first day: its first shift starts at the handover time, operations time zone
 * @param engineers the SREs' e-mails in rotation order: week 1's primary first, its secondary next
 */
public record NewRotation(@NotNull LocalDate startDate, @NotNull @Min(1) @Max(26) Integer weeks,
		@NotNull @Size(min = 2, max = 50) List<@NotBlank @Email String> engineers) {
}
