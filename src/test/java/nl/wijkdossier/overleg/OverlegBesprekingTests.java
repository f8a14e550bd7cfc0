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
import nl.wijkdossier.shared.web.Datums;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Recording the discussion of an agenda item: every rule refused with a Dutch error next
 * to its field (422) and nothing stored; the decision on the case's timeline with its
 * follow-up and a link to the meeting; a second save a conflict (409) that overwrites
 * nothing; an escalation that creates exactly one referral to the Sociaal Stedelijk Team,
 * or — when refused — neither the referral nor the decision; a decision to close that
 * leaves closing to the regievoerder.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OverlegBesprekingTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final OverlegFixture fixture;

	@Autowired
	OverlegBesprekingTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.fixture = new OverlegFixture(jdbc, new CasusFixtures(jdbc, inwoners, beheer));
	}

	/**
	 * An item of today's meeting of Stad Centrum, a case of the demo wijkwerker:
	 * {overleg, punt, casus}.
	 */
	private long[] punt(LocalDate datum) {
		long overleg = this.fixture.overlegVanWijkwerker(datum);
		long casus = this.fixture.casusVanWijkwerker();
		return new long[] { overleg, this.fixture.agendapunt(overleg, casus, Demo.WIJKWERKER), casus };
	}

	private long wijkwerker() {
		return this.fixture.casussen().medewerkerVan(Demo.WIJKWERKER);
	}

	@Test
	void theItemPageShowsTheCaseTheQuestionAndTheFormWithTheRegievoerderProposed() throws Exception {
		long[] p = punt(OverlegFixture.vandaag());
		MvcResult result = uitvoeren(Demo.MANAGER, get("/overleg/{o}/agenda/{p}", p[0], p[1]));
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("Hoe verder?")
			.contains("id=\"bespreking-form\"")
			.containsPattern("<option value=\"" + wijkwerker() + "\" selected=\"selected\">[^<]*\\(regievoerder\\)");
		assertThat(this.fixture.log("OVERLEG_AGENDA_BEKEKEN", Demo.MANAGER, p[2], "OK")).isEqualTo(1);
	}

	@Test
	void aDiscussionWithoutItsPartsShowsEveryErrorNextToItsFieldAndStoresNothing() throws Exception {
		long[] p = punt(OverlegFixture.vandaag());
		MvcResult result = bespreek(Demo.WIJKWERKER, p, "", "", "", "", "");
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(result.getResponse().getContentAsString()).contains("Vul de notities van de bespreking in.")
			.contains("Kies het besluit.")
			.contains("Kies wie het besluit opvolgt.")
			.contains("id=\"notities-fout\"")
			.contains("id=\"besluit-fout\"")
			.contains("id=\"opvolgerId-fout\"");
		assertThat(this.fixture.besprekingen(p[1])).isZero();
		assertThat(this.fixture.tijdlijn(p[2], "overlegBesproken")).isEmpty();
		assertThat(this.fixture.log("OVERLEG_BESPROKEN", Demo.WIJKWERKER, p[2], "OK")).as("teruggedraaid").isZero();
	}

	@Test
	void otherNeedsItsExplanationTheFollowUpOwnerIsOfTheTeamAndTheDateNotBeforeTheMeeting() throws Exception {
		long[] p = punt(OverlegFixture.vandaag());
		long haven = this.jdbc.sql("""
				select m.id from medewerker m join gebruiker g on g.id = m.gebruiker_id where g.gebruikersnaam = ?
				""").param(Demo.WIJKWERKER2).query(Long.class).single();
		MvcResult result = bespreek(Demo.WIJKWERKER, p, "Besproken", "ANDERS", "", String.valueOf(haven),
				OverlegFixture.vandaag().minusDays(1).toString());
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(result.getResponse().getContentAsString()).contains("Licht het besluit Anders toe.")
			.contains("Kies een medewerker van Wijkteam Stad Centrum of de regievoerder van de casus.")
			.contains("Deze datum ligt voor het overleg");
		MvcResult ongeldig = bespreek(Demo.WIJKWERKER, p, "Besproken", "DOORGAAN", "", String.valueOf(wijkwerker()),
				"31-02-2026");
		assertThat(ongeldig.getResponse().getStatus()).isEqualTo(422);
		assertThat(ongeldig.getResponse().getContentAsString()).contains("Vul een geldige datum in");
		assertThat(this.fixture.besprekingen(p[1])).isZero();
	}

	@Test
	void aMeetingWhoseDayHasNotComeCannotBeDiscussedYet() throws Exception {
		long[] p = punt(OverlegFixture.vandaag().plusDays(1));
		assertThat(uitvoeren(Demo.WIJKWERKER, get("/overleg/{o}/agenda/{p}", p[0], p[1])).getResponse()
			.getContentAsString()).doesNotContain("id=\"bespreking-form\"").contains("Vanaf die dag legt u hier");
		MvcResult result = bespreek(Demo.WIJKWERKER, p, "Vooruit", "DOORGAAN", "", String.valueOf(wijkwerker()), "");
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(this.fixture.besprekingen(p[1])).isZero();
	}

	@Test
	void theDecisionGoesOnTheTimelineWithItsFollowUpAndALinkToTheMeeting() throws Exception {
		LocalDate vandaag = OverlegFixture.vandaag();
		long[] p = punt(vandaag);
		LocalDate voor = vandaag.plusDays(14);
		MvcResult result = bespreek(Demo.MANAGER, p, "Aanpak werkt.", "DOORGAAN", "", String.valueOf(wijkwerker()),
				voor.toString());
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/overleg/" + p[0] + "/agenda/" + p[1]);
		String naam = this.jdbc.sql("select voornaam || ' ' || achternaam from medewerker where id = ?")
			.param(wijkwerker())
			.query(String.class)
			.single();
		assertThat(this.fixture.tijdlijn(p[2], "overlegBesproken"))
			.isEqualTo(Datums.dag(vandaag) + ": besluit Doorgaan; opvolging: " + naam + " vóór " + Datums.dag(voor)
					+ " -> /overleg/" + p[0] + "#punt-" + p[1]);
		assertThat(this.fixture.besprekingen(p[1])).isEqualTo(1);
		assertThat(this.fixture.log("OVERLEG_BESPROKEN", Demo.MANAGER, p[2], "OK")).isEqualTo(1);

		String dossier = uitvoeren(Demo.WIJKWERKER, get("/casussen/{id}", p[2])).getResponse().getContentAsString();
		assertThat(dossier).contains("Casuïstiekoverleg")
			.contains(Datums.dag(vandaag) + ": besluit Doorgaan; opvolging: " + naam);
		assertThat(uitvoeren(Demo.WIJKWERKER, get("/overleg/{o}", p[0])).getResponse().getContentAsString())
			.contains("Bespreking bekijken")
			.doesNotContain("Van de agenda halen");
	}

	@Test
	void aSecondSaveIsAConflictThatOverwritesNothing() throws Exception {
		long[] p = punt(OverlegFixture.vandaag());
		assertThat(bespreek(Demo.WIJKWERKER, p, "Eerste versie", "DOORGAAN", "", String.valueOf(wijkwerker()), "")
			.getResponse()
			.getStatus()).isEqualTo(302);
		MvcResult tweede = bespreek(Demo.MANAGER, p, "Tweede versie", "ANDERS", "Iets anders",
				String.valueOf(wijkwerker()), "");
		assertThat(tweede.getResponse().getStatus()).isEqualTo(409);
		assertThat(tweede.getResponse().getContentAsString()).contains("Iemand anders was u voor")
			.contains("Eerste versie")
			.doesNotContain("Tweede versie");
		assertThat(this.fixture.besprekingen(p[1])).isEqualTo(1);
		assertThat(this.jdbc.sql("select notities from overleg_bespreking where agendapunt_id = ?")
			.param(p[1])
			.query(String.class)
			.single()).isEqualTo("Eerste versie");
		assertThat(this.fixture.tijdlijn(p[2], "overlegBesproken")).doesNotContain("Anders");
	}

	@Test
	void escalatingCreatesExactlyOneReferralToTheSociaalStedelijkTeamWithTheDecision() throws Exception {
		long[] p = punt(OverlegFixture.vandaag());
		MvcResult result = uitvoeren(Demo.WIJKWERKER,
				post("/overleg/{o}/agenda/{p}/bespreking", p[0], p[1])
					.param("notities", "Verward gedrag en middelengebruik nemen toe.")
					.param("besluit", "OPSCHALEN_SST")
					.param("opvolgerId", String.valueOf(wijkwerker()))
					.param("specialisme", "GGZ")
					.param("vraag", "Graag consultatie bij vermoedelijke psychose."));
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(this.fixture.sstVerwijzingen(p[2])).isEqualTo(1);
		Long verwijzing = this.jdbc.sql("select verwijzing_id from overleg_bespreking where agendapunt_id = ?")
			.param(p[1])
			.query(Long.class)
			.single();
		assertThat(
				this.jdbc.sql("select specialisme || ': ' || sst_vraag || ' / ' || reden from verwijzing where id = ?")
					.param(verwijzing)
					.query(String.class)
					.single())
			.isEqualTo("GGZ: Graag consultatie bij vermoedelijke psychose. / Besluit van het "
					+ "casuïstiekoverleg van " + Datums.dag(OverlegFixture.vandaag()) + " (Wijkteam Stad Centrum).");
		assertThat(this.fixture.tijdlijn(p[2], "overlegBesproken")).contains("besluit Opschalen naar SST");
		assertThat(this.fixture.tijdlijn(p[2], "verwijzing"))
			.contains("/casussen/" + p[2] + "/verwijzingen/" + verwijzing);
		assertThat(uitvoeren(Demo.WIJKWERKER, get("/overleg/{o}/agenda/{p}", p[0], p[1])).getResponse()
			.getContentAsString()).contains("/casussen/" + p[2] + "/verwijzingen/" + verwijzing);
	}

	@Test
	void aRefusedEscalationStoresNeitherTheDecisionNorAReferral() throws Exception {
		long[] p = punt(OverlegFixture.vandaag());
		MvcResult zonderVraag = bespreek(Demo.WIJKWERKER, p, "Opschalen", "OPSCHALEN_SST", "",
				String.valueOf(wijkwerker()), "");
		assertThat(zonderVraag.getResponse().getStatus()).isEqualTo(422);
		assertThat(zonderVraag.getResponse().getContentAsString())
			.contains("Kies het specialisme waarvoor u opschaalt.")
			.contains("Vul de vraag aan het Sociaal Stedelijk Team in.")
			.contains("heeft-fouten");

		// the case was closed meanwhile: the referral's own rule refuses it, nothing
		// stays half
		this.jdbc.sql(
				"update casus set status = 'AFGESLOTEN', afsluitreden = 'DOEL_BEREIKT', afgesloten_op = current_date where id = ?")
			.param(p[2])
			.update();
		MvcResult afgesloten = uitvoeren(Demo.WIJKWERKER,
				post("/overleg/{o}/agenda/{p}/bespreking", p[0], p[1]).param("notities", "Opschalen")
					.param("besluit", "OPSCHALEN_SST")
					.param("opvolgerId", String.valueOf(wijkwerker()))
					.param("specialisme", "VERSLAVINGSZORG")
					.param("vraag", "Advies gevraagd"));
		assertThat(afgesloten.getResponse().getStatus()).isEqualTo(422);
		assertThat(this.fixture.sstVerwijzingen(p[2])).isZero();
		assertThat(this.fixture.besprekingen(p[1])).isZero();
		assertThat(this.fixture.tijdlijn(p[2], "overlegBesproken")).isEmpty();
		assertThat(this.fixture.tijdlijn(p[2], "verwijzing")).isEmpty();
		assertThat(this.fixture.log("VERWIJZING_AANGEMAAKT", Demo.WIJKWERKER, p[2], "OK")).isZero();
	}

	@Test
	void aDecisionToCloseLeavesClosingToTheRegievoerder() throws Exception {
		long[] p = punt(OverlegFixture.vandaag());
		assertThat(bespreek(Demo.MANAGER, p, "Doel bereikt.", "AFSLUITEN", "", String.valueOf(wijkwerker()), "")
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(this.fixture.casussen().status(p[2])).isEqualTo("IN_BEHANDELING");
		assertThat(
				uitvoeren(Demo.MANAGER, get("/overleg/{o}/agenda/{p}", p[0], p[1])).getResponse().getContentAsString())
			.contains("id=\"afsluiten-hint\"")
			.contains("Het overleg sluit de casus niet zelf");
	}

	private MvcResult bespreek(String gebruiker, long[] p, String notities, String besluit, String toelichting,
			String opvolger, String voor) throws Exception {
		return uitvoeren(gebruiker,
				post("/overleg/{o}/agenda/{p}/bespreking", p[0], p[1]).param("notities", notities)
					.param("besluit", besluit)
					.param("toelichting", toelichting)
					.param("opvolgerId", opvolger)
					.param("opvolgenVoor", voor));
	}

	private MvcResult uitvoeren(String gebruiker, MockHttpServletRequestBuilder verzoek) throws Exception {
		return this.mvc.perform(verzoek.with(user(this.gebruikers.loadUserByUsername(gebruiker))).with(csrf()))
			.andReturn();
	}

}
