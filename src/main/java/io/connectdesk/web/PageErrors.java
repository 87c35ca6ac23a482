package io.connectdesk.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import io.connectdesk.common.DeskException;

/**
 * Failures on pages become an error page in the layout, never a stack trace. Only for
 * {@link PageController}s: the API keeps its problem+json from {@code ApiErrors}. Page actions that
 * can fail in an expected way catch the failure themselves and show it on the page they return to.
 */
@ControllerAdvice(annotations = PageController.class)
class PageErrors {

	private final MessageSource messages;

	PageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DeskException.class)
	ModelAndView refused(DeskException ex) {
		return page(RefusalStatus.of(ex), "problem." + ex.code(), "problem.kind." + ex.kind().name());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badParameter(MethodArgumentTypeMismatchException ex) {
		return page(HttpStatus.BAD_REQUEST, "problem.bad-parameter");
	}

	/** The engine's conflicts arrive as a {@code ConcurrentUpdateException}: {@link #refused}, same message. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView concurrentUpdate(RuntimeException ex) {
		return page(HttpStatus.CONFLICT, "problem.concurrent-update");
	}

	/** The error page (or the not-found page) with the first of the message keys the bundles have. */
	private ModelAndView page(HttpStatus status, String... messageKeys) {
		ModelAndView page = new ModelAndView(status == HttpStatus.NOT_FOUND ? "error/404" : "error", status);
		page.addObject("status", status.value());
		page.addObject("message", this.messages.getMessage(new DefaultMessageSourceResolvable(messageKeys),
				LocaleContextHolder.getLocale()));
		return page;
	}

}
