package nl.wijkdossier.overleg;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The rules of planning a meeting and of its agenda: every refused form comes back with a
 * Dutch error next to its field (422) and stores nothing; a case goes on an agenda once,
 * only on a coming meeting, only when it is the team's work, and leaves it (before its
 * discussion) only by whoever put it on or the manager — each step on the case's
 * timeline.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OverlegRegelsTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final OverlegFixture fixture;

	@Autowired
	OverlegRegelsTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.fixture = new OverlegFixture(jdbc, new CasusFixtures(jdbc, inwoners, beheer));
	}

	// --- planning

	@Test
	void aTeamMemberPlansAMeetingOfHerTeamAndSeesItsEmptyAgenda() throws Exception {
		long team = this.fixture.casussen().teamVan(Demo.WIJKWERKER);
		LocalDate datum = OverlegFixture.vandaag().plusDays(40);
		MvcResult result = uitvoeren(Demo.WIJKWERKER,
				post("/overleg").param("teamId", String.valueOf(team))
					.param("datum", datum.toString())
					.param("tijd", "13:37")
					.param("locatie", "Vergaderzaal De Kern"));
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		String pad = result.getResponse().getRedirectedUrl();
		assertThat(pad).matches("/overleg/\\d+");
		long id = Long.parseLong(pad.substring("/overleg/".length()));
		assertThat(this.jdbc
			.sql("select team_id || ' ' || datum || ' ' || begintijd || ' ' || locatie from overleg where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo(team + " " + datum + " 13:37:00 Vergaderzaal De Kern");

		String agenda = pagina(Demo.WIJKWERKER, pad);
		assertThat(agenda).contains("Casuïstiekoverleg Wijkteam Stad Centrum")
			.contains("Er staan nog geen casussen op de agenda.")
			.contains("Vergaderzaal De Kern");
		assertThat(pagina(Demo.WIJKWERKER, "/overleg")).contains(pad);
	}

	@Test
	void anEmptyPlanFormShowsEveryErrorNextToItsFieldAndStoresNothing() throws Exception {
		long team = this.fixture.casussen().teamVan(Demo.WIJKWERKER);
		int voor = this.fixture.overleggen(team);
		MvcResult result = uitvoeren(Demo.WIJKWERKER,
				post("/overleg").param("teamId", "").param("datum", "").param("tijd", "").param("locatie", ""));
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(result.getResponse().getContentAsString()).contains("Kies het team.")
			.contains("Vul de datum in.")
			.contains("Vul de begintijd in.")
			.contains("id=\"datum-fout\"")
			.contains("aria-describedby=\"datum-fout\"");
		assertThat(this.fixture.overleggen(team)).isEqualTo(voor);
	}

	@Test
	void aMeetingIsNotPlannedInThePastNorAtAnInvalidTimeNorTwiceAtOneMoment() throws Exception {
		long team = this.fixture.casussen().teamVan(Demo.WIJKWERKER);
		LocalDate datum = OverlegFixture.vandaag().plusDays(50);
		int voor = this.fixture.overleggen(team);
		MvcResult verleden = uitvoeren(Demo.WIJKWERKER,
				post("/overleg").param("teamId", String.valueOf(team))
					.param("datum", OverlegFixture.vandaag().minusDays(1).toString())
					.param("tijd", "25:99"));
		assertThat(verleden.getResponse().getStatus()).isEqualTo(422);
		assertThat(verleden.getResponse().getContentAsString()).contains("Deze datum is voorbij.")
			.contains("Vul een geldige tijd in, bijvoorbeeld 14:00.");
		assertThat(this.fixture.overleggen(team)).isEqualTo(voor);

		assertThat(uitvoeren(Demo.WIJKWERKER,
				post("/overleg").param("teamId", String.valueOf(team))
					.param("datum", datum.toString())
					.param("tijd", "09:05"))
			.getResponse()
			.getStatus()).isEqualTo(302);
		MvcResult dubbel = uitvoeren(Demo.MANAGER,
				post("/overleg").param("teamId", String.valueOf(team))
					.param("datum", datum.toString())
					.param("tijd", "9:05"));
		assertThat(dubbel.getResponse().getStatus()).isEqualTo(422);
		assertThat(dubbel.getResponse().getContentAsString()).contains("Dit team heeft op dit moment al een overleg.");
		assertThat(this.fixture.overleggen(team)).isEqualTo(voor + 1);
	}

	@Test
	void aWijkwerkerCannotPlanAMeetingForAnotherTeam() throws Exception {
		long team = this.fixture.casussen().teamVan(Demo.WIJKWERKER);
		int voor = this.fixture.overleggen(team);
		MvcResult result = uitvoeren(Demo.WIJKWERKER2,
				post("/overleg").param("teamId", String.valueOf(team))
					.param("datum", OverlegFixture.vandaag().plusDays(3).toString())
					.param("tijd", "10:00"));
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(result.getResponse().getContentAsString())
			.contains("U kunt alleen een overleg plannen voor uw eigen team.");
		assertThat(this.fixture.overleggen(team)).isEqualTo(voor);
	}

	// --- the agenda

	@Test
	void aCaseGoesOnTheAgendaOnceWithItsQuestionAndALineOnItsTimeline() throws Exception {
		LocalDate datum = OverlegFixture.vandaag().plusDays(7);
		long overleg = this.fixture.overlegVanWijkwerker(datum);
		long casus = this.fixture.casusVanWijkwerker();
		MvcResult result = agendeer(Demo.WIJKWERKER, overleg, casus, "Hoe krijgen we hem weer aan tafel?");
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/overleg/" + overleg + "#punt-");
		assertThat(this.fixture.agendapunten(overleg)).isEqualTo(1);
		assertThat(this.fixture.tijdlijn(casus, "overlegGeagendeerd"))
			.isEqualTo(nl.wijkdossier.shared.web.Datums.dag(datum) + " "
					+ this.jdbc.sql("select to_char(begintijd, 'HH24:MI') from overleg where id = ?")
						.param(overleg)
						.query(String.class)
						.single()
					+ " uur (Wijkteam Stad Centrum) -> /overleg/" + overleg);
		assertThat(this.fixture.log("OVERLEG_GEAGENDEERD", Demo.WIJKWERKER, casus, "OK")).isEqualTo(1);

		MvcResult nogEens = agendeer(Demo.MANAGER, overleg, casus, "Nog een keer");
		assertThat(nogEens.getResponse().getStatus()).isEqualTo(422);
		assertThat(nogEens.getResponse().getContentAsString()).contains("Deze casus staat al op de agenda");
		assertThat(this.fixture.agendapunten(overleg)).isEqualTo(1);
		assertThat(this.fixture.log("OVERLEG_GEAGENDEERD", Demo.MANAGER, casus, "OK")).as("teruggedraaid").isZero();
	}

	@Test
	void aCaseNeedsAQuestionAndGoesOnlyOnAComingMeeting() throws Exception {
		long casus = this.fixture.casusVanWijkwerker();
		long komend = this.fixture.overlegVanWijkwerker(OverlegFixture.vandaag());
		MvcResult zonderVraag = agendeer(Demo.WIJKWERKER, komend, casus, "  ");
		assertThat(zonderVraag.getResponse().getStatus()).isEqualTo(422);
		assertThat(zonderVraag.getResponse().getContentAsString()).contains("Vul de vraag aan het team in.")
			.contains("id=\"vraag-fout\"");

		long voorbij = this.fixture.overlegVanWijkwerker(OverlegFixture.vandaag().minusDays(1));
		MvcResult geweest = agendeer(Demo.WIJKWERKER, voorbij, casus, "Te laat");
		assertThat(geweest.getResponse().getStatus()).isEqualTo(422);
		assertThat(geweest.getResponse().getContentAsString()).contains("Dit overleg is geweest.");
		assertThat(this.fixture.agendapunten(komend) + this.fixture.agendapunten(voorbij)).isZero();
		assertThat(this.fixture.tijdlijn(casus, "overlegGeagendeerd")).isEmpty();
	}

	@Test
	void aCaseOfAnotherTeamWithoutRegieInTheTeamDoesNotGoOnItsAgenda() throws Exception {
		// the manager sees both teams' cases, but a Stad West case is not Stad Centrum's
		// work
		long overleg = this.fixture.overlegVanWijkwerker(OverlegFixture.vandaag().plusDays(2));
		long west = this.fixture.casussen().teamVan(Demo.WIJKWERKER3);
		long casus = this.fixture.casussen()
			.casus(this.fixture.casussen().inwoner().id(), west)
			.inBehandeling(this.fixture.casussen().medewerkerVan(Demo.WIJKWERKER3))
			.opslaan();
		MvcResult result = agendeer(Demo.MANAGER, overleg, casus, "Kan Centrum meedenken?");
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(result.getResponse().getContentAsString())
			.contains("Deze casus hoort niet bij Wijkteam Stad Centrum");
		assertThat(this.fixture.agendapunten(overleg)).isZero();
	}

	@Test
	void aCaseOfAnotherTeamWhoseRegievoerderIsInTheTeamMayGoOnItsAgenda() throws Exception {
		long overleg = this.fixture.overlegVanWijkwerker(OverlegFixture.vandaag().plusDays(2));
		long west = this.fixture.casussen().teamVan(Demo.WIJKWERKER3);
		long casus = this.fixture.casussen()
			.casus(this.fixture.casussen().inwoner().id(), west)
			.inBehandeling(this.fixture.casussen().medewerkerVan(Demo.WIJKWERKER))
			.opslaan();
		assertThat(agendeer(Demo.WIJKWERKER, overleg, casus, "Regie over de teamgrens").getResponse().getStatus())
			.isEqualTo(302);
		assertThat(this.fixture.agendapunten(overleg)).isEqualTo(1);
	}

	@Test
	void aCaseOutsideHerScopeIsNotFoundAndTheRefusalIsLogged() throws Exception {
		long overleg = this.fixture.overlegVanWijkwerker(OverlegFixture.vandaag().plusDays(2));
		long haven = this.fixture.casussen().teamVan(Demo.WIJKWERKER2);
		long casus = this.fixture.casussen().casus(this.fixture.casussen().inwoner().id(), haven).opslaan();
		assertThat(agendeer(Demo.WIJKWERKER, overleg, casus, "Mag dit?").getResponse().getStatus()).isEqualTo(404);
		assertThat(this.fixture.log("OVERLEG_GEAGENDEERD", Demo.WIJKWERKER, casus, "DENIED")).isEqualTo(1);
		assertThat(this.fixture.agendapunten(overleg)).isZero();
	}

	@Test
	void fromTheDossierTheCaseGoesOnAChosenComingMeetingOfItsTeam() throws Exception {
		long casus = this.fixture.casusVanWijkwerker();
		long overleg = this.fixture.overlegVanWijkwerker(OverlegFixture.vandaag().plusDays(9));
		String dossier = pagina(Demo.WIJKWERKER, "/casussen/" + casus);
		assertThat(dossier).contains("id=\"casuistiekoverleg\"")
			.contains("Deze casus is nog niet geagendeerd")
			.contains("value=\"" + overleg + "\"");

		MvcResult leeg = uitvoeren(Demo.WIJKWERKER,
				post("/casussen/{id}/overleg", casus).param("overlegId", "").param("vraag", ""));
		assertThat(leeg.getResponse().getStatus()).isEqualTo(422);
		assertThat(leeg.getResponse().getContentAsString()).contains("Kies het overleg.")
			.contains("Vul de vraag aan het team in.");

		MvcResult goed = uitvoeren(Demo.WIJKWERKER,
				post("/casussen/{id}/overleg", casus).param("overlegId", String.valueOf(overleg))
					.param("vraag", "Wie kent een maatje?"));
		assertThat(goed.getResponse().getStatus()).isEqualTo(302);
		assertThat(goed.getResponse().getRedirectedUrl()).isEqualTo("/casussen/" + casus + "#casuistiekoverleg");
		assertThat(pagina(Demo.WIJKWERKER, "/casussen/" + casus)).contains("Wie kent een maatje?")
			.contains("Op de agenda")
			.doesNotContain("value=\"" + overleg + "\"");

		MvcResult dubbel = uitvoeren(Demo.WIJKWERKER,
				post("/casussen/{id}/overleg", casus).param("overlegId", String.valueOf(overleg))
					.param("vraag", "Nog eens"));
		assertThat(dubbel.getResponse().getStatus()).isEqualTo(422);
		assertThat(dubbel.getResponse().getContentAsString()).contains("id=\"overlegId-fout\"");
		assertThat(this.fixture.agendapunten(overleg)).isEqualTo(1);
	}

	@Test
	void onlyWhoeverPutItOnOrTheManagerTakesAnItemOffAndNotOnceDiscussed() throws Exception {
		long overleg = this.fixture.overlegVanWijkwerker(OverlegFixture.vandaag());
		long casus = this.fixture.casusVanWijkwerker();
		long punt = this.fixture.agendapunt(overleg, casus, Demo.MANAGER);
		String collega = this.fixture.casussen()
			.wijkwerker(partnerVan(Demo.WIJKWERKER), this.fixture.casussen().teamVan(Demo.WIJKWERKER));

		MvcResult nietHaar = uitvoeren(collega, post("/overleg/{o}/agenda/{p}/verwijderen", overleg, punt));
		assertThat(nietHaar.getResponse().getStatus()).isEqualTo(422);
		assertThat(nietHaar.getResponse().getContentAsString())
			.contains("Alleen wie de casus agendeerde, of de teammanager, haalt hem van de agenda.");
		assertThat(this.fixture.agendapunten(overleg)).isEqualTo(1);

		long punt2 = this.fixture.agendapunt(overleg, this.fixture.casusVanWijkwerker(), Demo.WIJKWERKER);
		this.fixture.bespreking(punt2, this.fixture.casussen().medewerkerVan(Demo.WIJKWERKER), Demo.WIJKWERKER);
		MvcResult besproken = uitvoeren(Demo.MANAGER, post("/overleg/{o}/agenda/{p}/verwijderen", overleg, punt2));
		assertThat(besproken.getResponse().getStatus()).isEqualTo(422);
		assertThat(besproken.getResponse().getContentAsString()).contains("Deze casus is al besproken");

		MvcResult manager = uitvoeren(Demo.MANAGER, post("/overleg/{o}/agenda/{p}/verwijderen", overleg, punt));
		assertThat(manager.getResponse().getStatus()).isEqualTo(302);
		assertThat(this.fixture.agendapunten(overleg)).isEqualTo(1);
		assertThat(this.fixture.tijdlijn(casus, "overlegVanAgenda")).contains("Wijkteam Stad Centrum")
			.contains("/overleg/" + overleg);
	}

	private long partnerVan(String gebruikersnaam) {
		return this.jdbc.sql("""
				select m.partner_id from medewerker m join gebruiker g on g.id = m.gebruiker_id
				where g.gebruikersnaam = ?""").param(gebruikersnaam).query(Long.class).single();
	}

	private MvcResult agendeer(String gebruiker, long overleg, long casus, String vraag) throws Exception {
		return uitvoeren(gebruiker,
				post("/overleg/{id}/agenda", overleg).param("casusId", String.valueOf(casus)).param("vraag", vraag));
	}

	private String pagina(String gebruiker, String pad) throws Exception {
		MvcResult result = uitvoeren(gebruiker, get(pad));
		assertThat(result.getResponse().getStatus()).as(pad).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private MvcResult uitvoeren(String gebruiker, MockHttpServletRequestBuilder verzoek) throws Exception {
		return this.mvc.perform(verzoek.with(user(this.gebruikers.loadUserByUsername(gebruiker))).with(csrf()))
			.andReturn();
	}

}
