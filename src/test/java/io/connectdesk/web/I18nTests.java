package io.connectdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every visible text comes from the message bundles, in English and in Spanish: the bundles have
 * the same keys, none empty, and no template holds a hard-coded text or visible attribute.
 */
class I18nTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");

	/** Attributes a person sees or hears; their {@code th:} forms take message expressions instead. */
	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "label");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	/** Thymeleaf's inlined expressions, which are not literal text. */
	private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	/** Each feature keeps its own bundle ({@code messages/<feature>.properties}) with a Spanish twin. */
	@Test
	void everyBundleHasTheSameKeysInEnglishAndSpanishAndNoEmptyValues() throws IOException {
		List<String> bundles;
		try (Stream<Path> files = Files.list(MESSAGES)) {
			bundles = files.map(path -> path.getFileName().toString())
				.filter(name -> name.endsWith(".properties") && !name.contains("_"))
				.sorted()
				.toList();
		}
		assertThat(bundles).as("bundles").contains("messages.properties");
		for (String bundle : bundles) {
			String spanishBundle = bundle.replace(".properties", "_es.properties");
			Properties english = load(bundle);
			Properties spanish = load(spanishBundle);
			assertThat(english).as("English messages of " + bundle).isNotEmpty();
			assertThat(new TreeSet<>(spanish.stringPropertyNames())).as("keys of " + spanishBundle)
				.containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
			assertThat(empty(english)).as("empty messages in " + bundle).isEmpty();
			assertThat(empty(spanish)).as("empty messages in " + spanishBundle).isEmpty();
		}
	}

	@Test
	void everyBundleIsOneTheApplicationLoads() throws IOException {
		String configuration = Files.readString(Path.of("src/main/resources/application.yml"));
		try (Stream<Path> files = Files.list(MESSAGES)) {
			files.map(path -> path.getFileName().toString())
				.filter(name -> name.endsWith(".properties") && !name.contains("_"))
				.forEach(bundle -> assertThat(configuration).as("spring.messages.basename lists " + bundle)
					.contains("messages/" + bundle.replace(".properties", "")));
		}
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".html")).sorted().toList()) {
				problems.addAll(hardCodedText(TEMPLATES.relativize(file).toString(), Files.readString(file)));
			}
		}
		assertThat(problems).as("hard-coded text in templates (file:line: text)").isEmpty();
	}

	@Test
	void theScanFindsTextNodesAndVisibleAttributes() {
		String template = """
				<p th:text="#{ok}"></p>
				<p>Hello</p>
				<input placeholder="Your name" th:placeholder="#{x}">
				<button type="submit" value="Send"></button>
				<p th:if="${a > b}" th:text="#{ok}"></p>
				<span>[[${name}]]</span>
				<!-- a comment is not shown -->
				""";

		assertThat(hardCodedText("sample.html", template)).containsExactly("sample.html:2: Hello",
				"sample.html:3: placeholder=\"Your name\"", "sample.html:4: value=\"Send\"");
	}

	/** The literal text of the template, as {@code file:line: text}. */
	static List<String> hardCodedText(String name, String template) {
		List<String> problems = new ArrayList<>();
		int at = 0;
		while (at < template.length()) {
			int tagStart = template.indexOf('<', at);
			int textEnd = tagStart < 0 ? template.length() : tagStart;
			String text = INLINED.matcher(template.substring(at, textEnd)).replaceAll("").strip();
			if (LETTER.matcher(text).find()) {
				problems.add(name + ":" + lineOf(template, at + template.substring(at, textEnd).indexOf(text.charAt(0))) + ": " + text);
			}
			if (tagStart < 0) {
				break;
			}
			if (template.startsWith("<!--", tagStart)) {
				int end = template.indexOf("-->", tagStart);
				at = end < 0 ? template.length() : end + 3;
				continue;
			}
			int tagEnd = endOfTag(template, tagStart);
			String tag = template.substring(tagStart, tagEnd);
			visibleAttributes(tag).forEach(attribute -> problems.add(name + ":" + lineOf(template, tagStart) + ": " + attribute));
			at = tagEnd;
		}
		return problems;
	}

	/** Just after the tag's closing {@code >}, skipping any {@code >} inside quoted attribute values. */
	private static int endOfTag(String template, int tagStart) {
		char quote = 0;
		for (int i = tagStart + 1; i < template.length(); i++) {
			char c = template.charAt(i);
			if (quote != 0) {
				quote = c == quote ? 0 : quote;
			}
			else if (c == '"' || c == '\'') {
				quote = c;
			}
			else if (c == '>') {
				return i + 1;
			}
		}
		return template.length();
	}

	private static List<String> visibleAttributes(String tag) {
		List<String> found = new ArrayList<>();
		String element = tag.replaceFirst("^</?\\s*([\\w:-]+).*$", "$1").toLowerCase();
		boolean pressable = element.equals("button") || (element.equals("input")
				&& tag.matches("(?s).*\\btype\\s*=\\s*[\"'](submit|button|reset)[\"'].*"));
		Matcher attribute = ATTRIBUTE.matcher(tag);
		while (attribute.find()) {
			String attributeName = attribute.group(1).toLowerCase();
			String value = attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
			boolean visible = VISIBLE_ATTRIBUTES.contains(attributeName) || (pressable && attributeName.equals("value"));
			if (visible && LETTER.matcher(value).find()) {
				found.add(attribute.group(1) + "=\"" + value + "\"");
			}
		}
		return found;
	}

	private static int lineOf(String text, int index) {
		return (int) text.substring(0, Math.max(index, 0)).chars().filter(c -> c == '\n').count() + 1;
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static List<String> empty(Properties messages) {
		return messages.stringPropertyNames().stream().filter(key -> messages.getProperty(key).isBlank()).sorted().toList();
	}

}
