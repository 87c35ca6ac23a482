package io.connectdesk.web;

import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import io.connectdesk.common.ConcurrentUpdateException;
import io.connectdesk.common.DeskException;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.common.InvalidInputException.FieldProblem;

/**
 * The one place where failures become HTTP answers: RFC 9457 problem+json with a stable
 * {@code code}, and for invalid input an {@code errors} list naming every bad field.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	@ExceptionHandler(DeskException.class)
	ResponseEntity<ProblemDetail> refused(DeskException ex) {
		ProblemDetail problem = problem(RefusalStatus.of(ex), ex.code(), ex.getMessage());
		if (ex instanceof InvalidInputException invalid) {
			problem.setProperty("errors", invalid.fields());
		}
		return answer(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException ex) {
		return answer(invalid(List.of(new FieldProblem(ex.getName(), "Not a valid value: " + ex.getValue()))));
	}

	/** Spring Security's firewall refuses a parameter name or value only when a handler reads it. */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(RequestRejectedException ex) {
		return answer(problem(HttpStatus.BAD_REQUEST, "request-rejected", "The request's address or parameters are not allowed."));
	}

	/**
	 * Two requests creating the same row at once (e.g. a Git token issued twice in parallel): the loser may retry.
	 * The engine's conflicts arrive as {@link io.connectdesk.common.ConcurrentUpdateException}, with the same answer.
	 */
	@ExceptionHandler({ OptimisticLockingFailureException.class, DuplicateKeyException.class })
	ResponseEntity<ProblemDetail> concurrentUpdate(RuntimeException ex) {
		return answer(problem(HttpStatus.CONFLICT, ConcurrentUpdateException.CODE, "Someone else changed this at the same time; try again"));
	}

	/** Anything unforeseen: logged with its trace, answered without it. */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected failure of an API request", ex);
		return answer(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				"Something went wrong on our side; nothing was changed. Try again, or tell us if it persists."));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> fields = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldProblem(error.getField(), messageOf(error)))
			.toList();
		return answer(invalid(fields));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> fields = ex.getParameterValidationResults().stream().flatMap(ApiErrors::problemsOf).toList();
		return answer(invalid(fields));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (NestedExceptionUtils.getMostSpecificCause(ex) instanceof RequestBodyGuard.TooLarge) {
			return answer(problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "The request body is too large."));
		}
		if (ex.getCause() instanceof InvalidFormatException format && !format.getPath().isEmpty()) {
			String field = format.getPath().get(format.getPath().size() - 1).getFieldName();
			return answer(invalid(List.of(new FieldProblem(field, "Not a valid value: " + format.getValue()))));
		}
		return answer(problem(HttpStatus.BAD_REQUEST, "malformed-request", "The request body is not valid JSON of the expected shape"));
	}

	/** Spring's own problems (404 route, 405, 415...) get a code too. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem
				&& (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
			problem.setProperty("code", ProblemJson.codeOf(statusCode.value()));
		}
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.addAll(headers);
		problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return super.createResponseEntity(body, problemHeaders, statusCode, request);
	}

	/** A request body names its bad fields; a header or query parameter is the field itself. */
	private static Stream<FieldProblem> problemsOf(ParameterValidationResult result) {
		if (result instanceof ParameterErrors errors) {
			return errors.getFieldErrors().stream().map(error -> new FieldProblem(error.getField(), messageOf(error)));
		}
		String parameter = parameterName(result.getMethodParameter());
		return result.getResolvableErrors().stream().map(error -> new FieldProblem(parameter, error.getDefaultMessage()));
	}

	private static String parameterName(MethodParameter parameter) {
		RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
		if (header != null && !header.name().isEmpty()) {
			return header.name();
		}
		return parameter.getParameterName();
	}

	private static String messageOf(FieldError error) {
		return error.getDefaultMessage() == null ? "Invalid value" : error.getDefaultMessage();
	}

	/**
	 * With its content type set, whatever the request accepts: an error is problem+json even for a
	 * client that asked for an image (else Spring MVC would answer it with an empty body).
	 */
	private static <T> ResponseEntity<T> answer(ProblemDetail problem) {
		@SuppressWarnings("unchecked")
		T body = (T) problem;
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private static ProblemDetail invalid(List<FieldProblem> fields) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, InvalidInputException.CODE, "The request has invalid fields");
		problem.setProperty("errors", fields);
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty("code", code);
		return problem;
	}

}
