package org.socle.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;
import org.socle.shared.i18n.MessagesConfiguration;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-visible string goes through the bundles: no literal text in templates, no
 * key that is missing in French or English.
 */
class MessageBundlesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes a user reads or hears. */
	private static final List<String> VISIBLE_ATTRIBUTES = List.of("aria-label", "placeholder", "title", "alt");

	/**
	 * Attributes whose presence means Thymeleaf replaces the element's content at
	 * runtime.
	 */
	private static final List<String> CONTENT_REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert",
			"th:errors", "sec:authentication", "layout:fragment");

	private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	@Test
	void everyKeyExistsInFrenchAndEnglish() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String basename : MessagesConfiguration.bundleBasenames()) {
			Set<String> french = load(basename + ".properties").stringPropertyNames();
			Set<String> english = load(basename + "_en.properties").stringPropertyNames();
			difference(french, english).forEach(k -> problems.add(basename + ": missing in English: " + k));
			difference(english, french).forEach(k -> problems.add(basename + ": missing in French: " + k));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyLiteralKeyUsedInTemplatesExists() throws IOException {
		Set<String> known = new TreeSet<>();
		for (String basename : MessagesConfiguration.bundleBasenames()) {
			known.addAll(load(basename + ".properties").stringPropertyNames());
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = KEY_IN_TEMPLATE.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!known.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template));
			String name = TEMPLATES.relativize(template).toString();
			NodeTraversor.traverse(literalTextFinder(name, problems), document.body());
			NodeTraversor.traverse(literalTextFinder(name, problems), document.head());
			for (Element element : document.getAllElements()) {
				for (String attribute : VISIBLE_ATTRIBUTES) {
					if (hasLetters(element.attr(attribute))) {
						problems.add(name + ": literal " + attribute + "=\"" + element.attr(attribute) + "\"");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * A key lives in one bundle: with two, which text a page shows depends on the order
	 * the bundles are read in.
	 */
	@Test
	void everyKeyLivesInOneBundle() throws IOException {
		Map<String, String> owners = new HashMap<>();
		List<String> problems = new ArrayList<>();
		for (String basename : MessagesConfiguration.bundleBasenames()) {
			for (String key : load(basename + ".properties").stringPropertyNames()) {
				String other = owners.putIfAbsent(key, basename);
				if (other != null) {
					problems.add(key + " in " + other + " and " + basename);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * A rule's message is always formatted (RuleMessageSource), with or without
	 * arguments: its apostrophes are doubled, or MessageFormat would swallow the text
	 * after them.
	 */
	@Test
	void ruleMessagesDoubleTheirApostrophes() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String basename : MessagesConfiguration.bundleBasenames()) {
			for (String file : List.of(basename + ".properties", basename + "_en.properties")) {
				Properties messages = load(file);
				messages.stringPropertyNames()
					.stream()
					.filter(key -> key.startsWith("rule."))
					.filter(key -> messages.getProperty(key).replace("''", "").contains("'"))
					.forEach(key -> problems.add(file + ": " + key));
			}
		}
		assertThat(problems).isEmpty();
	}

	private static NodeVisitor literalTextFinder(String template, List<String> problems) {
		return (node, depth) -> {
			if (node instanceof TextNode text && hasLetters(text.text()) && !replacedAtRuntime(text.parent())) {
				problems.add(template + ": literal text \"" + text.text().strip() + "\"");
			}
		};
	}

	private static boolean replacedAtRuntime(org.jsoup.nodes.Node node) {
		for (org.jsoup.nodes.Node n = node; n instanceof Element element; n = n.parent()) {
			if (element.tagName().equals("script") || element.tagName().equals("style")) {
				return true;
			}
			if (n != node && element.hasAttr("layout:fragment")) {
				return false; // a layout's content slot: what is inside is real page
								// content
			}
			for (String attribute : CONTENT_REPLACING) {
				if (element.hasAttr(attribute) && !attribute.equals("layout:fragment")) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean hasLetters(String text) {
		return text != null && text.codePoints().anyMatch(Character::isLetter);
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	private static Properties load(String location) throws IOException {
		Resource resource = new DefaultResourceLoader().getResource(location);
		Properties properties = new Properties();
		assertThat(resource.exists()).as(location).isTrue();
		try (InputStream in = resource.getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
