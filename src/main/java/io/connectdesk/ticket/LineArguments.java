package io.connectdesk.ticket;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A detail's arguments as {@code ticket_event.detail_arguments} stores them: a JSON array. */
final class LineArguments {

	/** The length of {@code ticket_event.detail_arguments}. */
	static final int LENGTH = 8000;

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final TypeReference<List<LineArgument>> LIST = new TypeReference<>() {
	};

	private LineArguments() {
	}

	/** The arguments as JSON; {@code null} when they do not fit (the line then shows its English text). */
	static String write(List<LineArgument> arguments) {
		try {
			String json = JSON.writeValueAsString(arguments);
			return json.length() <= LENGTH ? json : null;
		}
		catch (JsonProcessingException notWritable) {
			throw new IllegalArgumentException("Timeline arguments not writable", notWritable);
		}
	}

	/** The stored arguments; {@code null} when unreadable, so the line shows its stored text. */
	static List<LineArgument> read(String json) {
		if (json == null || json.isEmpty()) {
			return List.of();
		}
		try {
			return JSON.readValue(json, LIST);
		}
		catch (JsonProcessingException unreadable) {
			return null;
		}
	}

}
