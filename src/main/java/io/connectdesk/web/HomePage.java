package io.connectdesk.web;

import org.springframework.web.bind.annotation.GetMapping;

import io.connectdesk.common.Caller;

/** The root sends people where their work is ({@link Landing}). */
@PageController
class HomePage {

	@GetMapping("/")
	String home(Caller caller) {
		return "redirect:" + Landing.of(caller.roles());
	}

}
