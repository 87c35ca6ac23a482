package io.connectdesk.approval;

import java.time.LocalDate;

/**
 * @param active whether the substitute may decide today
 * @param yours whether the caller named this substitute (and may end it)
 */
public record SubstituteView(Long id, String approver, String substitute, String substituteEmail, LocalDate from,
		LocalDate until, boolean active, boolean yours) {
}
