package io.connectdesk.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One parameter a request for a component needs.
 * @param name the field name in the request's {@code parameters} object
 * @param pattern a regular expression the whole value (each item of a list) must match; may be null
 * @param min the least value of an INTEGER; may be null
 * @param max the greatest value of an INTEGER; may be null
 * @param values the allowed values of an ENUM; empty for other types
 * @param atLeast the name of another INTEGER parameter this one may not be less than; may be null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Parameter(String name, ParameterType type, boolean required, LocalizedText label, String pattern,
		Long min, Long max, List<String> values, String atLeast) {

	public Parameter {
		values = values == null ? List.of() : List.copyOf(values);
	}

}
