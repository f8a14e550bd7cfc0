package nl.wijkdossier.verwijzing;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import nl.wijkdossier.dashboard.Cel;
import nl.wijkdossier.dashboard.Figuur;
import nl.wijkdossier.dashboard.Kengetal;
import nl.wijkdossier.dashboard.Onderdrukking;
import nl.wijkdossier.dashboard.Periode;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.test.Demo;
import nl.wijkdossier.test.StatementTeller;
import nl.wijkdossier.test.StatementTeller.Teller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard figures of referrals on a fresh team with known referrals in a chosen
 * period and the one before: exact counts per kind, a small count suppressed with the
 * next-smallest hidden, the informal share (and its headline number), the escalations to
 * the Sociaal Stedelijk Team that must not give a hidden count away, only the team's own
 * referrals, and one statement whatever the data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementTeller.Tellen.class)
class VerwijzingDashboardTests {

	private static final LocalDate VANDAAG = LocalDate.now(ClockConfiguration.ZONE);

	/** Ten days up to today; the previous period is the ten days before. */
	private static final Periode PERIODE = new Periode(Periode.Soort.ANDERS, VANDAAG.minusDays(9), VANDAAG);

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final CasusFixtures fixtures;

	private final VerwijzingCijfers cijfers;

	@Autowired
	VerwijzingDashboardTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer, VerwijzingCijfers cijfers) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
		this.cijfers = cijfers;
	}

	@Test
	void referralsPerKindWithTheInformalShareAndTheEscalations() throws Exception {
		long team = teamMetVerwijzingen();
		String pad = "/dashboard/teams/" + team;
		assertThat(csv(pad, "verwijzingen")).contains("Categorie;Deze periode;Vorige periode",
				"Informeel initiatief;6;0", "Groepsactiviteit;0;0", "Vrijwilligersorganisatie;5;0",
				"Expertisecentrum Mantelzorg;0;0", "Huisarts;0;<5", "Sociaal Stedelijk Team;5;x",
				"Maatwerkvoorziening/aanbieder;9;8", "Overig;0;0", "Totaal;25;17");
		assertThat(csv(pad, "verwijzingen-informeel")).contains("Informeel (% van alle verwijzingen);44%;n<5");
		String sst = csv(pad, "sst-escalaties");
		// the previous period's 6 GGZ escalations are the hidden "x" of the kinds: not
		// here either
		assertThat(sst).contains("Verslavingszorg;<5;0", "GGZ;<5;x", "Huiselijk geweld;0;0", "Totaal;5;x")
			.doesNotContain(";6");

		String html = this.mvc
			.perform(get(pad).param("periode", "ANDERS")
				.param("van", PERIODE.van().toString())
				.param("tot", PERIODE.tot().toString())
				.with(user(this.gebruikers.loadUserByUsername(Demo.GEMEENTE))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html)
			.contains("Verwijzingen per soort", "Aandeel informele verwijzingen",
					"Escalaties naar het Sociaal Stedelijk Team")
			.doesNotContain("Kwartelmeer", "Doorverwezen om ", "Vraag aan het SST");
	}

	@Test
	void theInformalShareIsTheHeadlineNumberAndOnlyTheTeamsOwnReferralsCount() {
		long team = teamMetVerwijzingen();
		List<Figuur> figuren = figuren(List.of(team));
		assertThat(figuren).extracting(Figuur::id)
			.containsExactly("verwijzingen", "verwijzingen-informeel", "sst-escalaties");
		assertThat(figuren).extracting(Figuur::grafiek).containsOnly(Figuur.Grafiek.STAAF);
		Figuur aandeel = figuren.get(1);
		Cel kengetal = aandeel.kengetallen().get(Kengetal.AANDEEL_INFORMEEL_PROCENT);
		assertThat(kengetal).isSameAs(aandeel.rijen().get(0).cellen().get(0));
		assertThat(kengetal.soort()).isEqualTo(Cel.Soort.PERCENTAGE);
		assertThat(kengetal.waarde()).isEqualByComparingTo("44");
		assertThat(aandeel.rijen().get(0).cellen().get(1).staat()).isEqualTo(Cel.Staat.ONDERDRUKT);
		assertThat(figuren.get(0).rijen().get(8).cellen()).extracting(Cel::waarde)
			.extracting(Number::longValue)
			.containsExactly(25L, 17L);

		assertThat(figuren(List.of())).allSatisfy((f) -> assertThat(f.rijen()).allSatisfy((r) -> assertThat(r.cellen())
			.allSatisfy((c) -> assertThat(c.tekst(java.util.Locale.ROOT)).isIn("0", "–"))));
	}

	@Test
	void oneStatementWhateverTheNumberOfTeamsAndReferrals() {
		CasusFixtures.NieuwTeam leeg = this.fixtures.nieuwTeam();
		assertThat(statements(List.of(leeg.teamId()))).isEqualTo(1);
		long team = teamMetVerwijzingen();
		long ander = teamMetVerwijzingen();
		assertThat(statements(List.of(leeg.teamId(), team, ander))).isEqualTo(1);
	}

	/**
	 * A team whose referrals are, this period: informal initiative 6, volunteers 5,
	 * maatwerk 9, Sociaal Stedelijk Team 5 (GGZ 3, addiction 2); the period before:
	 * huisarts 3, Sociaal Stedelijk Team 6 (GGZ), maatwerk 8. Besides: one of another
	 * team's case this period and one of its own before both periods.
	 */
	private long teamMetVerwijzingen() {
		CasusFixtures.NieuwTeam team = this.fixtures.nieuwTeam();
		CasusFixtures.NieuwTeam ander = this.fixtures.nieuwTeam();
		Map<VoorzieningSoort, Long> voorzieningen = new EnumMap<>(VoorzieningSoort.class);
		for (VoorzieningSoort soort : VoorzieningSoort.values()) {
			voorzieningen.put(soort,
					this.jdbc.sql("""
							insert into voorziening (naam, soort) values (:naam, :soort) returning id
							""")
						.param("naam", "Dashboardtest " + soort + " " + UUID.randomUUID())
						.param("soort", soort.name())
						.query(Long.class)
						.single());
		}
		long casus = this.fixtures.casus(this.fixtures.inwoner().id(), team.teamId()).opslaan();
		long casus2 = this.fixtures.casus(this.fixtures.inwoner().id(), team.teamId()).opslaan();
		LocalDate nu = VANDAAG.minusDays(3);
		LocalDate vorige = VANDAAG.minusDays(15);
		verwijs(6, casus, voorzieningen.get(VoorzieningSoort.INFORMEEL_INITIATIEF), nu, null);
		verwijs(5, casus2, voorzieningen.get(VoorzieningSoort.VRIJWILLIGERSORGANISATIE), PERIODE.van(), null);
		verwijs(9, casus, voorzieningen.get(VoorzieningSoort.MAATWERKVOORZIENING), PERIODE.tot(), null);
		verwijs(3, casus, voorzieningen.get(VoorzieningSoort.SOCIAAL_STEDELIJK_TEAM), nu, Specialisme.GGZ);
		verwijs(2, casus, voorzieningen.get(VoorzieningSoort.SOCIAAL_STEDELIJK_TEAM), nu, Specialisme.VERSLAVINGSZORG);
		verwijs(3, casus, voorzieningen.get(VoorzieningSoort.HUISARTS), vorige, null);
		verwijs(6, casus2, voorzieningen.get(VoorzieningSoort.SOCIAAL_STEDELIJK_TEAM), vorige, Specialisme.GGZ);
		verwijs(8, casus, voorzieningen.get(VoorzieningSoort.MAATWERKVOORZIENING), PERIODE.vorige().tot(), null);
		long vreemd = this.fixtures.casus(this.fixtures.inwoner().id(), ander.teamId()).opslaan();
		verwijs(4, vreemd, voorzieningen.get(VoorzieningSoort.INFORMEEL_INITIATIEF), nu, null);
		verwijs(4, casus, voorzieningen.get(VoorzieningSoort.OVERIG), PERIODE.vorige().van().minusDays(1), null);
		return team.teamId();
	}

	/**
	 * Referrals sent at 23:30 Amsterdam time on a day (late, to catch a wrong time zone).
	 */
	private void verwijs(int aantal, long casus, long voorziening, LocalDate dag, Specialisme specialisme) {
		for (int i = 0; i < aantal; i++) {
			this.jdbc.sql("""
					insert into verwijzing (casus_id, voorziening_id, reden, status, verstuurd_op, verstuurd_door,
					                        specialisme, sst_vraag)
					values (:casus, :voorziening, 'Doorverwezen om te testen', 'VERSTUURD', :op,
					        (select id from gebruiker where gebruikersnaam = 'wijkwerker'), :specialisme, :vraag)
					""")
				.param("casus", casus)
				.param("voorziening", voorziening)
				.param("op", Timestamp.from(dag.atTime(23, 30).atZone(ClockConfiguration.ZONE).toInstant()))
				.param("specialisme", (specialisme != null) ? specialisme.name() : null)
				.param("vraag", (specialisme != null) ? "Vraag aan het SST" : null)
				.update();
		}
	}

	private List<Figuur> figuren(List<Long> teams) {
		return this.cijfers.figuren(new Bereik(Bereik.Soort.CLUSTER, 1L, "c", teams), PERIODE, VANDAAG,
				new Onderdrukking(5));
	}

	private int statements(List<Long> teams) {
		Teller.begin();
		try {
			figuren(teams);
		}
		finally {
			Teller.stop();
		}
		return Teller.aantal();
	}

	private String csv(String pad, String figuur) throws Exception {
		return this.mvc
			.perform(get(pad).param("periode", "ANDERS")
				.param("van", PERIODE.van().toString())
				.param("tot", PERIODE.tot().toString())
				.param("export", figuur)
				.with(user(this.gebruikers.loadUserByUsername(Demo.GEMEENTE))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
