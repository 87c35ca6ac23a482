package io.connectdesk.notification;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A notice's message arguments in one column, as a JSON array of strings. */
@Converter
class ArgumentsConverter implements AttributeConverter<List<String>, String> {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<String> arguments) {
		try {
			return arguments == null ? null : JSON.writeValueAsString(arguments);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Cannot write notice arguments", ex);
		}
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		try {
			return column == null ? List.of() : JSON.readValue(column, STRINGS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Cannot read notice arguments", ex);
		}
	}

}
