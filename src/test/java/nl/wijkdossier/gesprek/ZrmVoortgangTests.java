package nl.wijkdossier.gesprek;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.web.Datums;
import nl.wijkdossier.test.Demo;

import static nl.wijkdossier.shared.ZrmDomein.FINANCIEN;
import static nl.wijkdossier.shared.ZrmDomein.HUISVESTING;
import static nl.wijkdossier.shared.ZrmDomein.SOCIAAL_NETWERK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * ZRM progress on the dossier: per domain ever scored, its scores over time, the latest,
 * the change since the first and the latest target, as a small chart (inline SVG without
 * style attributes) and as a table with the same data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ZrmVoortgangTests {

	private static final LocalDate JAN = LocalDate.of(2026, 1, 12);

	private static final LocalDate FEB = LocalDate.of(2026, 2, 9);

	private static final LocalDate MRT = LocalDate.of(2026, 3, 16);

	private final MockMvc mvc;

	private final GesprekTestdata data;

	@Autowired
	ZrmVoortgangTests(MockMvc mvc, JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer,
			UserDetailsService gebruikers) {
		this.mvc = mvc;
		this.data = new GesprekTestdata(jdbc, inwoners, beheer, gebruikers);
	}

	@Test
	void scoresAreOrderedByDateWhateverOrderTheyComeIn() {
		ZrmVoortgang voortgang = ZrmVoortgang.van(List.of(new ZrmVoortgang.Score(3, MRT, FINANCIEN, 4, null),
				new ZrmVoortgang.Score(1, JAN, FINANCIEN, 2, 4), new ZrmVoortgang.Score(2, FEB, FINANCIEN, 3, 5)));

		ZrmVoortgang.Domein financien = voortgang.domeinen().get(0);
		assertThat(financien.metingen()).extracting(ZrmVoortgang.Meting::score).containsExactly(2, 3, 4);
		assertThat(financien.eerste().datum()).isEqualTo(JAN);
		assertThat(financien.laatste().score()).isEqualTo(4);
		assertThat(financien.verschil()).isEqualTo(2);
		assertThat(financien.verschilSleutel()).isEqualTo("zrmvoortgang.verschil.hoger");
		assertThat(financien.doel()).as("the latest target that was set").isEqualTo(5);
		assertThat(voortgang.gesprekken()).extracting(ZrmVoortgang.Gesprek::datum).containsExactly(JAN, FEB, MRT);
	}

	@Test
	void aDomainNotScoredInAConversationHasAnEmptyCellThere() {
		ZrmVoortgang voortgang = ZrmVoortgang.van(List.of(new ZrmVoortgang.Score(1, JAN, FINANCIEN, 2, null),
				new ZrmVoortgang.Score(1, JAN, HUISVESTING, 3, null),
				new ZrmVoortgang.Score(2, FEB, FINANCIEN, 1, null),
				new ZrmVoortgang.Score(3, MRT, HUISVESTING, 3, null)));

		assertThat(voortgang.domeinen()).extracting(ZrmVoortgang.Domein::domein)
			.as("matrix order, only the scored domains")
			.containsExactly(FINANCIEN, HUISVESTING);
		assertThat(voortgang.domeinen().get(0).perGesprek()).containsExactly(2, 1, null);
		assertThat(voortgang.domeinen().get(1).perGesprek()).containsExactly(3, null, 3);
		assertThat(voortgang.domeinen().get(0).verschilSleutel()).isEqualTo("zrmvoortgang.verschil.lager");
		assertThat(voortgang.domeinen().get(0).verschilGrootte()).isEqualTo(1);
		assertThat(voortgang.domeinen().get(1).verschilSleutel()).isEqualTo("zrmvoortgang.verschil.gelijk");
		assertThat(voortgang.domeinen().get(1).doel()).isNull();
	}

	@Test
	void theChartPutsLevelFiveAtTheTopAndOneMeasurementInTheMiddle() {
		assertThat(ZrmVoortgang.y(5)).isLessThan(ZrmVoortgang.y(4));
		assertThat(ZrmVoortgang.y(1)).isGreaterThan(ZrmVoortgang.y(2));
		assertThat(ZrmVoortgang.y(1)).isLessThan(ZrmVoortgang.HOOGTE);
		assertThat(ZrmVoortgang.y(5)).isGreaterThan(0);
		assertThat(ZrmVoortgang.x(0, 1)).isEqualTo(ZrmVoortgang.x(1, 3));
		assertThat(ZrmVoortgang.x(0, 3)).isLessThan(ZrmVoortgang.x(2, 3));

		ZrmVoortgang.Domein een = ZrmVoortgang.van(List.of(new ZrmVoortgang.Score(1, JAN, SOCIAAL_NETWERK, 3, 4)))
			.domeinen()
			.get(0);
		assertThat(een.isEnkeleMeting()).isTrue();
		assertThat(een.verschilSleutel()).isEqualTo("zrmvoortgang.verschil.eerste");
		assertThat(een.grafiek().punten()).hasSize(1);
		assertThat(een.grafiek().doelY()).isEqualTo(ZrmVoortgang.y(4));
	}

	@Test
	void chartCoordinatesUseADotInEveryLocale() {
		Locale voor = Locale.getDefault();
		try {
			Locale.setDefault(Locale.GERMANY);
			ZrmVoortgang.Grafiek grafiek = ZrmVoortgang.van(List.of(new ZrmVoortgang.Score(1, JAN, FINANCIEN, 2, null),
					new ZrmVoortgang.Score(2, FEB, FINANCIEN, 3, null),
					new ZrmVoortgang.Score(3, MRT, FINANCIEN, 5, null)))
				.domeinen()
				.get(0)
				.grafiek();
			assertThat(grafiek.lijn()).matches("\\d+\\.\\d,\\d+\\.\\d( \\d+\\.\\d,\\d+\\.\\d){2}");
		}
		finally {
			Locale.setDefault(voor);
		}
	}

	@Test
	void aScoreOutsideOneToFiveIsNoScore() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ZrmVoortgang.Score(1, JAN, FINANCIEN, 6, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new ZrmVoortgang.Score(1, JAN, FINANCIEN, 0, null));
	}

	@Test
	void theDossierShowsAChartAndATablePerScoredDomain() throws Exception {
		long casus = this.data.casus();
		LocalDate vandaag = GesprekTestdata.vandaag();
		long eerste = this.data.gesprek(casus, vandaag.minusDays(60)).opslaan();
		long tweede = this.data.gesprek(casus, vandaag.minusDays(30)).opslaan();
		long derde = this.data.gesprek(casus, vandaag.minusDays(2)).opslaan();
		this.data.zrm(eerste, FINANCIEN, 2, 4);
		this.data.zrm(eerste, HUISVESTING, 4, null);
		this.data.zrm(tweede, FINANCIEN, 3, null);
		this.data.zrm(derde, FINANCIEN, 4, 5);

		Document pagina = dossier(casus);
		Element sectie = pagina.selectFirst("section[aria-labelledby=zrm-voortgang-titel]");
		assertThat(sectie).isNotNull();
		assertThat(sectie.select("svg[role=img]")).hasSize(2);
		Element financien = sectie.select("svg[role=img]").first();
		assertThat(financien.attr("aria-label"))
			.isEqualTo("Financi\u00ebn: van 2 op " + Datums.dag(vandaag.minusDays(60)) + " naar 4 op "
					+ Datums.dag(vandaag.minusDays(2)) + ", 3 metingen. Doel: 5.");
		assertThat(financien.select("circle")).hasSize(3);
		assertThat(financien.select("polyline")).hasSize(1);
		assertThat(financien.select("line[stroke-dasharray]")).as("the target line").hasSize(1);
		assertThat(sectie.text()).contains("Nu 4: voldoende zelfredzaam")
			.contains("2 hoger dan de eerste meting (" + Datums.dag(vandaag.minusDays(60)) + ")")
			.contains("Doel 5: volledig zelfredzaam")
			.contains("Eerste meting, op " + Datums.dag(vandaag.minusDays(60)));
		Element huisvesting = sectie.select("svg[role=img]").get(1);
		assertThat(huisvesting.attr("aria-label")).startsWith("Huisvesting: score 4 op");
		assertThat(huisvesting.select("polyline")).isEmpty();

		Element tabel = sectie.selectFirst("table");
		assertThat(tabel.selectFirst("caption").text()).startsWith("ZRM-scores per gesprek");
		assertThat(tabel.select("thead th[scope=col] time")).extracting((t) -> t.attr("datetime"))
			.containsExactly(vandaag.minusDays(60).toString(), vandaag.minusDays(30).toString(),
					vandaag.minusDays(2).toString());
		assertThat(tabel.select("tbody th[scope=row]")).extracting(Element::text)
			.containsExactly("Financi\u00ebn", "Huisvesting");
		assertThat(tabel.select("tbody tr").get(0).select("td")).extracting(Element::text)
			.containsExactly("2", "3", "4", "5");
		assertThat(tabel.select("tbody tr").get(1).select("td").get(1).text()).contains("niet gescoord");
		assertThat(pagina.select("main [style]")).as("no style attributes: the CSP forbids them").isEmpty();
	}

	@Test
	void aCaseWithoutScoresShowsAOneLineHintInstead() throws Exception {
		long casus = this.data.casus();
		this.data.gesprek(casus, GesprekTestdata.vandaag()).opslaan();

		Element sectie = dossier(casus).selectFirst("section[aria-labelledby=zrm-voortgang-titel]");
		assertThat(sectie.select("svg, table")).isEmpty();
		assertThat(sectie.text()).contains("Nog geen ZRM-scores.");
	}

	@Test
	void aColleagueOfAnotherClusterDoesNotSeeTheProgress() throws Exception {
		long casus = this.data.casus();
		long gesprek = this.data.gesprek(casus, GesprekTestdata.vandaag()).opslaan();
		this.data.zrm(gesprek, FINANCIEN, 2, null);
		this.mvc.perform(get("/casussen/{id}", casus).with(this.data.als(Demo.WIJKWERKER2)))
			.andExpect(status().isNotFound());
		assertThat(this.data.log("CASUS_BEKEKEN", Demo.WIJKWERKER2, casus, "DENIED")).isEqualTo(1);
	}

	private Document dossier(long casus) throws Exception {
		String html = this.mvc.perform(get("/casussen/{id}", casus).with(this.data.als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
