package io.connectdesk.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.connectdesk.common.Caller;

/** What every signed-in page shows: the person, for the layout's header. */
@ControllerAdvice(annotations = PageController.class)
class PageModel {

	static final String CALLER = "me";

	@ModelAttribute(CALLER)
	Caller me(Caller caller) {
		return caller;
	}

}
