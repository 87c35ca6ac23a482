package io.connectdesk.identity.web;

import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.connectdesk.common.SignedInCaller;
import io.connectdesk.identity.ViewerTime;
import io.connectdesk.web.PageController;

/** The zone every page shows its times in, as {@code viewerZone}: the viewer's (see {@link ViewerTime}). */
@ControllerAdvice(annotations = PageController.class)
class ViewerZone {

	private final ViewerTime time;

	private final SignedInCaller caller;

	ViewerZone(ViewerTime time, SignedInCaller caller) {
		this.time = time;
		this.caller = caller;
	}

	@ModelAttribute("viewerZone")
	ZoneId zone() {
		return this.caller.current().map(this.time::zoneOf).orElse(ZoneId.of("UTC"));
	}

}
