package io.connectdesk.common;

import java.util.List;

/** Input that breaks a rule the bean-validation annotations cannot express; names each bad field. */
public class InvalidInputException extends DeskException {

	public static final String CODE = "validation-failed";

	private final List<FieldProblem> fields;

	public InvalidInputException(List<FieldProblem> fields) {
		super(Kind.INVALID, CODE, "The request has invalid fields");
		this.fields = List.copyOf(fields);
	}

	public static InvalidInputException of(String field, String message) {
		return new InvalidInputException(List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> fields() {
		return this.fields;
	}

	public record FieldProblem(String field, String message) {
	}

}
