package io.connectdesk.ticket;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import io.connectdesk.common.InvalidInputException;
import io.connectdesk.common.InvalidInputException.FieldProblem;
import io.connectdesk.customer.Customers;

/**
 * The CC rule, at filing and after: CC parties see the ticket and get its notices, so only people of the
 * customer's own contract domains may be copied.
 */
@Component
public class ContractAddresses {

	private final Customers customers;

	ContractAddresses(Customers customers) {
		this.customers = customers;
	}

	/** One address, its problem under {@code field}. */
	public void requireOne(String address, Long customerId, String field) {
		if (!this.customers.acceptsEmail(customerId, address)) {
			throw InvalidInputException.of(field,
					"Not an address of your organization: use one in " + this.customers.domainsOf(customerId));
		}
	}

	/**
	 * @param field the name of the field in problems: {@code cc} gives {@code cc[0]}, {@code cc[1]}...
	 * @throws InvalidInputException naming every address outside the customer's domains
	 */
	public void require(List<String> addresses, Long customerId, String field) {
		List<FieldProblem> foreign = IntStream.range(0, addresses.size())
			.filter(index -> !this.customers.acceptsEmail(customerId, addresses.get(index)))
			.mapToObj(index -> new FieldProblem(field + "[" + index + "]",
					"Not an address of your organization: use one in " + this.customers.domainsOf(customerId)))
			.toList();
		if (!foreign.isEmpty()) {
			throw new InvalidInputException(foreign);
		}
	}

}
