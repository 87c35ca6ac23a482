package io.connectdesk.customer.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.customer.ContractHolidays;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/admin/customers/{id}/holidays")
@Tag(name = "Customers (admin)")
class HolidayApi {

	private final ContractHolidays holidays;

	HolidayApi(ContractHolidays holidays) {
		this.holidays = holidays;
	}

	@GetMapping
	@Operation(summary = "The contract's holidays: days without business hours for service-level targets")
	HolidayList list(@PathVariable Long id) {
		this.holidays.calendarOf(id);
		return of(this.holidays.holidaysOf(id));
	}

	@PutMapping
	@Operation(summary = "Replace the contract's holidays", description = "ISO dates; 400 names every entry that is not one.")
	HolidayList replace(@PathVariable Long id, @RequestBody HolidayList request) {
		return of(this.holidays.replace(id, request.days()));
	}

	private static HolidayList of(List<LocalDate> days) {
		return new HolidayList(days.stream().map(LocalDate::toString).toList());
	}

}
