package nl.wijkdossier.home;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.casus.Urgentie;
import nl.wijkdossier.casus.WmoKlok;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.shared.web.Datums;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The wijkwerker's home: her overdue and this week's agreements, her drafts, new answers
 * to referrals and her open cases with their next deadline — and nothing that is not
 * hers: colleagues' drafts and agreements, cases she does not coordinate, other teams'
 * cases, closed cases, answers she has seen. Each view is one access-log row.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WijkwerkerHomeTests {

	final MockMvc mvc;

	final UserDetailsService gebruikers;

	final JdbcClient jdbc;

	final CasusFixtures fixtures;

	final HomeFixtures home;

	@Autowired
	WijkwerkerHomeTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
		this.home = new HomeFixtures(jdbc);
	}

	@Test
	void herHomeShowsHerOverdueAgreementHerDraftHerCaseWithItsDeadlineAndANewAnswer() throws Exception {
		LocalDate vandaag = LocalDate.now(ClockConfiguration.ZONE);
		long haar = this.fixtures.medewerkerVan(Demo.WIJKWERKER);
		long haarGebruiker = this.home.gebruikerId(Demo.WIJKWERKER);
		long team = this.fixtures.teamVan(Demo.WIJKWERKER);
		CasusFixtures.Inwoner inwoner = this.fixtures.inwoner("Jolanda", CasusFixtures.uniekeAchternaam());
		long casus = this.fixtures.casus(inwoner.id(), team)
			.inBehandeling(haar)
			.wmo()
			.dagenGeleden(40)
			.contactOp(vandaag.minusDays(35))
			.opslaan();
		String omschrijving = HomeFixtures.uniek("Alle post in een map verzamelen");
		long afspraak = this.home.afspraak(casus, omschrijving, vandaag.minusDays(3), false);
		long concept = this.home.concept(casus, haarGebruiker, Instant.now().minus(1, ChronoUnit.HOURS));
		String voorziening = HomeFixtures.uniek("Buurtkamer De Kemphaan");
		long collega = this.home.gebruikerVanMedewerker(this.home.collegaIn(team, Demo.WIJKWERKER));
		long verwijzing = this.home.verwijzing(casus, this.home.voorziening(voorziening), haarGebruiker, collega,
				false);

		MvcResult result = bekijk(Demo.WIJKWERKER);
		String pagina = result.getResponse().getContentAsString();
		WijkwerkerHome.Overzicht werk = (WijkwerkerHome.Overzicht) result.getModelAndView().getModel().get("werk");

		assertThat(werk.afspraken()).anySatisfy((a) -> {
			assertThat(a.id()).isEqualTo(afspraak);
			assertThat(a.isTeLaat()).isTrue();
			assertThat(a.dagen()).isEqualTo(-3);
		});
		assertThat(pagina).contains(omschrijving, "3 dagen te laat", inwoner.naam(),
				"/casussen/" + casus + "/afspraken/" + afspraak + "/klaar", "name=\"terug\" value=\"/\"");
		assertThat(werk.concepten()).anySatisfy((k) -> assertThat(k.id()).isEqualTo(concept));
		assertThat(pagina).contains("/casussen/" + casus + "/gesprekken/nieuw?concept=" + concept, "Verder schrijven");
		assertThat(werk.antwoorden()).anySatisfy((v) -> assertThat(v.id()).isEqualTo(verwijzing));
		assertThat(pagina).contains(voorziening, "/casussen/" + casus + "/verwijzingen/" + verwijzing);

		LocalDate uiterlijk = vandaag.minusDays(40).plusWeeks(6);
		assertThat(werk.werklijst().casussen()).anySatisfy((c) -> {
			assertThat(c.id()).isEqualTo(casus);
			assertThat(c.deadline().uiterlijk()).isEqualTo(uiterlijk);
			assertThat(c.deadline().kleur()).isEqualTo(WmoKlok.Kleur.AMBER);
			assertThat(c.termijn().name()).isEqualTo("ONDERZOEK");
		});
		assertThat(pagina).contains("Wmo-onderzoek uiterlijk " + Datums.dag(uiterlijk), "Oranje: let op, nog 2 dagen");
	}

	@Test
	void theFirstDeadlineComesFirstAndCasesWithoutATermLast() throws Exception {
		long haar = this.fixtures.medewerkerVan(Demo.WIJKWERKER);
		long team = this.fixtures.teamVan(Demo.WIJKWERKER);
		long zonderTermijn = this.fixtures.casus(this.fixtures.inwoner().id(), team)
			.inBehandeling(haar)
			.urgentie(Urgentie.SPOED)
			.dagenGeleden(1)
			.opslaan();
		long teLaat = this.fixtures.casus(this.fixtures.inwoner().id(), team)
			.inBehandeling(haar)
			.wmo()
			.dagenGeleden(60)
			.opslaan();
		long groen = this.fixtures.casus(this.fixtures.inwoner().id(), team)
			.inBehandeling(haar)
			.wmo()
			.dagenGeleden(2)
			.opslaan();

		WijkwerkerHome.Overzicht werk = overzicht(Demo.WIJKWERKER);

		var ids = werk.werklijst().casussen().stream().map((c) -> c.id()).toList();
		assertThat(ids).containsSubsequence(teLaat, groen, zonderTermijn);
		assertThat(werk.werklijst().casussen()).filteredOn((c) -> c.id() == zonderTermijn)
			.singleElement()
			.satisfies((c) -> assertThat(c.deadline()).isNull());
		assertThat(werk.werklijst().casussen()).filteredOn((c) -> c.id() == teLaat)
			.singleElement()
			.satisfies((c) -> assertThat(c.deadline().kleur()).isEqualTo(WmoKlok.Kleur.ROOD));
		String pagina = bekijk(Demo.WIJKWERKER).getResponse().getContentAsString();
		assertThat(pagina).contains("Rood: termijn verstreken, 18 dagen te laat", "Geen wettelijke termijn");
	}

	@Test
	void whatIsNotHersOrNotDueThisWeekStaysOff() throws Exception {
		LocalDate vandaag = LocalDate.now(ClockConfiguration.ZONE);
		LocalDate zondag = vandaag.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
		long haar = this.fixtures.medewerkerVan(Demo.WIJKWERKER);
		long haarGebruiker = this.home.gebruikerId(Demo.WIJKWERKER);
		long team = this.fixtures.teamVan(Demo.WIJKWERKER);
		long collegaMedewerker = this.home.collegaIn(team, Demo.WIJKWERKER);
		long collega = this.home.gebruikerVanMedewerker(collegaMedewerker);
		long ander = this.fixtures.medewerkerVan(Demo.WIJKWERKER2);
		long anderGebruiker = this.home.gebruikerId(Demo.WIJKWERKER2);
		long anderTeam = this.fixtures.teamVan(Demo.WIJKWERKER2);
		long voorziening = this.home.voorziening(HomeFixtures.uniek("Maatjesproject"));

		// her own case: a due date on Sunday is this week, on Monday it is not; done is
		// done
		CasusFixtures.Inwoner zelf = this.fixtures.inwoner();
		long eigen = this.fixtures.casus(zelf.id(), team).inBehandeling(haar).dagenGeleden(20).opslaan();
		String zondagAfspraak = HomeFixtures.uniek("Huurcontract opzoeken");
		this.home.partnerAfspraak(eigen, zondagAfspraak, "Woningcorporatie Polderwonen", zondag);
		String maandag = HomeFixtures.uniek("Volgende week");
		this.home.afspraak(eigen, maandag, zondag.plusDays(1), false);
		String klaar = HomeFixtures.uniek("Al gedaan");
		this.home.afspraak(eigen, klaar, vandaag.minusDays(2), true);
		long gezien = this.home.verwijzing(eigen, voorziening, haarGebruiker, collega, true);
		long conceptCollega = this.home.concept(eigen, collega, Instant.now());

		// a colleague's case in her team: visible to her, but not her work
		CasusFixtures.Inwoner vanCollega = this.fixtures.inwoner("Henk", CasusFixtures.uniekeAchternaam());
		long collegaCasus = this.fixtures.casus(vanCollega.id(), team)
			.inBehandeling(collegaMedewerker)
			.dagenGeleden(10)
			.opslaan();
		String collegaAfspraak = HomeFixtures.uniek("Niet van haar");
		this.home.afspraak(collegaCasus, collegaAfspraak, vandaag.minusDays(1), false);
		long collegaAntwoord = this.home.verwijzing(collegaCasus, voorziening, collega, haarGebruiker, false);

		// another team's case she does not coordinate, with her own old draft on it
		CasusFixtures.Inwoner elders = this.fixtures.inwoner("Sjaak", CasusFixtures.uniekeAchternaam());
		long anderCasus = this.fixtures.casus(elders.id(), anderTeam).inBehandeling(ander).dagenGeleden(10).opslaan();
		String anderAfspraak = HomeFixtures.uniek("Ander team");
		this.home.afspraak(anderCasus, anderAfspraak, vandaag.minusDays(1), false);
		long conceptElders = this.home.concept(anderCasus, haarGebruiker, Instant.now());
		this.home.verwijzing(anderCasus, voorziening, anderGebruiker, anderGebruiker, false);

		// her closed case
		CasusFixtures.Inwoner afgesloten = this.fixtures.inwoner("Gesloten", CasusFixtures.uniekeAchternaam());
		long gesloten = this.fixtures.casus(afgesloten.id(), team).inBehandeling(haar).dagenGeleden(90).opslaan();
		String geslotenAfspraak = HomeFixtures.uniek("Afgesloten casus");
		this.home.afspraak(gesloten, geslotenAfspraak, vandaag.minusDays(30), false);
		this.home.sluitAf(gesloten);

		MvcResult result = bekijk(Demo.WIJKWERKER);
		String pagina = result.getResponse().getContentAsString();
		WijkwerkerHome.Overzicht werk = (WijkwerkerHome.Overzicht) result.getModelAndView().getModel().get("werk");

		assertThat(pagina).contains(zondagAfspraak, "Woningcorporatie Polderwonen (partner)")
			.doesNotContain(maandag, klaar, collegaAfspraak, anderAfspraak, geslotenAfspraak, elders.naam(),
					afgesloten.naam(), vanCollega.naam());
		assertThat(werk.concepten()).extracting((k) -> k.id()).doesNotContain(conceptCollega, conceptElders);
		assertThat(werk.antwoorden()).extracting((v) -> v.id()).doesNotContain(gezien, collegaAntwoord);
		assertThat(werk.werklijst().casussen()).extracting((c) -> c.id())
			.contains(eigen)
			.doesNotContain(collegaCasus, anderCasus, gesloten);
	}

	@Test
	void aCaseSheCoordinatesInAnotherTeamIsHersToo() throws Exception {
		long haar = this.fixtures.medewerkerVan(Demo.WIJKWERKER);
		long anderTeam = this.fixtures.teamVan(Demo.WIJKWERKER2);
		CasusFixtures.Inwoner inwoner = this.fixtures.inwoner("Invalbeurt", CasusFixtures.uniekeAchternaam());
		long casus = this.fixtures.casus(inwoner.id(), anderTeam).inBehandeling(haar).dagenGeleden(5).opslaan();
		String afspraak = HomeFixtures.uniek("Bij het invallen");
		this.home.afspraak(casus, afspraak, LocalDate.now(ClockConfiguration.ZONE), false);

		String pagina = bekijk(Demo.WIJKWERKER).getResponse().getContentAsString();

		assertThat(pagina).contains(inwoner.naam(), afspraak, "Vandaag");
		assertThat(bekijk(Demo.WIJKWERKER2).getResponse().getContentAsString()).doesNotContain(afspraak);
	}

	@Test
	void klaarOnHerHomeMarksTheAgreementDoneAndComesBackHome() throws Exception {
		long haar = this.fixtures.medewerkerVan(Demo.WIJKWERKER);
		long team = this.fixtures.teamVan(Demo.WIJKWERKER);
		long casus = this.fixtures.casus(this.fixtures.inwoner().id(), team).inBehandeling(haar).opslaan();
		String omschrijving = HomeFixtures.uniek("Brief van de verhuurder beantwoorden");
		long afspraak = this.home.afspraak(casus, omschrijving, LocalDate.now(ClockConfiguration.ZONE).minusDays(1),
				false);
		nl.wijkdossier.gesprek.Werkvoorraad.AfspraakTeDoen opHome = overzicht(Demo.WIJKWERKER).afspraken()
			.stream()
			.filter((a) -> a.id() == afspraak)
			.findFirst()
			.orElseThrow();

		this.mvc
			.perform(post(opHome.klaarLink()).param("version", String.valueOf(opHome.version()))
				.param("terug", "/")
				.with(csrf())
				.with(als(Demo.WIJKWERKER)))
			.andExpect(redirectedUrl("/"));

		assertThat(bekijk(Demo.WIJKWERKER).getResponse().getContentAsString()).doesNotContain(omschrijving);
		assertThat(
				this.jdbc.sql("select status from afspraak where id = ?").param(afspraak).query(String.class).single())
			.isEqualTo("KLAAR");
	}

	@Test
	void everyViewOfHerHomeIsOneAccessLogRowNamingNoResident() throws Exception {
		int voor = this.home.logRegels("WERKLIJST_BEKEKEN", Demo.WIJKWERKER);

		bekijk(Demo.WIJKWERKER);
		bekijk(Demo.WIJKWERKER);

		assertThat(this.home.logRegels("WERKLIJST_BEKEKEN", Demo.WIJKWERKER)).isEqualTo(voor + 2);
		Map<String, Object> laatste = this.jdbc.sql("""
				select inwoner_id, casus_id, actie, resultaat from toegangslog
				where gebeurtenis = 'WERKLIJST_BEKEKEN' and gebruikersnaam = ? order by id desc limit 1
				""").param(Demo.WIJKWERKER).query().singleRow();
		assertThat(laatste.get("inwoner_id")).isNull();
		assertThat(laatste.get("casus_id")).isNull();
		assertThat(laatste.get("actie")).isEqualTo("R");
		assertThat(laatste.get("resultaat")).isEqualTo("OK");
	}

	@Test
	void otherRolesKeepTheirOwnHomeAndLogNoWerklijst() throws Exception {
		int voor = this.home.logRegels("WERKLIJST_BEKEKEN", Demo.MANAGER);

		this.mvc.perform(get("/").with(als(Demo.MANAGER))).andExpect(view().name("home/manager"));

		assertThat(this.home.logRegels("WERKLIJST_BEKEKEN", Demo.MANAGER)).isEqualTo(voor);
	}

	@Test
	void aNewWijkwerkerWithNothingYetGetsFriendlyEmptyStates() throws Exception {
		CasusFixtures.NieuwTeam team = this.fixtures.nieuwTeam();
		String nieuw = this.fixtures.wijkwerker(team.partnerId(), team.teamId());

		String pagina = bekijk(nieuw).getResponse().getContentAsString();

		assertThat(pagina).contains("Geen afspraken die te laat zijn of deze week aflopen",
				"Geen concepten: al uw gespreksverslagen zijn vastgelegd", "Geen nieuwe antwoorden",
				"U bent nog van geen enkele casus regievoerder", "Mijn team");
	}

	@Test
	void theWaitingCasesOfHerTeamWithoutContactAreCountedOnTheLinkToTheWachtlijst() throws Exception {
		CasusFixtures.NieuwTeam team = this.fixtures.nieuwTeam();
		String nieuw = this.fixtures.wijkwerker(team.partnerId(), team.teamId());
		this.fixtures.casus(this.fixtures.inwoner().id(), team.teamId()).opslaan();
		this.fixtures.casus(this.fixtures.inwoner().id(), team.teamId()).opWachtlijst().opslaan();
		this.fixtures.casus(this.fixtures.inwoner().id(), team.teamId())
			.opWachtlijst()
			.contactOp(LocalDate.now(ClockConfiguration.ZONE))
			.opslaan();

		WijkwerkerHome.Overzicht werk = overzicht(nieuw);

		assertThat(werk.werklijst().wachtendZonderContact()).isEqualTo(2);
		assertThat(bekijk(nieuw).getResponse().getContentAsString()).contains("Wachtlijst: 2 nog zonder contact");
	}

	private MvcResult bekijk(String gebruikersnaam) throws Exception {
		return this.mvc.perform(get("/").with(als(gebruikersnaam)))
			.andExpect(status().isOk())
			.andExpect(view().name("home/wijkwerker"))
			.andReturn();
	}

	private WijkwerkerHome.Overzicht overzicht(String gebruikersnaam) throws Exception {
		return (WijkwerkerHome.Overzicht) bekijk(gebruikersnaam).getModelAndView().getModel().get("werk");
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor als(String gebruikersnaam) {
		return user(this.gebruikers.loadUserByUsername(gebruikersnaam));
	}

}
