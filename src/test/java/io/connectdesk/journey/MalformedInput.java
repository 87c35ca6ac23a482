package io.connectdesk.journey;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Values and bodies that no handler should choke on, made from an OpenAPI document's schemas with a
 * seeded {@link Random}: a plausible value first, then spoiled (wrong types, missing and extra fields,
 * huge and deeply nested values, invalid UTF-8, control characters, broken JSON).
 */
final class MalformedInput {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Path segments and query values, already in the request target as they are (some deliberately not valid). */
	static final List<String> JUNK_VALUES = List.of("", "%zz", "%", "%C0%AF", "%ff%fe", "%00", "%0d%0a", "..", "%2e%2e", "%2F",
			"-1", "0", "99999999999999999999", "1e400", "NaN", "null", "true", "REQ-", "REQ-0", "x".repeat(3000), "%E2%80%AE",
			"%F0%9F%92%A9", "a%20b", "%3Cscript%3E", "'%20OR%201=1--", "%7B%7D", "[]", "2026-13-45", "PT-1S", "-9223372036854775809");

	private static final String NESTED = "__nested__";

	private final Random random;

	private final JsonNode components;

	MalformedInput(Random random, JsonNode apiDocs) {
		this.random = random;
		this.components = apiDocs.path("components").path("schemas");
	}

	String junkValue() {
		return pick(JUNK_VALUES);
	}

	<T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/** A body for that schema, spoiled one way or another; the bytes as they go on the wire. */
	byte[] body(JsonNode schema) {
		JsonNode sample = sample(schema, 0);
		return switch (this.random.nextInt(16)) {
			case 0 -> bytes(sample);
			case 1 -> bytes(withoutAField(sample));
			case 2 -> bytes(withAField(sample, randomField(sample), wrongValue()));
			case 3 -> bytes(withAField(sample, "unexpected" + this.random.nextInt(100), wrongValue()));
			case 4 -> bytes(withAField(sample, randomField(sample), NODES.textNode("x".repeat(200_000 + this.random.nextInt(100)))));
			case 5 -> nested(bytes(withAField(sample, randomField(sample), NODES.textNode(NESTED))), 1000 + this.random.nextInt(3000));
			case 6 -> bytes(pick(List.of(NODES.arrayNode().add(sample), NODES.textNode("ticket"), NODES.numberNode(42), NODES.nullNode())));
			case 7 -> truncated(bytes(sample));
			case 8 -> withInvalidUtf8(bytes(sample));
			case 9 -> bytes(withAField(sample, randomField(sample), NODES.textNode("a\u0000b\u0007c\u001b[31m\r\n\u202e")));
			case 10 -> replaceFirstValue(bytes(sample), pick(List.of("1e999999", "-0", "9223372036854775808", "0x1F", "+1", ".5")));
			case 11 -> new byte[0];
			case 12 -> bytes(manyFields(5000));
			case 13 -> ("{\"a\":1,\"a\":2," + new String(bytes(sample), StandardCharsets.UTF_8).substring(1)).getBytes(StandardCharsets.UTF_8);
			case 14 -> "{'title': 'single quotes', /* comment */ \"x\": [1,2,],}".getBytes(StandardCharsets.UTF_8);
			default -> bytes(withAField(sample, randomField(sample), NODES.nullNode()));
		};
	}

	/** A plausible value for the schema: enough for a body to reach validation and beyond. */
	JsonNode sample(JsonNode schema, int depth) {
		JsonNode resolved = resolve(schema);
		if (depth > 6) {
			return NODES.nullNode();
		}
		if (resolved.has("enum")) {
			return pick(toList(resolved.path("enum")));
		}
		String type = resolved.path("type").asText(resolved.has("properties") ? "object" : "string");
		return switch (type) {
			case "object" -> {
				ObjectNode object = NODES.objectNode();
				resolved.path("properties").properties().forEach(field -> object.set(field.getKey(), sample(field.getValue(), depth + 1)));
				yield object;
			}
			case "array" -> NODES.arrayNode().add(sample(resolved.path("items"), depth + 1));
			case "integer" -> NODES.numberNode(1 + this.random.nextInt(3));
			case "number" -> NODES.numberNode(1.5);
			case "boolean" -> NODES.booleanNode(this.random.nextBoolean());
			default -> NODES.textNode(sampleText(resolved.path("format").asText("")));
		};
	}

