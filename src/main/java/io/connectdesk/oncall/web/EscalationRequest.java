package io.connectdesk.oncall.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param note why the experts are needed: on the ticket's timeline (staff only) */
record EscalationRequest(@NotBlank @Size(max = 2000) String note) {
}
