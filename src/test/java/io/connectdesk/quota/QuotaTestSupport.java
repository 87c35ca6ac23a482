package io.connectdesk.quota;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.connectdesk.customer.Contracts;
import io.connectdesk.journey.ApiTestSupport;

/** The application over HTTP, with customers whose contracts grant urgent slots. */
abstract class QuotaTestSupport extends ApiTestSupport {

	@Autowired
	Contracts contracts;

	@Autowired
	JdbcClient jdbc;

	/** A new customer whose contract grants that many urgent slots per calendar month in that zone. */
	Long customerWithSlots(int slots, String timeZone) {
		return newCustomerWithUrgentSlots("Quota", slots, timeZone);
	}

	static Map<String, Object> urgentRequest(String title) {
		Map<String, Object> request = new LinkedHashMap<>(ticketRequest(title));
		request.put("urgent", true);
		return request;
	}

	/** What the database holds for the customer: the counter of every period and the slots taken. */
	int usedInDatabase(Long customer) {
		return this.jdbc.sql("select coalesce(sum(used), 0) from quota_period where customer_id = :c")
			.param("c", customer)
			.query(Integer.class)
			.single();
	}

	int slotsHeldInDatabase(Long customer) {
		return this.jdbc
			.sql("select count(*) from quota_slot s join quota_period p on p.id = s.period_id "
					+ "where p.customer_id = :c and s.returned_at is null")
			.param("c", customer)
			.query(Integer.class)
			.single();
	}

	int notices(String ticketId, String kind) {
		return this.jdbc.sql("select count(*) from notice_outbox where ticket_id = :t and kind = :k")
			.param("t", ticketId)
			.param("k", kind)
			.query(Integer.class)
			.single();
	}

}
