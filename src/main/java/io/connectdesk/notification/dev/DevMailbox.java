package io.connectdesk.notification.dev;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.icegreen.greenmail.util.GreenMail;

import io.connectdesk.common.NotFoundException;
import io.connectdesk.common.Caller;
import io.connectdesk.web.PageController;

/** The mails the dev mail server received: staff see them all, everyone else those sent to them. */
@PageController
@ConditionalOnProperty(name = DevMailServer.ENABLED, havingValue = "true")
class DevMailbox {

	private final GreenMail server;

	DevMailbox(GreenMail server) {
		this.server = server;
	}

	@GetMapping("/dev/mailbox")
	String list(Caller caller, Model model) {
		model.addAttribute("mails", visibleTo(caller).stream().sorted(Comparator.comparingInt(ReceivedMail::index).reversed()).toList());
		return "notification/mailbox";
	}

	@GetMapping("/dev/mailbox/{index}")
	String show(@PathVariable int index, Caller caller, Model model) {
		model.addAttribute("mail", visibleTo(caller).stream()
			.filter(mail -> mail.index() == index)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("mail-not-found", "No mail " + index)));
		return "notification/message";
	}

	private List<ReceivedMail> visibleTo(Caller caller) {
		var messages = this.server.getReceivedMessages();
		return IntStream.range(0, messages.length)
			.mapToObj(i -> ReceivedMail.of(i, messages[i]))
			.filter(mail -> caller.isStaff() || mail.isFor(caller.email()))
			.toList();
	}

}
