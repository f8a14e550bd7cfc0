package nl.wijkdossier.clusterplan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fragment the dashboards include, {@code clusterplan/fragmenten :: doelen}: each
 * target with its value, the actual figure and the status in words — never colour alone —
 * and "onbekend" or "afgeschermd" where there is no figure.
 */
@SpringBootTest
class ClusterplanFragmentTests {

	private final ITemplateEngine templates;

	@Autowired
	ClusterplanFragmentTests(ITemplateEngine templates) {
		this.templates = templates;
	}

	@Test
	void everyRowSaysTheStatusInWords() {
		List<DoelRegel> doelen = List.of(
				DoelRegel.van(StreefwaardeSoort.MAX_MEDIANE_WACHTTIJD_DAGEN, getal("35"), getal("41")),
				DoelRegel.van(StreefwaardeSoort.MIN_AANDEEL_INFORMEEL_PROCENT, getal("40.0"), getal("42.5")),
				DoelRegel.van(StreefwaardeSoort.MAX_CASELOAD_PER_FTE, getal("15.0"), null),
				DoelRegel.afgeschermd(StreefwaardeSoort.MIN_WMO_OP_TIJD_PROCENT, getal("80")));
		Document html = render(doelen);
		List<Element> rijen = html.select("tbody tr");
		assertThat(rijen).hasSize(4);
		assertThat(rijen.get(0).select("th, td").eachText()).containsExactly("Mediane wachttijd", "hoogstens 35 dagen",
				"41 dagen", "✗ Niet gehaald");
		assertThat(rijen.get(1).select("th, td").eachText()).containsExactly("Aandeel informele verwijzingen",
				"minstens 40%", "42,5%", "✓ Gehaald");
		assertThat(rijen.get(2).select("th, td").eachText()).containsExactly("Caseload per FTE", "hoogstens 15 per FTE",
				"onbekend", "? Onbekend");
		assertThat(rijen.get(3).select("td").get(1).text()).isEqualTo("afgeschermd (te weinig personen)");
		assertThat(rijen.get(0).attr("data-bereik")).isEqualTo("NIET_GEHAALD");
		assertThat(html.select(".clusterplan-bereik-teken").attr("aria-hidden")).isEqualTo("true");
		assertThat(html.select("caption").text()).isNotBlank();
		assertThat(html.select("link[rel=stylesheet]").attr("href")).isEqualTo("/css/clusterplan.css");
	}

	@Test
	void withoutTargetsItSaysSo() {
		assertThat(render(List.of()).text()).isEqualTo("Geen streefwaarden vastgesteld.");
	}

	private Document render(List<DoelRegel> doelen) {
		MockServletContext servletContext = new MockServletContext();
		JakartaServletWebApplication app = JakartaServletWebApplication.buildApplication(servletContext);
		MockHttpServletRequest request = new MockHttpServletRequest(servletContext);
		WebContext context = new WebContext(app.buildExchange(request, new MockHttpServletResponse()),
				Locale.forLanguageTag("nl"), Map.of("doelen", doelen));
		return Jsoup.parse(this.templates.process("clusterplan/fragmenten", Set.of("doelen"), context));
	}

	private static BigDecimal getal(String tekst) {
		return new BigDecimal(tekst);
	}

}
