package io.connectdesk.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells live pages how often to poll ({@link LiveSettings}), as the {@code data-live-every} of their watch element. */
@ControllerAdvice(annotations = PageController.class)
class LiveModel {

	static final String POLL_MILLIS = "livePollMillis";

	private final LiveSettings settings;

	LiveModel(LiveSettings settings) {
		this.settings = settings;
	}

	@ModelAttribute(POLL_MILLIS)
	long livePollMillis() {
		return this.settings.pollInterval().toMillis();
	}

}
