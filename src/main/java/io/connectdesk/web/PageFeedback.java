package io.connectdesk.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.connectdesk.common.DeskException;
import io.connectdesk.common.InvalidInputException;

/**
 * What a page tells the person after an action: a notice when it worked, a problem when a service
 * refused it, and field problems beside the fields. Every text comes from the message bundles:
 * a refusal's {@code problem.<code>} key, else its kind's {@code problem.kind.<KIND>}.
 */
@Component
public class PageFeedback {

	public static final String NOTICE = "notice";

	public static final String PROBLEM = "problem";

	/** Field problems keyed {@code <form>.<field>}, for pages with several forms. */
	public static final String FIELD_PROBLEMS = "fieldProblems";

	private final MessageSource messages;

	private final SpringValidatorAdapter validator;

	PageFeedback(MessageSource messages, Validator validator) {
		this.messages = messages;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/** The command checked with its bean-validation annotations, the same rules the API applies. */
	public BindingResult check(Object command, String name) {
		BindingResult result = new DirectFieldBindingResult(command, name);
		this.validator.validate(command, result);
		return result;
	}

	public void notice(RedirectAttributes flash, String key, Object... arguments) {
		flash.addFlashAttribute(NOTICE, text(new DefaultMessageSourceResolvable(new String[] { key }, arguments)));
	}

	/** Flashes a problem that did not stop the action, from the message bundles. */
	public void problem(RedirectAttributes flash, String key, Object... arguments) {
		flash.addFlashAttribute(PROBLEM, text(new DefaultMessageSourceResolvable(new String[] { key }, arguments)));
	}

	/** Flashes a refusal: beside its fields when it names them, else at the top of the page. */
	public void refused(RedirectAttributes flash, String form, DeskException refusal) {
		if (refusal instanceof InvalidInputException invalid) {
			Map<String, String> fields = new LinkedHashMap<>();
			invalid.fields().forEach(field -> fields.put(form + "." + field.field(), fieldProblem(field)));
			flash.addFlashAttribute(FIELD_PROBLEMS, fields);
		}
		else {
			flash.addFlashAttribute(PROBLEM, problem(refusal));
		}
	}

	public void invalid(RedirectAttributes flash, String form, BindingResult errors) {
		Map<String, String> fields = new LinkedHashMap<>();
		errors.getFieldErrors().forEach(error -> fields.putIfAbsent(form + "." + baseField(error), text(error)));
		flash.addFlashAttribute(FIELD_PROBLEMS, fields);
	}

	public String problem(DeskException refusal) {
		return text(new DefaultMessageSourceResolvable(
				new String[] { "problem." + refusal.code(), "problem.kind." + refusal.kind().name() }));
	}

	public String fieldProblem(InvalidInputException.FieldProblem problem) {
		String field = baseField(problem.field());
		return text(new DefaultMessageSourceResolvable(new String[] { "invalid." + field, "invalid" }));
	}

	public String text(MessageSourceResolvable resolvable) {
		return this.messages.getMessage(resolvable, LocaleContextHolder.getLocale());
	}

	/** {@code components[2]} is the field {@code components}. */
	public static String baseField(FieldError error) {
		return baseField(error.getField());
	}

	public static String baseField(String field) {
		int index = field.indexOf('[');
		return index < 0 ? field : field.substring(0, index);
	}

}
