package nl.wijkdossier.shared.web;

import java.io.IOException;
import java.io.InputStream;
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

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a person sees comes from the message bundles: no literal text in templates,
 * the Dutch and English bundles have the same keys, and every key a template uses exists.
 */
class I18nTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes a person reads or hears. */
	private static final List<String> TEKST_ATTRIBUTEN = List.of("title", "alt", "placeholder", "aria-label", "value");

	/**
	 * Attributes that replace an element's body, so its literal body is only a
	 * design-time stand-in.
	 */
	private static final List<String> VERVANGT_INHOUD = List.of("th:text", "th:utext", "th:errors", "th:replace",
			"th:insert", "th:remove");

	private static final Pattern BERICHT_SLEUTEL = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	@Test
	void templatesContainNoLiteralText() throws IOException {
		List<String> gevonden = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				if (wordtVervangen(element)) {
					continue;
				}
				for (TextNode tekst : element.textNodes()) {
					if (tekst.text().codePoints().anyMatch(Character::isLetter)) {
						gevonden.add(naam(template) + ": <" + element.tagName() + "> \"" + tekst.text().trim() + "\"");
					}
				}
				for (String attribuut : TEKST_ATTRIBUTEN) {
					if (element.hasAttr(attribuut) && !element.hasAttr("th:" + attribuut)
							&& element.attr(attribuut).codePoints().anyMatch(Character::isLetter)
							&& !(attribuut.equals("value") && !isZichtbareWaarde(element))) {
						gevonden.add(naam(template) + ": <" + element.tagName() + " " + attribuut + "=\""
								+ element.attr(attribuut) + "\">");
					}
				}
			}
		}
		assertThat(gevonden).as("letterlijke tekst in templates; gebruik #{...}").isEmpty();
	}

	@Test
	void dutchAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Set<String> nl = bundel("messages.properties").stringPropertyNames();
		Set<String> en = bundel("messages_en.properties").stringPropertyNames();
		Set<String> alleenNl = new TreeSet<>(nl);
		alleenNl.removeAll(en);
		Set<String> alleenEn = new TreeSet<>(en);
		alleenEn.removeAll(nl);
		assertThat(alleenNl).as("alleen in messages.properties").isEmpty();
		assertThat(alleenEn).as("alleen in messages_en.properties").isEmpty();
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> sleutels = bundel("messages.properties").stringPropertyNames();
		Set<String> ontbrekend = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = BERICHT_SLEUTEL.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!sleutels.contains(matcher.group(1))) {
					ontbrekend.add(naam(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(ontbrekend).as("sleutels die niet in messages.properties staan").isEmpty();
	}

	@Test
	void theCheckFindsLiteralText() {
		Document document = Jsoup.parse("<div><p>Hallo</p><p th:text=\"#{x}\">Hallo</p></div>", "", Parser.xmlParser());
		long letterlijk = document.getAllElements()
			.stream()
			.filter((e) -> !wordtVervangen(e))
			.flatMap((e) -> e.textNodes().stream())
			.filter((t) -> !t.isBlank())
			.count();
		assertThat(letterlijk).isEqualTo(1);
		Document pagina = Jsoup
			.parse("<html th:replace=\"~{layout :: layout(~{::inhoud})}\"><body><main th:fragment=\"inhoud\">"
					+ "<p>Hallo</p><p th:text=\"#{x}\">Hallo</p></main></body></html>", "", Parser.xmlParser());
		assertThat(pagina.getAllElements()
			.stream()
			.filter((e) -> !wordtVervangen(e))
			.flatMap((e) -> e.textNodes().stream())
			.filter((t) -> !t.isBlank())
			.count()).as("the body of a page on the layout is checked").isEqualTo(1);
	}

	private static boolean wordtVervangen(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			for (String attribuut : VERVANGT_INHOUD) {
				if (e.hasAttr(attribuut)) {
					return true;
				}
			}
			if (e.tagName().equals("script") || e.tagName().equals("style")) {
				return true;
			}
			if (e.hasAttr("th:fragment")) {
				// a fragment is rendered wherever it is inserted, even inside a page
				// whose
				// root is replaced by the layout
				return false;
			}
		}
		return false;
	}

	private static boolean isZichtbareWaarde(Element element) {
		String type = element.attr("type");
		return element.tagName().equals("input") && (type.equals("submit") || type.equals("button"));
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> paden = Files.walk(TEMPLATES)) {
			return paden.filter((p) -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static String naam(Path template) {
		return TEMPLATES.relativize(template).toString();
	}

	private static Properties bundel(String naam) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources", naam))) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

}
