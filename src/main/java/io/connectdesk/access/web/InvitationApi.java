package io.connectdesk.access.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.access.Invitations;
import io.connectdesk.common.Caller;
import io.swagger.v3.oas.annotations.Operation;

@RestController
@RequestMapping("/api/v1/admin/invitations")
class InvitationApi {

	private final Invitations invitations;

	InvitationApi(Invitations invitations) {
		this.invitations = invitations;
	}

	@Operation(summary = "Invite a person (ADMIN): creates an inactive account and mails a link to choose a password",
			description = "customerId null invites staff. A customer user's e-mail must be in that customer's contract domains.")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Invitations.Invited invite(@Valid @RequestBody Invitations.Invite invite, Caller caller, Locale locale) {
		return this.invitations.invite(caller, invite, locale);
	}

}
