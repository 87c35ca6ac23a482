package io.connectdesk.web;

import org.springframework.web.bind.annotation.GetMapping;

/** The root sends people to their tickets. */
@PageController
class HomePage {

	@GetMapping("/")
	String home() {
		return "redirect:/tickets";
	}

}
