package io.connectdesk.ticket.web;

import static io.connectdesk.ticket.web.Browser.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import io.connectdesk.ticket.Outcome;
import io.connectdesk.ticket.TaskView;
import io.connectdesk.ticket.TicketStatus;


/** An SRE works tickets from the queue and the ticket page; refusals show on the page. */
class QueuePagesTests extends PageTestSupport {

	QueuePagesTests() {
		super("Queue Corp", "Quinn Queue");
	}

	@Test
	void sreClaimsFromTheQueueAndAcceptsWithTheForm() throws Exception {
		String id = file("Please review");
		this.mvc.perform(get("/queue").with(as(this.sre)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/tickets/" + id + "\"")))
			.andExpect(content().string(containsString("Review the ticket")));
		String task = openTask(id);

		this.mvc.perform(post("/tasks/" + task + "/claim").param("ticket", id).param("from", "queue")
			.with(as(this.sre))
			.with(csrf())).andExpect(redirectedUrl("/queue")).andExpect(flash().attribute("notice", "Task claimed: it is yours now."));
		this.mvc.perform(get("/tickets/" + id).with(as(this.sre)))
			.andExpect(content().string(containsString("action=\"/tasks/" + task + "/complete\"")))
			.andExpect(content().string(containsString("Ask the requester")));

		this.mvc.perform(post("/tasks/" + task + "/complete").param("ticket", id).param("outcome", "ACCEPT")
			.with(as(this.sre))
			.with(csrf())).andExpect(redirectedUrl("/tickets/" + id)).andExpect(flash().attribute("notice", "Ticket accepted."));

		this.mvc.perform(get("/tickets/" + id).with(as(this.requester)))
			.andExpect(content().string(containsString("In progress")))
			.andExpect(content().string(containsString("Accepted")))
			.andExpect(content().string(containsString("Sam Pages")));
	}

	@Test
	void rejectingWithoutAReasonIsShownBesideTheComment() throws Exception {
		String id = file("Reject me");
		String task = openTask(id);
		this.mvc.perform(post("/tasks/" + task + "/claim").param("ticket", id).with(as(this.sre)).with(csrf()))
			.andExpect(redirectedUrl("/tickets/" + id));

		MvcResult refused = this.mvc.perform(post("/tasks/" + task + "/complete").param("ticket", id)
			.param("outcome", "REJECT")
			.param("comment", " ")
			.with(as(this.sre))
			.with(csrf())).andExpect(redirectedUrl("/tickets/" + id + "#task-" + task)).andReturn();

		this.mvc.perform(get("/tickets/" + id).flashAttrs(refused.getFlashMap()).with(as(this.sre)))
			.andExpect(content().string(containsString("Write the reason: “Reject” needs one, and the requester reads it.")))
			.andExpect(content().string(containsString("In review")));
	}

	@Test
	void askingTheRequesterWithoutAQuestionKeepsTheChoiceAndNeverAccepts() throws Exception {
		String id = file("Ask me");
		String task = openTask(id);
		this.mvc.perform(post("/tasks/" + task + "/claim").param("ticket", id).with(as(this.sre)).with(csrf()))
			.andExpect(redirectedUrl("/tickets/" + id));

		MvcResult refused = this.mvc.perform(post("/tasks/" + task + "/complete").param("ticket", id)
			.param("outcome", "ASK")
			.param("comment", "")
			.with(as(this.sre))
			.with(csrf()))
			.andExpect(redirectedUrl("/tickets/" + id + "#task-" + task))
			.andExpect(flash().attribute("taskInput", new TaskInput(task, Outcome.ASK, "")))
			.andReturn();

		String problem = "Write your question for the requester: “Ask the requester” needs one.";
		this.mvc.perform(get("/tickets/" + id).flashAttrs(refused.getFlashMap()).with(as(this.sre)))
			.andExpect(content().string(containsString("In review")))
			.andExpect(content().string(containsString("<p class=\"field-problem\" id=\"task-" + task + "-problem\">" + problem)))
			.andExpect(content().string(containsString("href=\"#task-" + task + "-comment\">" + problem)))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("You chose: Ask the requester.")))
			.andExpect(content().string(containsString("aria-describedby=\"task-" + task
					+ "-problem\" class=\"primary chosen\">Ask the requester</button>")))
			.andExpect(content().string(containsString("value=\"ACCEPT\">Accept</button>")))
			.andExpect(content().string(not(containsString("Complete task"))));
		assertThat(this.queries.detail(id, this.sre).status()).isEqualTo(TicketStatus.IN_REVIEW);
		assertThat(this.queries.detail(id, this.sre).tasks()).extracting(TaskView::id).containsExactly(task);
	}

	@Test
	void aRefusalOfTheServiceIsAFlashMessageNotAStackTrace() throws Exception {
		String id = file("Not claimed");
		String task = openTask(id);

		this.mvc.perform(post("/tasks/" + task + "/complete").param("ticket", id).param("outcome", "ACCEPT")
			.with(as(this.sre))
			.with(csrf()))
			.andExpect(redirectedUrl("/tickets/" + id))
			.andExpect(flash().attribute("problem", "Claim the task before you complete it or give it back."));
	}

	@Test
	void theQueueShowsATabPerViewAndTheFilterFormAndKeepsTheFilterInTheTabs() throws Exception {
		String id = file("Filtered");
		Long customer = this.requester.customerId();

		this.mvc.perform(get("/queue?view=REVIEW&customer=" + customer + "&type=VPN_LINK").with(as(this.sre)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("To review")))
			.andExpect(content().string(containsString("Breaching soon")))
			.andExpect(content().string(containsString("Waiting on customer")))
			.andExpect(content().string(containsString("Escalated")))
			.andExpect(content().string(containsString("href=\"http://localhost/queue?customer=" + customer + "&amp;type=VPN_LINK&amp;view=URGENT\"")))
			.andExpect(content().string(containsString("name=\"category\"")))
			.andExpect(content().string(containsString("href=\"/tickets/" + id + "\"")));
		this.mvc.perform(get("/queue").param("view", "REVIEW").param("customer", customer.toString())
			.param("category", "INFRASTRUCTURE").with(as(this.sre)))
			.andExpect(content().string(containsString("No tickets in this view. Nothing waits here: look at the other tabs.")))
			.andExpect(content().string(not(containsString("href=\"/tickets/" + id + "\""))));
		this.mvc.perform(get("/queue").param("view", "WAITING").param("customer", customer.toString()).with(as(this.sre)))
			.andExpect(content().string(containsString("No tickets in this view. Nothing waits here: look at the other tabs.")));
	}

	@Test
	void theQueueIsForStaff() throws Exception {
		this.mvc.perform(get("/queue").with(as(this.requester))).andExpect(status().isForbidden());
	}

	private String file(String title) throws Exception {
		return this.browser.file(this.requester, title);
	}

	private String openTask(String ticketId) {
		return this.queries.detail(ticketId, this.sre).tasks().get(0).id();
	}

}
