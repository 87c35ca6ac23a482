package io.connectdesk.catalog.web;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;

import io.connectdesk.catalog.CatalogAdministration;
import io.connectdesk.common.DeskException;

/**
 * The catalog forms' problems beside their fields: the commands' bean-validation rules (the same the
 * API applies), texts {@code catalog.invalid.<field>}; and refusals, a taken effective date beside its field.
 */
@Component
class CatalogFormCheck {

	private static final Set<String> DATE_TAKEN = Set.of(CatalogAdministration.PRICE_EXISTS, CatalogAdministration.RATE_EXISTS);

	private final Validator validator;

	CatalogFormCheck(Validator validator) {
		this.validator = validator;
	}

	/** Whether the form bound and its command is valid; one problem per field. */
	boolean valid(Object command, BindingResult form) {
		for (ConstraintViolation<Object> violation : this.validator.validate(command)) {
			String field = violation.getPropertyPath().toString();
			if (!form.hasFieldErrors(field)) {
				form.rejectValue(field, "catalog.invalid." + field, violation.getMessage());
			}
		}
		return !form.hasErrors();
	}

	void refused(DeskException refusal, BindingResult form) {
		String[] codes = { "problem." + refusal.code(), "problem.kind." + refusal.kind().name() };
		if (DATE_TAKEN.contains(refusal.code())) {
			form.rejectValue("effectiveFrom", codes[0], refusal.getMessage());
		}
		else {
			form.addError(new ObjectError(form.getObjectName(), codes, null, refusal.getMessage()));
		}
	}

}