	JsonNode resolve(JsonNode schema) {
		String ref = schema.path("$ref").asText("");
		if (ref.startsWith("#/components/schemas/")) {
			return this.components.path(ref.substring("#/components/schemas/".length()));
		}
		if (schema.has("allOf")) {
			return resolve(schema.path("allOf").path(0));
		}
		return schema;
	}

	private String sampleText(String format) {
		return switch (format) {
			case "date-time" -> "2026-12-06T10:00:00Z";
			case "date" -> "2026-12-06";
			case "email" -> "someone@example.test";
			case "uuid" -> "00000000-0000-0000-0000-000000000001";
			default -> "Fuzzed text " + this.random.nextInt(1000);
		};
	}

	private JsonNode wrongValue() {
		return pick(List.of(NODES.numberNode(12345), NODES.textNode("not a number"), NODES.booleanNode(true), NODES.arrayNode().add(1),
				NODES.objectNode().put("nested", "object"), NODES.numberNode(-1), NODES.textNode(""), NODES.numberNode(Long.MAX_VALUE)));
	}

	private JsonNode withoutAField(JsonNode sample) {
		if (sample instanceof ObjectNode object && object.size() > 0) {
			ObjectNode copy = object.deepCopy();
			copy.remove(randomField(sample));
			return copy;
		}
		return NODES.objectNode();
	}

	private static JsonNode withAField(JsonNode sample, String field, JsonNode value) {
		ObjectNode copy = sample instanceof ObjectNode object ? object.deepCopy() : NODES.objectNode();
		copy.set(field, value);
		return copy;
	}

	private String randomField(JsonNode sample) {
		List<String> names = new ArrayList<>();
		Iterator<String> fields = sample.fieldNames();
		fields.forEachRemaining(names::add);
		return names.isEmpty() ? "field" : pick(names);
	}

	/** Arrays nested that deep in place of the {@link #NESTED} value (deeper than Jackson writes). */
	private static byte[] nested(byte[] body, int depth) {
		String deep = "[".repeat(depth) + "]".repeat(depth);
		return new String(body, StandardCharsets.UTF_8).replace("\"" + NESTED + "\"", deep).getBytes(StandardCharsets.UTF_8);
	}

	private static JsonNode manyFields(int count) {
		ObjectNode object = NODES.objectNode();
		for (int field = 0; field < count; field++) {
			object.put("f" + field, field);
		}
		return object;
	}

	private byte[] truncated(byte[] body) {
		return java.util.Arrays.copyOf(body, body.length <= 1 ? 1 : 1 + this.random.nextInt(body.length - 1));
	}

	private static byte[] withInvalidUtf8(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		int quote = text.indexOf("\":\"");
		byte[] bad = { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80 };
		if (quote < 0) {
			return bad;
		}
		byte[] head = text.substring(0, quote + 3).getBytes(StandardCharsets.UTF_8);
		byte[] tail = text.substring(quote + 3).getBytes(StandardCharsets.UTF_8);
		byte[] all = java.util.Arrays.copyOf(head, head.length + bad.length + tail.length);
		System.arraycopy(bad, 0, all, head.length, bad.length);
		System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
		return all;
	}

	private static byte[] replaceFirstValue(byte[] body, String literal) {
		String text = new String(body, StandardCharsets.UTF_8);
		int colon = text.indexOf(':');
		if (colon < 0) {
			return literal.getBytes(StandardCharsets.UTF_8);
		}
		int end = text.indexOf(',', colon);
		end = end < 0 ? text.length() - 1 : end;
		return (text.substring(0, colon + 1) + literal + text.substring(end)).getBytes(StandardCharsets.UTF_8);
	}

	private static List<JsonNode> toList(JsonNode array) {
		List<JsonNode> values = new ArrayList<>();
		array.forEach(values::add);
		return values;
	}

	static byte[] bytes(JsonNode node) {
		try {
			return JSON.writeValueAsBytes(node);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
