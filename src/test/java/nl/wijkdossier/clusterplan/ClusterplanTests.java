package nl.wijkdossier.clusterplan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cluster plan as people use it: the gemeente adopts versions that never overwrite
 * each other, a stale form is a friendly conflict, wrong input is refused next to its
 * field in Dutch with nothing stored, and who may read or edit which plan.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClusterplanTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final Clusterplannen plannen;

	private final ClusterplanFixture fixture;

	@Autowired
	ClusterplanTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Clusterplannen plannen,
			Inwoners inwoners, OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.plannen = plannen;
		this.fixture = new ClusterplanFixture(jdbc, inwoners, beheer);
	}

	@Test
	void eachSaveIsANewVersionAndEarlierVersionsStayAsTheyWere() throws Exception {
		ClusterplanFixture.Cluster cluster = this.fixture.cluster();
		Map<String, String> eerste = plan("Eén team met vier voordeuren.\r\n\r\nInformeel eerst.", "0");
		eerste.put("streefwaarden[MAX_MEDIANE_WACHTTIJD_DAGEN]", "42");
		eerste.put("streefwaarden[MAX_CASELOAD_PER_FTE]", "15,5");
		legVast(cluster.id(), eerste).andExpect(redirectedUrl("/clusterplannen/" + cluster.id()))
			.andExpect(flash().attribute("melding", "clusterplan.gemeld.vastgesteld"));

		Map<String, String> tweede = plan("Een nieuwe visie.", "1");
		tweede.put("streefwaarden[MIN_AANDEEL_INFORMEEL_PROCENT]", "40");
		legVast(cluster.id(), tweede).andExpect(redirectedUrl("/clusterplannen/" + cluster.id()));

		Clusterplan huidig = this.plannen.huidig(cluster.id()).orElseThrow();
		assertThat(huidig.versie()).isEqualTo(2);
		assertThat(huidig.visie()).isEqualTo("Een nieuwe visie.");
		assertThat(huidig.streefwaarden()).extracting(Streefwaarde::soort)
			.containsExactly(StreefwaardeSoort.MIN_AANDEEL_INFORMEEL_PROCENT);
		Clusterplan oud = this.plannen.versie(cluster.id(), 1).orElseThrow();
		assertThat(oud.visie()).as("line breaks stored as \\n")
			.isEqualTo("Eén team met vier voordeuren.\n\nInformeel eerst.");
		assertThat(oud.streefwaarden()).extracting(Streefwaarde::soort, Streefwaarde::waardeTekst)
			.containsExactly(tuple(StreefwaardeSoort.MAX_MEDIANE_WACHTTIJD_DAGEN, "42"),
					tuple(StreefwaardeSoort.MAX_CASELOAD_PER_FTE, "15,5"));
		assertThat(oud.vastgesteldDoor()).isEqualTo(weergavenaam(Demo.GEMEENTE));
		assertThat(this.plannen.historie(cluster.id())).extracting(PlanVersie::versie, PlanVersie::aantalStreefwaarden)
			.containsExactly(tuple(2, 1), tuple(1, 2));

		Document pagina = pagina(Demo.GEMEENTE, "/clusterplannen/" + cluster.id());
		assertThat(pagina.select(".clusterplan-tekst").first().text()).isEqualTo("Een nieuwe visie.");
		assertThat(pagina.select("#streefwaarden tbody tr[data-soort=MIN_AANDEEL_INFORMEEL_PROCENT] td").first().text())
			.as("the gemeente sees the target beside the actual figure")
			.isEqualTo("minstens 40%");
		assertThat(pagina.select("#historie tbody tr")).hasSize(2);
		assertThat(pagina.select("#historie a[aria-current=page]").text()).isEqualTo("Versie 2");
		assertThat(pagina.getElementById("oudere-versie")).isNull();
		Document ouder = pagina(Demo.GEMEENTE, "/clusterplannen/" + cluster.id() + "?versie=1");
		assertThat(ouder.getElementById("oudere-versie").text()).contains("versie 1", "versie 2");
		assertThat(ouder.select("#streefwaarden dd").eachText()).containsExactly("hoogstens 42 dagen",
				"hoogstens 15,5 per FTE");
		assertThat(ouder.getElementById("plan-bewerken")).as("an old version is not the one to edit").isNull();
		this.mvc.perform(get("/clusterplannen/{id}", cluster.id()).param("versie", "3").with(als(Demo.GEMEENTE)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDatabaseNeverChangesOrRemovesAVersion() throws Exception {
		ClusterplanFixture.Cluster cluster = this.fixture.cluster();
		legVast(cluster.id(), plan("Visie", "0")).andExpect(status().is3xxRedirection());
		assertThatThrownBy(() -> this.jdbc.sql("update clusterplan_versie set visie = 'x' where cluster_id = ?")
			.param(cluster.id())
			.update()).hasStackTraceContaining("nooit gewijzigd");
		assertThatThrownBy(
				() -> this.jdbc.sql("delete from clusterplan_versie where cluster_id = ?").param(cluster.id()).update())
			.hasStackTraceContaining("nooit gewijzigd");
	}

	@Test
	void aFormOpenedOnAnOlderVersionIsAConflictThatShowsBothAndStoresNothing() throws Exception {
		ClusterplanFixture.Cluster cluster = this.fixture.cluster();
		Map<String, String> eerste = plan("Visie van Anne", "0");
		eerste.put("streefwaarden[MAX_CASELOAD_PER_FTE]", "16");
		legVast(cluster.id(), eerste).andExpect(status().is3xxRedirection());
		legVast(cluster.id(), plan("Visie van Bram", "1")).andExpect(status().is3xxRedirection());

		Map<String, String> verouderd = plan("Visie van Carla", "1");
		verouderd.put("streefwaarden[MIN_WMO_OP_TIJD_PROCENT]", "80");
		String html = legVast(cluster.id(), verouderd).andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(this.fixture.versies(cluster.id())).as("nothing stored").isEqualTo(2);
		assertThat(this.plannen.huidig(cluster.id()).orElseThrow().visie()).isEqualTo("Visie van Bram");
		Document pagina = Jsoup.parse(html);
		assertThat(pagina.getElementById("conflict").text()).contains("versie 2", "niet opgeslagen");
		assertThat(pagina.select(".vergelijking tr.table-warning th").eachText()).contains("Visie",
				"Wmo-onderzoeken binnen 6 weken");
		assertThat(pagina.select(".vergelijking").text()).contains("Visie van Bram", "Visie van Carla");
		assertThat(pagina.getElementById("visie").text()).as("her text is kept").isEqualTo("Visie van Carla");
		assertThat(pagina.getElementById("streefwaarde-MIN_WMO_OP_TIJD_PROCENT").attr("value")).isEqualTo("80");
		assertThat(pagina.select("input[name=basisVersie]").attr("value")).as("she continues from version 2")
			.isEqualTo("2");

		// two people adopting the first plan of a cluster at the same time
		ClusterplanFixture.Cluster nieuw = this.fixture.cluster();
		legVast(nieuw.id(), plan("Eerste", "0")).andExpect(status().is3xxRedirection());
		legVast(nieuw.id(), plan("Ook eerste", "0")).andExpect(status().isConflict());
		assertThat(this.fixture.versies(nieuw.id())).isEqualTo(1);
	}

	@Test
	void savingWithoutAChangeMakesNoNewVersion() throws Exception {
		ClusterplanFixture.Cluster cluster = this.fixture.cluster();
		Map<String, String> formulier = plan("Visie", "0");
		formulier.put("streefwaarden[MAX_CASELOAD_PER_FTE]", "15");
		legVast(cluster.id(), formulier).andExpect(status().is3xxRedirection());
		Document bewerken = pagina(Demo.GEMEENTE, "/clusterplannen/" + cluster.id() + "/bewerken");
		assertThat(bewerken.getElementById("streefwaarde-MAX_CASELOAD_PER_FTE").attr("value")).isEqualTo("15");
		assertThat(bewerken.select("input[name=basisVersie]").attr("value")).isEqualTo("1");
		formulier.put("basisVersie", "1");
		formulier.put("streefwaarden[MAX_CASELOAD_PER_FTE]", "15,0");
		legVast(cluster.id(), formulier).andExpect(flash().attribute("melding", "clusterplan.gemeld.ongewijzigd"));
		assertThat(this.fixture.versies(cluster.id())).isEqualTo(1);
	}

	@Test
	void wrongInputIsRefusedNextToItsFieldInDutchAndNothingIsStored() throws Exception {
		ClusterplanFixture.Cluster cluster = this.fixture.cluster();
		String[][] gevallen = { { "visie", "", "visie", "Beschrijf de visie" },
				{ "opgaven", "   ", "opgaven", "Noem de belangrijkste opgaven" },
				{ "visie", "x".repeat(4001), "visie", "hoogstens 4.000 tekens; nu zijn het er 4.001" },
				{ "streefwaarden[MAX_MEDIANE_WACHTTIJD_DAGEN]", "366", "streefwaarde-MAX_MEDIANE_WACHTTIJD_DAGEN",
						"van 0 tot en met 365" },
				{ "streefwaarden[MAX_MEDIANE_WACHTTIJD_DAGEN]", "30,5", "streefwaarde-MAX_MEDIANE_WACHTTIJD_DAGEN",
						"heel aantal dagen" },
				{ "streefwaarden[MAX_MEDIANE_WACHTTIJD_DAGEN]", "zes weken", "streefwaarde-MAX_MEDIANE_WACHTTIJD_DAGEN",
						"Vul een aantal dagen in" },
				{ "streefwaarden[MAX_CASELOAD_PER_FTE]", "0", "streefwaarde-MAX_CASELOAD_PER_FTE",
						"van 1 tot en met 60 per FTE" },
				{ "streefwaarden[MAX_CASELOAD_PER_FTE]", "61", "streefwaarde-MAX_CASELOAD_PER_FTE",
						"van 1 tot en met 60 per FTE" },
				{ "streefwaarden[MAX_CASELOAD_PER_FTE]", "14,25", "streefwaarde-MAX_CASELOAD_PER_FTE",
						"één cijfer achter de komma" },
				{ "streefwaarden[MIN_AANDEEL_INFORMEEL_PROCENT]", "100,5", "streefwaarde-MIN_AANDEEL_INFORMEEL_PROCENT",
						"van 0 tot en met 100" },
				{ "streefwaarden[MIN_WMO_OP_TIJD_PROCENT]", "-1", "streefwaarde-MIN_WMO_OP_TIJD_PROCENT",
						"van 0 tot en met 100" },
				{ "streefwaarden[MIN_WMO_OP_TIJD_PROCENT]", "80%", "streefwaarde-MIN_WMO_OP_TIJD_PROCENT",
						"zonder %-teken" } };
		for (String[] geval : gevallen) {
			Map<String, String> formulier = plan("Een goede visie", "0");
			formulier.put("streefwaarden[MAX_CASELOAD_PER_FTE]", "15");
			formulier.put(geval[0], geval[1]);
			String html = legVast(cluster.id(), formulier).andExpect(status().isUnprocessableContent())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Document pagina = Jsoup.parse(html);
			Element veld = pagina.getElementById(geval[2]);
			assertThat(veld.attr("aria-invalid")).as(geval[1]).isEqualTo("true");
			assertThat(veld.attr("aria-describedby")).contains(geval[2] + "-fout");
			assertThat(pagina.getElementById(geval[2] + "-fout").text()).as(geval[1]).contains(geval[3]);
			assertThat(pagina.select("#foutoverzicht a[href=#" + geval[2] + "]").text()).contains(geval[3]);
			String getypt = veld.tagName().equals("textarea") ? veld.text() : veld.attr("value");
			assertThat(getypt).as("what she typed stays").isEqualTo(geval[1].strip());
		}
		assertThat(this.fixture.versies(cluster.id())).isZero();

		Map<String, String> zonderVersie = plan("Visie", "0");
		zonderVersie.remove("basisVersie");
		legVast(cluster.id(), zonderVersie).andExpect(status().isBadRequest());
		legVast(cluster.id(), plan("Visie", "twee")).andExpect(status().isBadRequest());
		assertThat(this.fixture.versies(cluster.id())).isZero();
	}

	@Test
	void theGemeenteReadsAndEditsEveryPlanAndAnUnknownClusterIsNotFound() throws Exception {
		ClusterplanFixture.Cluster cluster = this.fixture.cluster();
		Document lijst = pagina(Demo.GEMEENTE, "/clusterplannen");
		Element regel = lijst.selectFirst("#clusterplannen tr[data-cluster=" + cluster.id() + "]");
		assertThat(regel.text()).contains("Nog geen plan", "Plan opstellen");
		assertThat(lijst.select("#clusterplannen tbody tr").size()).as("the demo clusters too")
			.isGreaterThanOrEqualTo(4);
		this.mvc.perform(get("/clusterplannen/{id}/bewerken", cluster.id()).with(als(Demo.GEMEENTE)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/clusterplannen/{id}", 999_999_999L).with(als(Demo.GEMEENTE)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clusterplannen/{id}/bewerken", 999_999_999L).with(als(Demo.GEMEENTE)))
			.andExpect(status().isNotFound());
		legVast(999_999_999L, plan("Visie", "0")).andExpect(status().isNotFound());
	}

	@Test
	void aManagerReadsThePlansOfHisClustersOnlyAndEditsNone() throws Exception {
		ClusterplanFixture.Cluster eigen = this.fixture.cluster();
		ClusterplanFixture.Cluster ander = this.fixture.cluster();
		legVast(eigen.id(), plan("Visie van mijn cluster", "0")).andExpect(status().is3xxRedirection());
		legVast(ander.id(), plan("Visie van een ander cluster", "0")).andExpect(status().is3xxRedirection());

		Document plan = pagina(eigen.manager(), "/clusterplannen/" + eigen.id());
		assertThat(plan.text()).contains("Visie van mijn cluster");
		assertThat(plan.getElementById("plan-bewerken")).isNull();
		Document lijst = pagina(eigen.manager(), "/clusterplannen");
		assertThat(lijst.select("#clusterplannen tbody tr")).extracting((e) -> e.attr("data-cluster"))
			.containsExactly(String.valueOf(eigen.id()));
		this.mvc.perform(get("/clusterplannen/{id}", ander.id()).with(als(eigen.manager())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clusterplannen/{id}/bewerken", eigen.id()).with(als(eigen.manager())))
			.andExpect(status().isForbidden());
		this.mvc.perform(bewerken(eigen.id(), plan("Overschreven", "1")).with(als(eigen.manager())))
			.andExpect(status().isForbidden());
		assertThat(this.fixture.versies(eigen.id())).isEqualTo(1);
	}

	@Test
	void aWijkwerkerReadsHerOwnClustersPlanButMayNotEditIt() throws Exception {
		ClusterplanFixture.Cluster eigen = this.fixture.cluster();
		ClusterplanFixture.Cluster ander = this.fixture.cluster();
		legVast(eigen.id(), plan("Visie voor het team", "0")).andExpect(status().is3xxRedirection());

		assertThat(pagina(eigen.wijkwerker(), "/clusterplannen/" + eigen.id()).text()).contains("Visie voor het team");
		assertThat(pagina(eigen.wijkwerker(), "/clusterplannen").select("#clusterplannen tbody tr")).hasSize(1);
		this.mvc.perform(get("/clusterplannen/{id}", ander.id()).with(als(eigen.wijkwerker())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clusterplannen/{id}/bewerken", eigen.id()).with(als(eigen.wijkwerker())))
			.andExpect(status().isForbidden());
		this.mvc.perform(bewerken(eigen.id(), plan("Overschreven", "1")).with(als(eigen.wijkwerker())))
			.andExpect(status().isForbidden());
		assertThat(this.plannen.huidig(eigen.id()).orElseThrow().visie()).isEqualTo("Visie voor het team");
	}

	@Test
	void beheerAndPrivacyHaveNoTaskWithThePlans() throws Exception {
		ClusterplanFixture.Cluster cluster = this.fixture.cluster();
		for (String wie : List.of(Demo.BEHEER, Demo.PRIVACY)) {
			this.mvc.perform(get("/clusterplannen").with(als(wie))).andExpect(status().isForbidden());
			this.mvc.perform(get("/clusterplannen/{id}", cluster.id()).with(als(wie)))
				.andExpect(status().isForbidden());
			this.mvc.perform(bewerken(cluster.id(), plan("Visie", "0")).with(als(wie)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/clusterplannen")).andExpect(status().is3xxRedirection());
		assertThat(this.fixture.versies(cluster.id())).isZero();
	}

	@Test
	void theDemoCityHasAPlanForEveryClusterAndTwoVersionsForClusterStad() throws Exception {
		for (String naam : List.of("Cluster Stad", "Cluster Haven en Poort", "Cluster Buiten en Hout")) {
			long id = this.jdbc.sql("select id from cluster where naam = ?").param(naam).query(Long.class).single();
			Clusterplan plan = this.plannen.huidig(id).orElseThrow();
			assertThat(plan.visie()).as(naam).hasSizeGreaterThan(100);
			assertThat(plan.streefwaarden()).as(naam).isNotEmpty();
			if (naam.equals("Cluster Stad")) {
				assertThat(this.plannen.historie(id)).hasSizeGreaterThanOrEqualTo(2);
			}
		}
		Document home = pagina(Demo.GEMEENTE, "/");
		assertThat(home.getElementById("naar-clusterplannen").attr("href")).isEqualTo("/clusterplannen");
	}

	private ResultActions legVast(long clusterId, Map<String, String> velden) throws Exception {
		return this.mvc.perform(bewerken(clusterId, velden).with(als(Demo.GEMEENTE)));
	}

	private static MockHttpServletRequestBuilder bewerken(long clusterId, Map<String, String> velden) {
		MockHttpServletRequestBuilder request = post("/clusterplannen/{id}/bewerken", clusterId).with(csrf());
		velden.forEach(request::param);
		return request;
	}

	private static Map<String, String> plan(String visie, String basisVersie) {
		Map<String, String> velden = new LinkedHashMap<>();
		velden.put("visie", visie);
		velden.put("opgaven", "De wachtlijst terugdringen.");
		velden.put("beoogdeOntwikkeling", "Eén gezamenlijke wachtlijst.");
		velden.put("basisVersie", basisVersie);
		return velden;
	}

	private Document pagina(String wie, String pad) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(pad).with(als(wie)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private String weergavenaam(String gebruikersnaam) {
		return this.jdbc.sql("select weergavenaam from gebruiker where gebruikersnaam = ?")
			.param(gebruikersnaam)
			.query(String.class)
			.single();
	}

	private RequestPostProcessor als(String gebruikersnaam) {
		return user(this.gebruikers.loadUserByUsername(gebruikersnaam));
	}

}
