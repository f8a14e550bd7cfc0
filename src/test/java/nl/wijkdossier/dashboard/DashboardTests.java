package nl.wijkdossier.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees which dashboard, the period choice with its errors, the CSV export, and small
 * counts suppressed in page, CSV and chart — on a fresh team whose counts are known.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final CasusFixtures fixtures;

	private final OrganisatieBeheer beheer;

	@Autowired
	DashboardTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
		this.beheer = beheer;
	}

	@Test
	void aClusterWithoutTeamsYetHasAnEmptyDashboardAndAnUnknownOneIsNotFound() throws Exception {
		long leeg = this.beheer.nieuwCluster("Cluster Zonder Teams " + System.nanoTime());
		MvcResult pagina = this.mvc.perform(get("/dashboard/clusters/{id}", leeg).with(als(Demo.GEMEENTE)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(pagina.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Cluster Zonder Teams");
		this.mvc.perform(get("/dashboard/clusters/{id}", Long.MAX_VALUE).with(als(Demo.GEMEENTE)))
			.andExpect(status().isNotFound());
	}

	@Test
	void wijkwerkerBeheerAndPrivacyGet403OnTheCityDashboard() throws Exception {
		for (String naam : new String[] { Demo.WIJKWERKER, Demo.BEHEER, Demo.PRIVACY }) {
			this.mvc.perform(get("/dashboard").with(als(naam))).andExpect(status().isForbidden());
			this.mvc.perform(get("/dashboard").param("export", "aanmeldingen").with(als(naam)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void theGemeenteSeesTheCityAClusterAndATeamWithTheirFreshness() throws Exception {
		String stad = pagina(Demo.GEMEENTE, "/dashboard", 200);
		assertThat(stad).contains("Dashboard gemeente", "Bijgewerkt om", "Aanmeldingen per kanaal",
				"Afgesloten casussen per reden", "Lopende casussen", "Wachtlijst", "Wmo-termijnen gehaald",
				"Trend over 12 maanden", "chart.umd.min.js", "/js/dashboard.js", "data-grafiek=\"{&quot;type&quot;:");
		assertThat(stad).doesNotContain("<script>");
		java.util.regex.Matcher chartJs = java.util.regex.Pattern.compile("src=\"([^\"]*chart\\.umd\\.min\\.js)\"")
			.matcher(stad);
		assertThat(chartJs.find()).isTrue();
		this.mvc.perform(get(chartJs.group(1))).andExpect(status().isOk());
		CasusFixtures.NieuwTeam team = this.fixtures.nieuwTeam();
		assertThat(pagina(Demo.GEMEENTE, "/dashboard/clusters/" + team.clusterId(), 200)).contains("Dashboard Cluster");
		assertThat(pagina(Demo.GEMEENTE, "/dashboard/teams/" + team.teamId(), 200)).contains("Dashboard Wijkteam");
		pagina(Demo.GEMEENTE, "/dashboard/teams/999999999", 404);
		pagina(Demo.GEMEENTE, "/dashboard/clusters/999999999", 404);
	}

	@Test
	void aManagerSeesOnlyHisTeamsAndTheirClusters() throws Exception {
		long eigenTeam = this.fixtures.teamVan(Demo.WIJKWERKER);
		long eigenCluster = this.jdbc.sql("select cluster_id from wijkteam where id = ?")
			.param(eigenTeam)
			.query(Long.class)
			.single();
		assertThat(pagina(Demo.MANAGER, "/dashboard", 200)).contains("Dashboard van mijn teams");
		pagina(Demo.MANAGER, "/dashboard/teams/" + eigenTeam, 200);
		pagina(Demo.MANAGER, "/dashboard/clusters/" + eigenCluster, 200);
		CasusFixtures.NieuwTeam vreemd = this.fixtures.nieuwTeam();
		pagina(Demo.MANAGER, "/dashboard/teams/" + vreemd.teamId(), 404);
		pagina(Demo.MANAGER, "/dashboard/clusters/" + vreemd.clusterId(), 404);
		this.mvc
			.perform(get("/dashboard/teams/" + vreemd.teamId()).param("export", "aanmeldingen").with(als(Demo.MANAGER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aWrongCustomPeriodIsA422WithADutchErrorNextToTheField() throws Exception {
		String html = this.mvc
			.perform(get("/dashboard").param("periode", "ANDERS")
				.param("van", "2026-03-01")
				.param("tot", "2026-02-01")
				.with(als(Demo.GEMEENTE)))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("De laatste dag ligt voor de eerste dag.", "id=\"tot-fout\"", "aria-invalid=\"true\"",
				"href=\"#tot\"");
		assertThat(html).doesNotContain("Aanmeldingen per kanaal");
		String leeg = this.mvc.perform(get("/dashboard").param("periode", "ANDERS").with(als(Demo.GEMEENTE)))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(leeg).contains("Vul de eerste dag van de periode in.", "Vul de laatste dag van de periode in.");
		this.mvc
			.perform(get("/dashboard").param("periode", "ANDERS")
				.param("van", "gisteren")
				.param("tot", "2026-01-01")
				.param("export", "aanmeldingen")
				.with(als(Demo.GEMEENTE)))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void smallCountsAreSuppressedInPageCsvAndChartWithTheNextSmallestHidden() throws Exception {
		CasusFixtures.NieuwTeam team = this.fixtures.nieuwTeam();
		for (int i = 0; i < 7; i++) {
			this.fixtures.casus(this.fixtures.inwoner().id(), team.teamId()).opslaan();
		}
		for (int i = 0; i < 3; i++) {
			long id = this.fixtures.casus(this.fixtures.inwoner().id(), team.teamId()).opslaan();
			this.jdbc.sql("update casus set kanaal = 'HUISARTS' where id = ?").param(id).update();
		}
		String pad = "/dashboard/teams/" + team.teamId();
		MvcResult csv = this.mvc.perform(get(pad).param("export", "aanmeldingen").with(als(Demo.GEMEENTE)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers
						.startsWith("attachment; filename=\"dashboard-team-" + team.teamId() + "-aanmeldingen-")))
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
			.andReturn();
		String tekst = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(tekst).contains("Categorie;Deze periode;Vorige periode", "Huisarts;<5;0", "Telefoon;x;0",
				"Totaal;10;0", "E-mail of online;0;0");

		String html = pagina(Demo.GEMEENTE, pad, 200);
		assertThat(html).contains("&lt;5").doesNotContain(">3<");
		String json = html.substring(html.indexOf("id=\"aanmeldingen-grafiek\""));
		json = json.substring(json.indexOf("data-grafiek=\"") + 14);
		json = json.substring(0, json.indexOf('"')).replace("&quot;", "\"");
		assertThat(json).contains("\"data\":[null,0,null,0,0,0]").doesNotContain("7").doesNotContain(",3,");

		String wachtlijst = this.mvc.perform(get(pad).param("export", "wachtlijst").with(als(Demo.GEMEENTE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(wachtlijst).contains("Wachtend;10", "Mediane wachttijd (dagen);0");
		this.mvc.perform(get(pad).param("export", "bestaatniet").with(als(Demo.GEMEENTE)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aMedianOverFewerThanFiveWaitingIsNotShown() throws Exception {
		CasusFixtures.NieuwTeam team = this.fixtures.nieuwTeam();
		for (int i = 0; i < 3; i++) {
			this.fixtures.casus(this.fixtures.inwoner().id(), team.teamId()).dagenGeleden(10 * i).opslaan();
		}
		String csv = this.mvc
			.perform(get("/dashboard/teams/" + team.teamId()).param("export", "wachtlijst").with(als(Demo.GEMEENTE)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Wachtend;<5", "Mediane wachttijd (dagen);n<5", "Langste wachttijd (dagen);n<5")
			.doesNotContain(";20");
	}

	@Test
	void thePreviousPeriodIsCountedBeside() throws Exception {
		CasusFixtures.NieuwTeam team = this.fixtures.nieuwTeam();
		LocalDate vandaag = LocalDate.now(ClockConfiguration.ZONE);
		for (int i = 0; i < 6; i++) {
			this.fixtures.casus(this.fixtures.inwoner().id(), team.teamId()).dagenGeleden(15).opslaan();
		}
		String van = vandaag.minusDays(9).toString();
		String csv = this.mvc
			.perform(get("/dashboard/teams/" + team.teamId()).param("periode", "ANDERS")
				.param("van", van)
				.param("tot", vandaag.toString())
				.param("export", "aanmeldingen")
				.with(als(Demo.GEMEENTE)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Telefoon;0;6", "Totaal;0;6");
	}

	private String pagina(String gebruiker, String pad, int status) throws Exception {
		return this.mvc.perform(get(pad).with(als(gebruiker)))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor als(String naam) {
		return user(this.gebruikers.loadUserByUsername(naam));
	}

}
