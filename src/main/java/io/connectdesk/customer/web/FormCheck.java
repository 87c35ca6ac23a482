package io.connectdesk.customer.web;

import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import io.connectdesk.common.DeskException;

/**
 * The admin forms' problems beside their fields: the commands' own bean-validation rules (the same
 * the API applies), and refusals that concern one field (a domain taken, a key taken). The texts are
 * {@code customers.invalid.<field>} and {@code problem.<code>} of the bundles.
 */
@Component
class FormCheck {

	private static final Map<String, String> FIELD_OF_REFUSAL = Map.of("domain-taken", "domains", "customer-name-taken",
			"name", "environment-exists", "key", "one-production-only", "kind");

	private final Validator validator;

	FormCheck(Validator validator) {
		this.validator = validator;
	}

	/** Whether the command is valid; each problem goes beside its form field, one per field. */
	boolean valid(Object command, BindingResult form) {
		for (ConstraintViolation<Object> violation : this.validator.validate(command)) {
			String field = formField(violation.getPropertyPath().toString());
			if (!form.hasFieldErrors(field)) {
				form.rejectValue(field, "customers.invalid." + field, violation.getMessage());
			}
		}
		return !form.hasErrors();
	}

	/** A refusal beside the field it concerns, else above the form. */
	void refused(DeskException refusal, BindingResult form) {
		String[] codes = { "problem." + refusal.code(), "problem.kind." + refusal.kind().name() };
		String field = FIELD_OF_REFUSAL.get(refusal.code());
		if (field == null) {
			form.addError(new ObjectError(form.getObjectName(), codes, null, refusal.getMessage()));
		}
		else {
			form.addError(new FieldError(form.getObjectName(), field, form.getFieldValue(field), false, codes, null,
					refusal.getMessage()));
		}
	}

	/** {@code contract.domains[1]} is the form's {@code domains}. */
	static String formField(String propertyPath) {
		String field = propertyPath.startsWith("contract.") ? propertyPath.substring("contract.".length()) : propertyPath;
		int index = field.indexOf('[');
		return index < 0 ? field : field.substring(0, index);
	}

}
