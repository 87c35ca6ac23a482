package io.connectdesk.queue.web;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.connectdesk.catalog.ComponentCategory;
import io.connectdesk.common.Caller;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.customer.Customers;
import io.connectdesk.queue.QueueFilter;
import io.connectdesk.queue.QueuePageSection;
import io.connectdesk.queue.QueuePage;
import io.connectdesk.queue.QueueView;
import io.connectdesk.queue.TicketQueue;
import io.connectdesk.ticket.TicketType;
import io.connectdesk.web.PageController;
import io.connectdesk.web.PageSection;

/** The SRE queue: a tab per view, a filter form, tickets urgent first then by due time, to claim and work. */
@PageController
class QueuePages {

	private static final int PAGE_SIZE = 20;

	private final TicketQueue queue;

	private final Customers customers;

	private final ObjectProvider<QueuePageSection> sections;

	QueuePages(TicketQueue queue, Customers customers, ObjectProvider<QueuePageSection> sections) {
		this.queue = queue;
		this.customers = customers;
		this.sections = sections;
	}

	@GetMapping("/queue")
	String queue(@RequestParam(defaultValue = "REVIEW") QueueView view, @RequestParam(required = false) Long customer,
			@RequestParam(required = false) TicketType type, @RequestParam(required = false) ComponentCategory category,
			@RequestParam(defaultValue = "0") int page, Caller caller, Model model) {
		if (!caller.isStaff()) {
			throw new ForbiddenException("staff-only", "The queue is for service staff");
		}
		QueueFilter filter = new QueueFilter(view, customer, type, category);
		QueuePage items = this.queue.queue(caller, filter, Math.min(Math.max(page, 0), 10000), PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("items", items);
		model.addAttribute("tabs", Stream.of(QueueView.values()).map(tab -> new Tab(tab, tabUrl(tab))).toList());
		model.addAttribute("customers", this.customers.choices());
		model.addAttribute("types", List.of(TicketType.values()));
		model.addAttribute("categories", List.of(ComponentCategory.values()));
		model.addAttribute("previousPage", items.page() > 0 ? pageUrl(items.page() - 1) : null);
		model.addAttribute("nextPage", items.hasNext() ? pageUrl(items.page() + 1) : null);
		model.addAttribute("sections", sections(QueuePageSection.Place.BELOW_QUEUE, caller));
		model.addAttribute("columns", sections(QueuePageSection.Place.COLUMN, caller));
		return "queue/queue";
	}

	private List<PageSection> sections(QueuePageSection.Place place, Caller caller) {
		return this.sections.orderedStream()
			.filter(section -> section.place() == place)
			.flatMap(section -> section.on(caller).stream())
			.toList();
	}

	/** The same filters in another view, from its first page. */
	private static String tabUrl(QueueView view) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("view", view)
			.replaceQueryParam("page")
			.build()
			.toUriString();
	}

	/** A view's tab and its address. */
	record Tab(QueueView view, String url) {
	}

	private static String pageUrl(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
	}

}
