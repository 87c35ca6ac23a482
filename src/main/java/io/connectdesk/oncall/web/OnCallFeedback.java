package io.connectdesk.oncall.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.connectdesk.common.DeskException;
import io.connectdesk.common.InvalidInputException;

/**
 * The on-call forms' feedback: a notice, a refusal ({@code problem.<code>}), or problems beside the
 * fields ({@code fieldProblems}, keyed {@code <form>.<field>}, texts {@code oncall.invalid.<field>}).
 */
@Component
class OnCallFeedback {

	static final String FIELD_PROBLEMS = "fieldProblems";

	private final MessageSource messages;

	private final Validator validator;

	OnCallFeedback(MessageSource messages, Validator validator) {
		this.messages = messages;
		this.validator = validator;
	}

	/** The command's bean-validation problems (the API's rules), one per field; empty when valid. */
	Map<String, String> problems(Object command, String form) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (ConstraintViolation<Object> violation : this.validator.validate(command)) {
			String field = baseField(violation.getPropertyPath().toString());
			fields.putIfAbsent(form + "." + field, text("oncall.invalid." + field));
		}
		return fields;
	}

	/** Flashes the command's problems, if any; returns whether there were. */
	boolean invalid(Object command, String form, RedirectAttributes flash) {
		Map<String, String> fields = problems(command, form);
		if (!fields.isEmpty()) {
			flash.addFlashAttribute(FIELD_PROBLEMS, fields);
		}
		return !fields.isEmpty();
	}

	/** A refusal's problems beside the fields it names. */
	Map<String, String> fieldsOf(InvalidInputException invalid, String form) {
		Map<String, String> fields = new LinkedHashMap<>();
		invalid.fields()
			.forEach(field -> fields.putIfAbsent(form + "." + baseField(field.field()),
					text("oncall.invalid." + baseField(field.field()))));
		return fields;
	}

	void refused(RedirectAttributes flash, String form, DeskException refusal) {
		if (refusal instanceof InvalidInputException invalid) {
			flash.addFlashAttribute(FIELD_PROBLEMS, fieldsOf(invalid, form));
		}
		else {
			flash.addFlashAttribute("problem", problem(refusal));
		}
	}

	String problem(DeskException refusal) {
		return this.messages.getMessage(new DefaultMessageSourceResolvable(
				new String[] { "problem." + refusal.code(), "problem.kind." + refusal.kind().name() }),
				LocaleContextHolder.getLocale());
	}

	void notice(RedirectAttributes flash, String key, Object... arguments) {
		flash.addFlashAttribute("notice", this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
	}

	private String text(String key) {
		return this.messages.getMessage(new DefaultMessageSourceResolvable(new String[] { key, "oncall.invalid" }),
				LocaleContextHolder.getLocale());
	}

	/** {@code engineers[2]} is the field {@code engineers}. */
	static String baseField(String field) {
		int index = field.indexOf('[');
		return index < 0 ? field : field.substring(0, index);
	}

}
