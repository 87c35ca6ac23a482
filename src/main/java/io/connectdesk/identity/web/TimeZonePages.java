package io.connectdesk.identity.web;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.connectdesk.common.Caller;
import io.connectdesk.common.DeskException;
import io.connectdesk.identity.ViewerTime;
import io.connectdesk.web.PageController;
import io.connectdesk.web.PageFeedback;

/** A staff member sets the time zone their pages show times in, on their profile (the tokens page). */
@PageController
class TimeZonePages {

	static final String FORM = "profile";

	private final ViewerTime time;

	private final PageFeedback feedback;

	TimeZonePages(ViewerTime time, PageFeedback feedback) {
		this.time = time;
		this.feedback = feedback;
	}

	@PostMapping("/profile/time-zone")
	String choose(@RequestParam(required = false) String timeZone, Caller caller, RedirectAttributes flash) {
		try {
			this.time.choose(caller, timeZone);
			this.feedback.notice(flash, "profile.timeZone.saved");
		}
		catch (DeskException refused) {
			this.feedback.refused(flash, FORM, refused);
		}
		return "redirect:/tokens#time-zone";
	}

}
