package io.connectdesk.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param internal an internal note, which only staff may write and see */
public record Reply(@NotBlank @Size(max = 10000) String body, boolean internal) {
}
