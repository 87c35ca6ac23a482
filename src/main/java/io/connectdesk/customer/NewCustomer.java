package io.connectdesk.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A customer organization and its contract, as an admin creates them. */
public record NewCustomer(@NotBlank @Size(max = 200) String name, @NotNull @Valid ContractTerms contract) {
}
