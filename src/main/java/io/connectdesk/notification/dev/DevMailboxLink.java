package io.connectdesk.notification.dev;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.connectdesk.web.PageController;

/** Tells the layout to link the dev mailbox, on pages of an application that has one. */
@ControllerAdvice(annotations = PageController.class)
@ConditionalOnProperty(name = DevMailServer.ENABLED, havingValue = "true")
class DevMailboxLink {

	@ModelAttribute("devMailbox")
	boolean devMailbox() {
		return true;
	}

}
