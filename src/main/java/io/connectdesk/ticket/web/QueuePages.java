package io.connectdesk.ticket.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.connectdesk.common.ForbiddenException;
import io.connectdesk.common.Caller;
import io.connectdesk.ticket.PageView;
import io.connectdesk.ticket.QueueItem;
import io.connectdesk.ticket.WorkQueue;
import io.connectdesk.web.PageController;

/** The SRE queue: open tasks, urgent first, to claim and work. */
@PageController
class QueuePages {

	private final WorkQueue queue;

	private final Clock clock;

	QueuePages(WorkQueue queue, Clock clock) {
		this.queue = queue;
		this.clock = clock;
	}

	@GetMapping("/queue")
	String queue(@RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") int page,
			Caller caller, Model model) {
		if (!caller.isStaff()) {
			throw new ForbiddenException("staff-only", "The queue is for service staff");
		}
		PageView<QueueItem> items = this.queue.queue(caller, mine, Math.max(page, 0), TicketPages.PAGE_SIZE);
		Instant now = this.clock.instant();
		model.addAttribute("mine", mine);
		model.addAttribute("items", items);
		model.addAttribute("rows", items.content().stream().map(item -> new Row(item, Age.between(item.taskCreated(), now))).toList());
		model.addAttribute("previousPage", items.page() > 0 ? pageUrl(items.page() - 1) : null);
		model.addAttribute("nextPage", items.page() + 1 < items.totalPages() ? pageUrl(items.page() + 1) : null);
		return "queue/queue";
	}

	private static String pageUrl(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
	}

	/** A queue line and how long its task has waited. */
	record Row(QueueItem item, Age age) {
	}

	/** A wait in its largest whole unit; {@code key} is the message that says it. */
	record Age(long value, String key) {

		static Age between(Instant since, Instant now) {
			Duration wait = since == null ? Duration.ZERO : Duration.between(since, now);
			if (wait.toDays() > 0) {
				return new Age(wait.toDays(), "age.days");
			}
			if (wait.toHours() > 0) {
				return new Age(wait.toHours(), "age.hours");
			}
			return new Age(Math.max(wait.toMinutes(), 0), "age.minutes");
		}

	}

}
