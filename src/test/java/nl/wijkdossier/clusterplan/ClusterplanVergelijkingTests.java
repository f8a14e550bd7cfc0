package nl.wijkdossier.clusterplan;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.dashboard.Bereik;
import nl.wijkdossier.dashboard.Cel;
import nl.wijkdossier.dashboard.Figuur;
import nl.wijkdossier.dashboard.Figuur.Oordeel.Toon;
import nl.wijkdossier.dashboard.Figuur.Rij;
import nl.wijkdossier.dashboard.Kengetal;
import nl.wijkdossier.dashboard.Onderdrukking;
import nl.wijkdossier.dashboard.Periode;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.shared.web.Datums;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cluster plan's targets against the actual figures: the dashboard figure
 * {@code clusterplan-doelen} from given headline numbers (met, missed, withheld, unknown;
 * the last three versions beneath; a team against its cluster's plan; none for the city
 * or without targets), the same on a real cluster dashboard with the wait and Wmo rows,
 * and the plan page with actuals for the gemeente and the cluster's manager and targets
 * alone for a wijkwerker.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClusterplanVergelijkingTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final ClusterplanFixture fixture;

	private final CasusFixtures casussen;

	private final ClusterplanVergelijking vergelijking;

	private final Onderdrukking onderdrukking = new Onderdrukking(5);

	private final LocalDate vandaag = LocalDate.now(ClockConfiguration.ZONE);

	private final Periode periode = new Periode(Periode.Soort.MAAND, this.vandaag.withDayOfMonth(1), this.vandaag);

	@Autowired
	ClusterplanVergelijkingTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer, ClusterplanVergelijking vergelijking) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.fixture = new ClusterplanFixture(jdbc, inwoners, beheer);
		this.casussen = new CasusFixtures(jdbc, inwoners, beheer);
		this.vergelijking = vergelijking;
	}

	@AfterEach
	void terug() {
		LocaleContextHolder.resetLocaleContext();
	}

	/** The figures as the dashboard asks for them, in Dutch. */
	private List<Figuur> figuren(Bereik bereik, Map<Kengetal, Cel> kengetallen) {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
		return this.vergelijking.figuren(bereik, this.periode, kengetallen, this.onderdrukking);
	}

	@Test
	void everyTargetOfThePlanIsJudgedAgainstItsHeadlineNumber() throws Exception {
		ClusterplanFixture.Cluster cluster = this.fixture.cluster();
		for (int versie = 0; versie < 3; versie++) {
			legVast(cluster.id(), versie, Map.of("MAX_MEDIANE_WACHTTIJD_DAGEN", "40"));
		}
		legVast(cluster.id(), 3, Map.of("MAX_MEDIANE_WACHTTIJD_DAGEN", "30", "MAX_CASELOAD_PER_FTE", "12,5",
				"MIN_AANDEEL_INFORMEEL_PROCENT", "60", "MIN_WMO_OP_TIJD_PROCENT", "80"));
		Map<Kengetal, Cel> kengetallen = new EnumMap<>(Kengetal.class);
		kengetallen.put(Kengetal.MEDIANE_WACHTTIJD_DAGEN,
				this.onderdrukking.statistiek(new BigDecimal("25.5"), 9, Cel.Soort.DAGEN));
		kengetallen.put(Kengetal.CASELOAD_PER_FTE,
				this.onderdrukking.statistiek(BigDecimal.TEN, 3, Cel.Soort.VERHOUDING));
		kengetallen.put(Kengetal.WMO_OP_TIJD_PROCENT, this.onderdrukking.percentage(7, 10, List.of()));

		List<Figuur> figuren = figuren(clusterBereik(cluster), kengetallen);

		assertThat(figuren).singleElement().satisfies((f) -> {
			assertThat(f.id()).isEqualTo("clusterplan-doelen");
			assertThat(f.titelSleutel()).isEqualTo("clusterplan.dashboard.titel");
			assertThat(f.grafiek()).isEqualTo(Figuur.Grafiek.GEEN);
			assertThat(f.kolommen()).extracting(Figuur.Kolom::sleutel)
				.containsExactly("clusterplan.doelen.streefwaarde", "clusterplan.doelen.werkelijk");
			List<Rij> rijen = f.rijen();
			assertThat(rijen).extracting(Rij::sleutel)
				.containsExactly("clusterplan.soort.MAX_MEDIANE_WACHTTIJD_DAGEN",
						"clusterplan.soort.MAX_CASELOAD_PER_FTE", "clusterplan.soort.MIN_AANDEEL_INFORMEEL_PROCENT",
						"clusterplan.soort.MIN_WMO_OP_TIJD_PROCENT");
			assertThat(rijen).extracting((r) -> r.cellen().get(0).tekst(Locale.forLanguageTag("nl")))
				.containsExactly("30", "12,5", "60%", "80%");
			assertThat(rijen).extracting((r) -> r.cellen().get(0).soort())
				.containsExactly(Cel.Soort.DAGEN, Cel.Soort.VERHOUDING, Cel.Soort.PERCENTAGE, Cel.Soort.PERCENTAGE);
			assertThat(rijen).extracting((r) -> r.cellen().get(1).tekst(Locale.forLanguageTag("nl")))
				.containsExactly("25,5", "n<5", "–", "70%");
			assertThat(rijen).extracting((r) -> r.oordeel().sleutel())
				.containsExactly("clusterplan.bereik.MET", "clusterplan.dashboard.afgeschermd",
						"clusterplan.dashboard.onbekend", "clusterplan.bereik.NIET_GEHAALD");
			assertThat(rijen).extracting((r) -> r.oordeel().toon())
				.containsExactly(Toon.GOED, Toon.NEUTRAAL, Toon.NEUTRAAL, Toon.SLECHT);
			String dag = Datums.dag(this.vandaag);
			assertThat(f.voetnoten()).containsExactly(
					"Streefwaarden uit versie 4 van het clusterplan van " + naam(cluster.id()) + ".",
					"Versie 4, vastgesteld op " + dag, "Versie 3, vastgesteld op " + dag,
					"Versie 2, vastgesteld op " + dag);
		});
	}

	@Test
	void aTeamIsComparedWithItsClustersPlanAndTheCityOrAPlanWithoutTargetsHasNone() throws Exception {
		ClusterplanFixture.Cluster cluster = this.fixture.cluster();
		Map<Kengetal, Cel> kengetallen = Map.of(Kengetal.MEDIANE_WACHTTIJD_DAGEN,
				this.onderdrukking.statistiek(new BigDecimal("41"), 5, Cel.Soort.DAGEN));
		assertThat(figuren(clusterBereik(cluster), kengetallen)).as("no plan yet").isEmpty();
		legVast(cluster.id(), 0, Map.of());
		assertThat(figuren(clusterBereik(cluster), kengetallen)).as("a plan without targets").isEmpty();
		legVast(cluster.id(), 1, Map.of("MAX_MEDIANE_WACHTTIJD_DAGEN", "40"));

		Bereik team = new Bereik(Bereik.Soort.TEAM, cluster.teamId(), "Team", List.of(cluster.teamId()));
		assertThat(figuren(team, kengetallen)).singleElement().satisfies((f) -> {
			assertThat(f.titelSleutel()).isEqualTo("clusterplan.dashboard.titel.team");
			assertThat(f.rijen()).singleElement()
				.satisfies((r) -> assertThat(r.oordeel().sleutel()).isEqualTo("clusterplan.bereik.NIET_GEHAALD"));
			assertThat(f.voetnoten()).hasSize(3).first().asString().contains(naam(cluster.id()));
		});
		assertThat(figuren(new Bereik(Bereik.Soort.STAD, null, null, List.of(cluster.teamId())), kengetallen))
			.isEmpty();
	}

	@Test
	void aClusterDashboardShowsTheWaitAndWmoTargetsAgainstItsOwnFigures() throws Exception {
		ClusterplanFixture.Cluster cluster = metCijfers();
		legVast(cluster.id(), 0, Map.of("MAX_MEDIANE_WACHTTIJD_DAGEN", "35", "MIN_WMO_OP_TIJD_PROCENT", "80"));
		String csv = this.mvc
			.perform(get("/dashboard/clusters/{id}", cluster.id()).param("export", "clusterplan-doelen")
				.with(als(Demo.GEMEENTE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().toList()).containsExactly("\uFEFFCategorie;Streefwaarde;Werkelijk;Oordeel",
				"Mediane wachttijd;35;30;Gehaald", "Wmo-onderzoeken binnen 6 weken;80%;n<5;Afgeschermd");
		String html = pagina("/dashboard/clusters/" + cluster.id(), Demo.GEMEENTE);
		assertThat(html.indexOf("id=\"clusterplan-doelen-titel\"")).isPositive()
			.isLessThan(html.indexOf("id=\"aanmeldingen-titel\""));
		assertThat(html).contains("Clusterplan: streefwaarden en werkelijk", "dashboard-oordeel-goed",
				"Versie 1, vastgesteld op " + Datums.dag(this.vandaag));
		assertThat(pagina("/dashboard", Demo.GEMEENTE)).doesNotContain("id=\"clusterplan-doelen-titel\"");
	}

	@Test
	void thePlanPageShowsActualsToTheGemeenteAndTheManagerAndTargetsAloneToAWijkwerker() throws Exception {
		ClusterplanFixture.Cluster cluster = metCijfers();
		legVast(cluster.id(), 0, Map.of("MAX_MEDIANE_WACHTTIJD_DAGEN", "35", "MIN_WMO_OP_TIJD_PROCENT", "80"));
		legVast(cluster.id(), 1, Map.of("MAX_MEDIANE_WACHTTIJD_DAGEN", "25", "MIN_WMO_OP_TIJD_PROCENT", "80"));
		String pad = "/clusterplannen/" + cluster.id();
		for (String wie : new String[] { Demo.GEMEENTE, cluster.manager() }) {
			String html = pagina(pad, wie);
			assertThat(html).as(wie)
				.contains("id=\"doelen-periode\"",
						"Werkelijke cijfers van " + Datums.dag(this.vandaag.withDayOfMonth(1)) + " tot en met "
								+ Datums.dag(this.vandaag),
						"data-soort=\"MAX_MEDIANE_WACHTTIJD_DAGEN\" data-bereik=\"NIET_GEHAALD\"", "30 dagen",
						"data-soort=\"MIN_WMO_OP_TIJD_PROCENT\" data-bereik=\"ONBEKEND\"",
						"afgeschermd (te weinig personen)", "href=\"/dashboard/clusters/" + cluster.id() + "\"");
		}
		String wijkwerker = pagina(pad, cluster.wijkwerker());
		assertThat(wijkwerker).contains("hoogstens 25 dagen")
			.doesNotContain("doelen-periode", "data-bereik", "30 dagen", "/dashboard/clusters/");
		assertThat(pagina(pad + "?versie=1", Demo.GEMEENTE)).as("an older version: its targets only")
			.contains("hoogstens 35 dagen")
			.doesNotContain("data-bereik");
	}

	/**
	 * A cluster whose team has five cases waiting 10 to 50 days (median 30) and three Wmo
	 * onderzoeken finished today (too few for a share).
	 */
	private ClusterplanFixture.Cluster metCijfers() {
		ClusterplanFixture.Cluster cluster = this.fixture.cluster();
		for (int i = 1; i <= 5; i++) {
			this.casussen.casus(this.casussen.inwoner().id(), cluster.teamId()).dagenGeleden(10 * i).opslaan();
		}
		long regievoerder = this.casussen.medewerkerVan(cluster.wijkwerker());
		for (int i = 0; i < 3; i++) {
			long id = this.casussen.casus(this.casussen.inwoner().id(), cluster.teamId())
				.dagenGeleden(20)
				.wmo()
				.inBehandeling(regievoerder)
				.opslaan();
			this.jdbc.sql("update casus set onderzoek_afgerond_op = current_date where id = ?").param(id).update();
		}
		return cluster;
	}

	private Bereik clusterBereik(ClusterplanFixture.Cluster cluster) {
		return new Bereik(Bereik.Soort.CLUSTER, cluster.id(), naam(cluster.id()), List.of(cluster.teamId()));
	}

	private void legVast(long clusterId, int basisVersie, Map<String, String> streefwaarden) throws Exception {
		MockHttpServletRequestBuilder verzoek = post("/clusterplannen/{id}/bewerken", clusterId)
			.param("visie", "Visie " + basisVersie)
			.param("opgaven", "Opgaven")
			.param("beoogdeOntwikkeling", "Ontwikkeling")
			.param("basisVersie", String.valueOf(basisVersie))
			.with(als(Demo.GEMEENTE))
			.with(csrf());
		streefwaarden.forEach((soort, waarde) -> verzoek.param("streefwaarden[" + soort + "]", waarde));
		this.mvc.perform(verzoek).andExpect(status().is3xxRedirection());
	}

	private String pagina(String pad, String wie) throws Exception {
		return this.mvc.perform(get(pad).with(als(wie)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String naam(long clusterId) {
		return this.jdbc.sql("select naam from cluster where id = ?").param(clusterId).query(String.class).single();
	}

	private RequestPostProcessor als(String naam) {
		return user(this.gebruikers.loadUserByUsername(naam));
	}

}
