package io.connectdesk.filing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

/**
 * One line of the summary at the top of the new-ticket form: the field's name, the problem's text and the id of
 * the field it belongs to, so the summary links to each field.
 */
public record FormProblem(String target, String message) {

	static final String MODEL = "formProblems";

	/** The problems of the form's own fields first, in the form's order, then those of the catalog items. */
	static List<FormProblem> of(BindingResult result, ItemProblems items, Function<MessageSourceResolvable, String> text) {
		List<FormProblem> problems = new ArrayList<>();
		result.getGlobalErrors().forEach(error -> problems.add(new FormProblem("new-ticket", text.apply(error))));
		for (String field : List.of("type", "title", "description", "components", "environments", "cc")) {
			if (result.hasFieldErrors(field)) {
				String label = text.apply(new DefaultMessageSourceResolvable("ticket." + field));
				problems.add(new FormProblem(field, label + ": " + text.apply(result.getFieldError(field))));
			}
		}
		items.asMap().forEach((key, message) -> problems.add(new FormProblem(ItemProblems.target(key),
				items.label(key).map(label -> label + ": " + message).orElse(message))));
		return problems;
	}

}
