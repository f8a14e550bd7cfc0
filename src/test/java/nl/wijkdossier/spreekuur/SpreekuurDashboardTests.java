package nl.wijkdossier.spreekuur;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.dashboard.Bereik;
import nl.wijkdossier.dashboard.Onderdrukking;
import nl.wijkdossier.dashboard.Periode;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.spreekuur.SpreekuurOverzicht.Onderwerp;
import nl.wijkdossier.spreekuur.SpreekuurOverzicht.Resultaat;
import nl.wijkdossier.spreekuur.SpreekuurOverzicht.Vergelijking;
import nl.wijkdossier.test.Demo;
import nl.wijkdossier.test.StatementTeller;
import nl.wijkdossier.test.StatementTeller.Teller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's spreekuur figures on a fresh team: visits per topic and per result in
 * the period beside the previous one, withdrawn lines and other teams' spreekuren left
 * out, small counts "&lt;5" with the next smallest hidden ("x") so the total does not
 * reveal them — in the CSV and the chart — and one statement however many visits.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementTeller.Tellen.class)
class SpreekuurDashboardTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final CasusFixtures casussen;

	private final SpreekuurOverzichtFixture fixture;

	private final SpreekuurOverzicht overzicht;

	private final SpreekuurBezoekCijfers cijfers;

	private CasusFixtures.NieuwTeam team;

	private long anderTeam;

	private LocalDate vandaag;

	@Autowired
	SpreekuurDashboardTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer, SpreekuurOverzicht overzicht, SpreekuurBezoekCijfers cijfers) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.casussen = new CasusFixtures(jdbc, inwoners, beheer);
		this.fixture = new SpreekuurOverzichtFixture(jdbc);
		this.overzicht = overzicht;
		this.cijfers = cijfers;
	}

	@BeforeEach
	void team() {
		this.team = this.casussen.nieuwTeam();
		this.anderTeam = this.casussen.team(this.team.clusterId(), null);
		this.vandaag = LocalDate.now(ClockConfiguration.ZONE);
	}

	/**
	 * Period: 20 days up to yesterday; the previous one the 20 days before. This period:
	 * 7 about forms (handled), 3 about debts (referred), 6 about housing (follow-up), one
	 * withdrawn line; before: 5 about forms that became an aanmelding.
	 */
	private void bezoeken() {
		long spreekuur = this.fixture.spreekuur(this.team.teamId(), "INLOOP", SpreekuurOverzichtFixture.locatie());
		long nu = this.fixture.sessie(spreekuur, this.vandaag.minusDays(5), null);
		long ookNu = this.fixture.sessie(spreekuur, this.vandaag.minusDays(20), null);
		for (int i = 0; i < 7; i++) {
			this.fixture.bezoek((i % 2 == 0) ? nu : ookNu, "FORMULIEREN_BRIEVEN", "AFGEHANDELD", 10);
		}
		for (int i = 0; i < 3; i++) {
			this.fixture.bezoek(nu, "SCHULDEN_GELDZAKEN", "DOORVERWEZEN", 30);
		}
		for (int i = 0; i < 6; i++) {
			this.fixture.bezoek(nu, "WONEN", "VERVOLGAFSPRAAK", 20);
		}
		this.fixture.bezoek(nu, "WONEN", "AFGEHANDELD", 5, null, true);
		long vorige = this.fixture.sessie(spreekuur, this.vandaag.minusDays(21), null);
		for (int i = 0; i < 5; i++) {
			this.fixture.bezoek(vorige, "FORMULIEREN_BRIEVEN", "AANMELDING", 15);
		}
		long langGeleden = this.fixture.sessie(spreekuur, this.vandaag.minusDays(41), null);
		this.fixture.bezoek(langGeleden, "OVERIG", "AFGEHANDELD", 5);
		long vandaagZelf = this.fixture.sessie(spreekuur, this.vandaag, java.time.LocalTime.of(0, 0), null);
		this.fixture.bezoek(vandaagZelf, "OVERIG", "AFGEHANDELD", 5);
		long ander = this.fixture.sessie(
				this.fixture.spreekuur(this.anderTeam, "INLOOP", SpreekuurOverzichtFixture.locatie()),
				this.vandaag.minusDays(5), null);
		this.fixture.bezoek(ander, "OVERIG", "AFGEHANDELD", 5);
	}

	@Test
	void visitsPerTopicAndResultWithSmallCountsSuppressedInCsvAndChart() throws Exception {
		bezoeken();

		assertThat(csv("spreekuur-onderwerpen")).contains("Categorie;Deze periode;Vorige periode",
				"Formulieren en brieven;7;5", "Toeslagen en belasting;0;0", "Schulden en geldzaken;<5;0", "Wonen;x;0",
				"Overig;0;0", "Totaal;16;5");
		assertThat(csv("spreekuur-resultaten")).contains("Categorie;Deze periode;Vorige periode", "Afgehandeld;7;0",
				"Vervolgafspraak;x;0", "Doorverwezen;<5;0", "Aanmelding;0;5", "Totaal;16;5");

		String html = this.mvc
			.perform(get("/dashboard/teams/{id}", this.team.teamId()).param("periode", "ANDERS")
				.param("van", this.vandaag.minusDays(20).toString())
				.param("tot", this.vandaag.minusDays(1).toString())
				.with(als(Demo.GEMEENTE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Spreekuurbezoeken per onderwerp", "Spreekuurbezoeken per resultaat",
				"export=spreekuur-onderwerpen", "export=spreekuur-resultaten");
		assertThat(grafiek(html, "spreekuur-onderwerpen"))
			.contains("\"label\":\"Deze periode\",\"data\":[7,0,null,null,0,0,0,0]")
			.contains("\"label\":\"Vorige periode\",\"data\":[5,0,0,0,0,0,0,0]");
		assertThat(grafiek(html, "spreekuur-resultaten"))
			.contains("\"label\":\"Deze periode\",\"data\":[7,null,null,0]");
	}

	@Test
	void theOverviewComparesTwoPeriodsAndRefusesOverlappingOnes() {
		bezoeken();

		Vergelijking v = this.overzicht.vergelijk(List.of(this.team.teamId()), this.vandaag.minusDays(20),
				this.vandaag.minusDays(1), this.vandaag.minusDays(40), this.vandaag.minusDays(21));

		assertThat(v.nu().onderwerpen()).containsEntry(Onderwerp.FORMULIEREN_BRIEVEN, 7L)
			.containsEntry(Onderwerp.SCHULDEN_GELDZAKEN, 3L)
			.containsEntry(Onderwerp.WONEN, 6L)
			.containsEntry(Onderwerp.OVERIG, 0L)
			.hasSize(Onderwerp.values().length);
		assertThat(v.nu().resultaten()).containsEntry(Resultaat.AFGEHANDELD, 7L)
			.containsEntry(Resultaat.DOORVERWEZEN, 3L)
			.containsEntry(Resultaat.VERVOLGAFSPRAAK, 6L)
			.containsEntry(Resultaat.AANMELDING, 0L);
		assertThat(v.vorige().onderwerp(Onderwerp.FORMULIEREN_BRIEVEN)).isEqualTo(5);
		assertThat(v.vorige().resultaat(Resultaat.AANMELDING)).isEqualTo(5);
		Vergelijking overig = this.overzicht.vergelijk(List.of(this.team.teamId()), this.vandaag.minusDays(5),
				this.vandaag, this.vandaag.minusDays(41), this.vandaag.minusDays(41));
		assertThat(overig.nu().onderwerp(Onderwerp.OVERIG))
			.as("today's session has begun and counts; the other team's does not")
			.isEqualTo(1);
		assertThat(overig.vorige().onderwerp(Onderwerp.OVERIG)).isEqualTo(1);
		assertThat(this.overzicht
			.vergelijk(List.of(), this.vandaag.minusDays(20), this.vandaag, this.vandaag.minusDays(40),
					this.vandaag.minusDays(21))
			.nu()
			.onderwerpen()
			.values()).containsOnly(0L);
		assertThatIllegalArgumentException().isThrownBy(() -> this.overzicht.vergelijk(List.of(this.team.teamId()),
				this.vandaag.minusDays(20), this.vandaag, this.vandaag.minusDays(30), this.vandaag.minusDays(20)));
	}

	@Test
	void oneStatementHoweverManyVisits() {
		Bereik bereik = new Bereik(Bereik.Soort.TEAM, this.team.teamId(), "Test", List.of(this.team.teamId()));
		Periode periode = new Periode(Periode.Soort.ANDERS, this.vandaag.minusDays(20), this.vandaag.minusDays(1));
		int leeg = statements(bereik, periode);
		bezoeken();
		long spreekuur = this.fixture.spreekuur(this.team.teamId(), "ADMINISTRATIEF",
				SpreekuurOverzichtFixture.locatie());
		for (int dag = 1; dag <= 40; dag += 3) {
			long sessie = this.fixture.sessie(spreekuur, this.vandaag.minusDays(dag), null);
			for (Onderwerp onderwerp : Onderwerp.values()) {
				this.fixture.bezoek(sessie, onderwerp.name(), "AFGEHANDELD", 10);
			}
		}
		assertThat(leeg).isEqualTo(1);
		assertThat(statements(bereik, periode)).isEqualTo(1);
	}

	private int statements(Bereik bereik, Periode periode) {
		Teller.begin();
		try {
			this.cijfers.figuren(bereik, periode, this.vandaag, new Onderdrukking(5));
		}
		finally {
			Teller.stop();
		}
		return Teller.aantal();
	}

	private String csv(String figuur) throws Exception {
		return this.mvc
			.perform(get("/dashboard/teams/{id}", this.team.teamId()).param("periode", "ANDERS")
				.param("van", this.vandaag.minusDays(20).toString())
				.param("tot", this.vandaag.minusDays(1).toString())
				.param("export", figuur)
				.with(als(Demo.GEMEENTE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String grafiek(String html, String figuur) {
		String json = html.substring(html.indexOf("id=\"" + figuur + "-grafiek\""));
		json = json.substring(json.indexOf("data-grafiek=\"") + 14);
		return json.substring(0, json.indexOf('"')).replace("&quot;", "\"");
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor als(String naam) {
		return user(this.gebruikers.loadUserByUsername(naam));
	}

}
