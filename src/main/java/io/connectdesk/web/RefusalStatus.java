package io.connectdesk.web;

import java.util.Map;

import org.springframework.http.HttpStatus;

import io.connectdesk.common.DeskException;

/** The one mapping from a refusal's kind to its HTTP status, for the API and the pages alike. */
final class RefusalStatus {

	private static final Map<DeskException.Kind, HttpStatus> STATUS = Map.of(DeskException.Kind.INVALID,
			HttpStatus.BAD_REQUEST, DeskException.Kind.NOT_FOUND, HttpStatus.NOT_FOUND, DeskException.Kind.CONFLICT,
			HttpStatus.CONFLICT, DeskException.Kind.UNPROCESSABLE, HttpStatus.UNPROCESSABLE_ENTITY,
			DeskException.Kind.FORBIDDEN, HttpStatus.FORBIDDEN);

	private RefusalStatus() {
	}

	static HttpStatus of(DeskException refusal) {
		return STATUS.get(refusal.kind());
	}

}
