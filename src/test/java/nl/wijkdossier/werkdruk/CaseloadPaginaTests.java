package nl.wijkdossier.werkdruk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.wijkdossier.casus.Urgentie;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.test.Demo;
import nl.wijkdossier.werkdruk.WerkdrukFixture.Medewerker;
import nl.wijkdossier.werkdruk.WerkdrukFixture.Team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The caseload page and the homes as people use them: who may open it, the norm form with
 * its Dutch errors, 422 and nothing stored, a norm changed by someone else in the
 * meantime, sorting and filtering with {@code aria-sort}, no access-log row, the
 * manager's attention list and the wijkwerker's own figures without her colleagues'.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseloadPaginaTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final WerkdrukFixture fixture;

	@Autowired
	CaseloadPaginaTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.fixture = new WerkdrukFixture(jdbc, inwoners, beheer, gebruikers);
	}

	@Test
	void onlyAManagerOpensTheCaseloadOrSetsANorm() throws Exception {
		long team = this.jdbc.sql("select id from wijkteam where naam = 'Wijkteam Stad Centrum'")
			.query(Long.class)
			.single();
		for (String wie : List.of(Demo.WIJKWERKER, Demo.GEMEENTE, Demo.BEHEER, Demo.PRIVACY)) {
			this.mvc.perform(get("/caseload").with(als(wie))).andExpect(status().isForbidden());
			this.mvc.perform(
					post("/caseload/teams/{id}/norm", team).param("casussenPerFte", "5").with(als(wie)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/caseload")).andExpect(status().is3xxRedirection());
		assertThat(normVan(team)).as("nothing stored by a refused request").isNull();
	}

	@Test
	void anotherManagersTeamDoesNotExistForHim() throws Exception {
		Team eigen = this.fixture.team();
		Team ander = this.fixture.team();
		this.mvc.perform(get("/caseload").param("team", String.valueOf(ander.id())).with(als(eigen.manager())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/caseload/teams/{id}/norm", ander.id()).param("casussenPerFte", "12")
				.with(als(eigen.manager()))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(normVan(ander.id())).isNull();
	}

	@Test
	void aWrongNormIsRefusedNextToItsFieldInDutchAndNothingIsStored() throws Exception {
		Team team = this.fixture.team();
		this.fixture.wijkwerker(team, "36");
		for (String[] geval : new String[][] { { "", "Vul de norm in" }, { "twaalf", "Vul een getal in" },
				{ "0", "boven 0 en is hoogstens 60" }, { "61", "boven 0 en is hoogstens 60" },
				{ "12,55", "hoogstens \u00e9\u00e9n cijfer achter de komma" } }) {
			String html = this.mvc
				.perform(post("/caseload/teams/{id}/norm", team.id()).param("casussenPerFte", geval[0])
					.with(als(team.manager()))
					.with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Document pagina = Jsoup.parse(html);
			Element veld = pagina.getElementById("norm-" + team.id());
			assertThat(veld.attr("aria-invalid")).as(geval[0]).isEqualTo("true");
			assertThat(veld.attr("value")).as("what he typed stays").isEqualTo(geval[0]);
			assertThat(veld.attr("aria-describedby")).contains("norm-" + team.id() + "-fout");
			assertThat(pagina.getElementById("norm-" + team.id() + "-fout").text()).contains(geval[1]);
			assertThat(pagina.select("#foutoverzicht a[href=\"#norm-" + team.id() + "\"]").text()).contains(geval[1]);
		}
		assertThat(normVan(team.id())).isNull();
		this.mvc
			.perform(post("/caseload/teams/{id}/norm", team.id()).param("casussenPerFte", "12")
				.param("version", "geen-getal")
				.with(als(team.manager()))
				.with(csrf()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aNormIsSavedAndASecondManagerWithAnOldVersionIsToldInsteadOfOverwriting() throws Exception {
		Team team = this.fixture.team();
		this.fixture.wijkwerker(team, "36");
		this.mvc
			.perform(post("/caseload/teams/{id}/norm", team.id()).param("casussenPerFte", "12,5")
				.with(als(team.manager()))
				.with(csrf()))
			.andExpect(redirectedUrl("/caseload"))
			.andExpect(flash().attribute("melding", "caseload.norm.opgeslagen"));
		assertThat(normVan(team.id())).isEqualByComparingTo("12.5");
		Document pagina = pagina(team.manager(), "/caseload");
		Element veld = pagina.getElementById("norm-" + team.id());
		assertThat(veld.attr("value")).isEqualTo("12,5");
		String version = veld.parent().parent().select("input[name=version]").attr("value");
		assertThat(version).isEqualTo("0");
		assertThat(pagina.getElementById("norm-" + team.id() + "-hulp").text()).startsWith("Gezet door");

		this.mvc
			.perform(post("/caseload/teams/{id}/norm", team.id()).param("casussenPerFte", "14")
				.param("version", version)
				.with(als(team.manager()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String html = this.mvc
			.perform(post("/caseload/teams/{id}/norm", team.id()).param("casussenPerFte", "10")
				.param("version", version)
				.with(als(team.manager()))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).getElementById("norm-" + team.id() + "-fout").text())
			.contains("intussen gewijzigd")
			.contains("nu geldt 14,0")
			.contains("(10)");
		assertThat(normVan(team.id())).as("the other's 14 stays").isEqualByComparingTo("14.0");
		this.mvc
			.perform(post("/caseload/teams/{id}/norm", team.id()).param("casussenPerFte", "10")
				.with(als(team.manager()))
				.with(csrf()))
			.andExpect(status().isConflict());
		assertThat(normVan(team.id())).as("a first norm over an existing one is a conflict too")
			.isEqualByComparingTo("14.0");
	}

	@Test
	void theCaseloadSortsAndFiltersWithAriaSortAndWritesNoAccessLogRow() throws Exception {
		Team team = this.fixture.team();
		Medewerker laag = this.fixture.wijkwerker(team, "36");
		Medewerker hoog = this.fixture.wijkwerker(team, "18");
		Medewerker midden = this.fixture.wijkwerker(team, "36");
		for (int i = 0; i < 6; i++) {
			this.fixture.inBehandeling(team, hoog);
		}
		this.fixture.inBehandeling(team, laag);
		for (int i = 0; i < 5; i++) {
			this.fixture.inBehandeling(team, midden);
		}
		long logVoor = logRegels(team.manager());

		Document standaard = pagina(team.manager(), "/caseload");
		assertThat(standaard.select("th[aria-sort]")).singleElement()
			.satisfies((th) -> assertThat(th.attr("aria-sort")).isEqualTo("ascending"));
		Document perFte = pagina(team.manager(), "/caseload?sorteer=perFte&richting=af");
		assertThat(rijen(perFte)).containsExactly(hoog.id(), midden.id(), laag.id());
		Element kop = perFte.select("th[aria-sort]").first();
		assertThat(kop.attr("aria-sort")).isEqualTo("descending");
		assertThat(kop.select("a").attr("href")).as("a second click sorts the other way")
			.contains("sorteer=perFte")
			.contains("richting=op");
		assertThat(perFte.select("tr[data-medewerker=" + hoog.id() + "]").text()).contains("12,0")
			.contains("boven norm (9,0)");
		assertThat(perFte.select("tr[data-medewerker=" + hoog.id() + "] svg[aria-hidden=true]")).hasSize(1);
		assertThat(perFte
			.select("tr[data-medewerker=" + hoog.id() + "] a[href=\"/regie/overdragen?van=" + hoog.id() + "\"]"))
			.hasSize(1);

		Document boven = pagina(team.manager(), "/caseload?bovenNorm=true&sorteer=naam");
		assertThat(rijen(boven)).containsExactly(hoog.id());
		assertThat(boven.getElementById("filter-boven-norm").hasAttr("checked")).isTrue();

		String fragment = this.mvc
			.perform(get("/caseload").param("bovenNorm", "true").header("HX-Request", "true").with(als(team.manager())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).startsWith("<div id=\"caseload-resultaat\"").doesNotContain("<html");
		assertThat(logRegels(team.manager())).as("counts and colleagues only: no access-log row").isEqualTo(logVoor);
	}

	@Test
	void theManagersHomeSaysWhatNeedsAttentionOrThatNothingDoes() throws Exception {
		Team rustig = this.fixture.team();
		this.fixture.wijkwerker(rustig, "36");
		Document kalm = pagina(rustig.manager(), "/");
		assertThat(kalm.select("section[aria-labelledby=aandacht]").text()).contains("Niets dat nu aandacht vraagt");
		assertThat(kalm.text()).as("the existing content stays").contains("Mijn teams");

		Team druk = this.fixture.team();
		Medewerker anna = this.fixture.wijkwerker(druk, "18");
		for (int i = 0; i < 6; i++) {
			this.fixture.inBehandeling(druk, anna, 90);
		}
		long spoed = this.fixture.wachtend(druk, 1, Urgentie.SPOED, true);
		this.fixture.afwezig(druk, anna, "ZIEKTE", LocalDate.now(ClockConfiguration.ZONE), null);
		Element aandacht = pagina(druk.manager(), "/").selectFirst("section[aria-labelledby=aandacht]");
		assertThat(aandacht.text()).contains("Spoed zonder regievoerder")
			.contains("Afwezig zonder bezetting")
			.contains("Test " + anna.gebruikersnaam())
			.contains("Boven de norm")
			.contains("Groeiende wachtlijst")
			.doesNotContain("Niets dat nu aandacht vraagt");
		assertThat(aandacht.select("a[href=\"/wachtlijst?team=" + druk.id() + "&urgentie=SPOED\"]")).hasSize(1);
		assertThat(aandacht.select("a[href=\"/afwezigheid?medewerker=" + anna.id() + "\"]")).hasSize(1);
		String inwoner = this.jdbc
			.sql("select i.achternaam from casus c join inwoner i on i.id = c.inwoner_id where c.id = ?")
			.param(spoed)
			.query(String.class)
			.single();
		assertThat(aandacht.text()).as("no resident on the list").doesNotContain(inwoner);
	}

	@Test
	void aWijkwerkerSeesHerOwnFiguresAndNoColleaguesCaseload() throws Exception {
		Team team = this.fixture.team();
		Medewerker anna = this.fixture.wijkwerker(team, "24");
		Medewerker bram = this.fixture.wijkwerker(team, "36");
		for (int i = 0; i < 3; i++) {
			this.fixture.inBehandeling(team, anna);
		}
		for (int i = 0; i < 17; i++) {
			this.fixture.inBehandeling(team, bram);
		}
		Document home = pagina(anna.gebruikersnaam(), "/");
		Element cijfers = home.selectFirst("section[aria-labelledby=mijn-cijfers]");
		assertThat(cijfers.select("[data-cijfer=actief] dd").text()).isEqualTo("3");
		assertThat(cijfers.select("[data-cijfer=perFte] dd").text()).contains("4,5").contains("9,0");
		assertThat(cijfers.text()).doesNotContain("boven norm");
		assertThat(home.text()).as("Bram's 17 cases and 17,0 per FTE are nowhere").doesNotContain("17,0");
		assertThat(home.select("[data-medewerker], #caseload-medewerkers-tabel")).isEmpty();
		assertThat(pagina(bram.gebruikersnaam(), "/")
			.select("section[aria-labelledby=mijn-cijfers] " + "[data-cijfer=perFte] dd")
			.text()).contains("17,0").contains("boven norm");
		this.mvc.perform(get("/caseload").with(als(anna.gebruikersnaam()))).andExpect(status().isForbidden());
	}

	private Document pagina(String gebruiker, String pad) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(pad).with(als(gebruiker)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static List<Long> rijen(Document pagina) {
		return pagina.select("#caseload-medewerkers-tabel tbody tr")
			.stream()
			.map((tr) -> Long.parseLong(tr.attr("data-medewerker")))
			.toList();
	}

	private RequestPostProcessor als(String gebruikersnaam) {
		return user(this.gebruikers.loadUserByUsername(gebruikersnaam));
	}

	private BigDecimal normVan(long teamId) {
		return this.jdbc.sql("select casussen_per_fte from caseload_norm where team_id = ?")
			.param(teamId)
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
	}

	private long logRegels(String gebruikersnaam) {
		return this.jdbc.sql("select count(*) from toegangslog where gebruikersnaam = ?")
			.param(gebruikersnaam)
			.query(Long.class)
			.single();
	}

}
