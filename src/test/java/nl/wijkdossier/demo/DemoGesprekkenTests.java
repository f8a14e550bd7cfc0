package nl.wijkdossier.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkdossier.shared.ClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo conversations: on the cases in behandeling and some closed ones, dated from
 * the first contact to today, ZRM scores only on the case's own domains, agreements in
 * every state, carers with EDIZ-plus scores, a meldcode, timeline lines that link to the
 * conversation — and a home with work on it for the demo wijkwerker. Other tests add
 * conversations of their own, so the checks look at the demo's (written at start-up,
 * {@code vastgelegd_op} before any test ran) or hold for every row.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoGesprekkenTests {

	/**
	 * Demo cases that no test changed: every change through the application writes an
	 * access-log row other than a read; the demo writes none.
	 */
	private static final String DEMO_CASUS = """
			c.team_id in (select distinct team_id from werkgebied_postcode where pc4 between '1311' and '1364')
			  and c.id <= (select min(id) + 494 from casus)
			  and not exists (select 1 from toegangslog l where l.casus_id = c.id and l.actie <> 'R')""";

	/** The conversations on those cases. */
	private static final String DEMO_GESPREK = "gesprek g join casus c on c.id = g.casus_id where " + DEMO_CASUS;

	final JdbcClient jdbc;

	final DemoGesprekGenerator generator;

	final MockMvc mvc;

	final UserDetailsService gebruikers;

	@Autowired
	DemoGesprekkenTests(JdbcClient jdbc, DemoGesprekGenerator generator, MockMvc mvc, UserDetailsService gebruikers) {
		this.jdbc = jdbc;
		this.generator = generator;
		this.mvc = mvc;
		this.gebruikers = gebruikers;
	}

	@Test
	void everyCaseInBehandelingAndSomeClosedOnesHaveOneToThreeConversations() {
		int inBehandeling = tel("select count(*) from casus c where " + DEMO_CASUS
				+ " and c.status = 'IN_BEHANDELING' and not exists (select 1 from gesprek g where g.casus_id = c.id)");
		assertThat(inBehandeling).as("demo cases in behandeling without a conversation").isZero();
		assertThat(tel("select count(distinct c.id) from " + DEMO_GESPREK + " and c.status = 'AFGESLOTEN'"))
			.isBetween(30, 110);
		assertThat(tel("select max(n) from (select count(*) as n from " + DEMO_GESPREK + " group by c.id) x"))
			.isEqualTo(3);
		assertThat(tel("select min(n) from (select count(*) as n from " + DEMO_GESPREK + " group by c.id) x"))
			.isEqualTo(1);
	}

	@Test
	void everyConversationLiesBetweenTheMeldingAndTodayOrTheClosingDay() {
		assertThat(tel("select count(*) from " + DEMO_GESPREK + " and (g.datum < c.gemeld_op or g.datum > current_date"
				+ " or (c.status = 'AFGESLOTEN' and g.datum > c.afgesloten_op) or g.vastgelegd_op > now())"))
			.isZero();
		assertThat(tel("select count(*) from " + DEMO_GESPREK)).isGreaterThan(300);
	}

	@Test
	void theFirstConversationIsTheFirstContactAndTheWmoOnderzoeksgesprek() {
		String eerste = "(select min(x.datum) from gesprek x where x.casus_id = c.id)";
		assertThat(tel("select count(distinct c.id) from " + DEMO_GESPREK + " and c.eerste_contact_op is distinct from "
				+ eerste))
			.isZero();
		assertThat(tel("select count(distinct c.id) from " + DEMO_GESPREK
				+ " and c.wmo_melding and c.onderzoeksgesprek_op is distinct from " + eerste))
			.isZero();
		assertThat(tel("select count(distinct c.id) from " + DEMO_GESPREK
				+ " and c.wmo_melding and c.onderzoek_afgerond_op < c.onderzoeksgesprek_op"))
			.as("no onderzoek finished before its onderzoeksgesprek")
			.isZero();
	}

	@Test
	void zrmScoresOnlyOnTheCasesOwnDomainsAndTheyMove() {
		assertThat(tel("select count(*) from gesprek_zrm z join gesprek g on g.id = z.gesprek_id"
				+ " join casus c on c.id = g.casus_id where " + DEMO_CASUS + " and not (z.domein = any(c.domeinen))"))
			.isZero();
		assertThat(
				tel("select count(*) from gesprek_zrm z where z.gesprek_id in (select g.id from " + DEMO_GESPREK + ")"))
			.isGreaterThan(300);
		assertThat(tel("""
				select count(*) from gesprek_zrm z1 join gesprek g1 on g1.id = z1.gesprek_id
				join gesprek g2 on g2.casus_id = g1.casus_id and g2.datum > g1.datum
				join gesprek_zrm z2 on z2.gesprek_id = g2.id and z2.domein = z1.domein
				where z2.score > z1.score""")).as("progress between conversations").isPositive();
	}

	@Test
	void agreementsComeInEveryStateAfterTheirConversation() {
		String demo = "select count(*) from afspraak a join gesprek g on g.id = a.gesprek_id join casus c on c.id = a.casus_id where "
				+ DEMO_CASUS;
		assertThat(tel(demo + " and (a.deadline <= g.datum or a.klaar_op < g.datum or a.klaar_op > current_date)"))
			.isZero();
		String open = demo + " and a.status = 'OPEN' and c.status <> 'AFGESLOTEN'";
		assertThat(tel(open + " and a.deadline < current_date")).as("te laat").isPositive();
		assertThat(tel(open + " and a.deadline >= current_date")).as("nog te gaan").isPositive();
		assertThat(tel(demo + " and a.status = 'KLAAR'")).isPositive();
		assertThat(tel(demo + " and c.status = 'AFGESLOTEN' and a.status = 'OPEN'"))
			.as("closed demo cases have no open agreements")
			.isZero();
	}

	@Test
	void carersWithEdizScoresSomeOverburdenedAndAMeldcodeUnderWay() {
		assertThat(tel("select count(*) from " + DEMO_GESPREK + " and g.mantelzorger_aanwezig")).isGreaterThan(20);
		assertThat(tel("select count(*) from " + DEMO_GESPREK + " and g.ediz_score >= 9")).isPositive();
		assertThat(tel("select count(*) from " + DEMO_GESPREK + " and g.ediz_score < 9")).isPositive();
		assertThat(tel("select count(*) from " + DEMO_GESPREK + " and g.vermoeden_huiselijk_geweld")).isBetween(1,
				DemoGesprekGenerator.MELDCODE_CASUSSEN);
		assertThat(tel("""
				select count(*) from meldcode m join gesprek g on g.id = m.gesprek_id
				where g.vermoeden_huiselijk_geweld and m.gestart_op = g.datum
				  and exists (select 1 from meldcode_stap s where s.casus_id = m.casus_id and s.stap = 1)
				  and exists (select 1 from meldcode_stap s where s.casus_id = m.casus_id and s.stap = 2)"""))
			.isBetween(1, DemoGesprekGenerator.MELDCODE_CASUSSEN);
		assertThat(tel("select count(*) from meldcode_stap where datum > current_date")).isZero();
	}

	@Test
	void everyConversationIsOnTheTimelineWithALinkToIt() {
		assertThat(tel("select count(*) from " + DEMO_GESPREK + """
				and not exists (select 1 from casus_gebeurtenis t where t.casus_id = c.id and t.soort = 'gesprek'
				                and t.link = '/casussen/' || c.id || '/gesprekken/' || g.id)""")).isZero();
	}

	@Test
	void theDemoWijkwerkerHasWorkOnHerHome() {
		LocalDate vandaag = LocalDate.now(ClockConfiguration.ZONE);
		LocalDate zondag = vandaag.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		String haar = """
				from afspraak a join casus c on c.id = a.casus_id join medewerker m on m.id = c.regievoerder_id
				join gebruiker u on u.id = m.gebruiker_id
				where u.gebruikersnaam = 'wijkwerker' and a.status = 'OPEN' and c.status <> 'AFGESLOTEN'
				  and a.gesprek_id is not null""";
		assertThat(tel("select count(*) " + haar + " and a.deadline < current_date")).isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.sql("select count(*) " + haar + " and a.deadline between current_date and ?")
			.param(zondag)
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(2);
		assertThat(tel("""
				select count(*) from gesprek_concept k join gebruiker u on u.id = k.auteur_gebruiker_id
				join casus c on c.id = k.casus_id join medewerker m on m.id = c.regievoerder_id
				where u.gebruikersnaam = 'wijkwerker' and m.gebruiker_id = u.id
				  and k.inhoud ->> 'verslag' is not null and k.inhoud ->> 'datum' is not null
				  and k.inhoud ->> 'locatie' = 'THUIS'""")).isGreaterThanOrEqualTo(1);
	}

	@Test
	void herDemoDraftOpensInTheConversationFormWhereSheLeftOff() throws Exception {
		var concept = this.jdbc.sql("""
				select k.id, k.casus_id, k.inhoud ->> 'verslag' as verslag from gesprek_concept k
				join gebruiker u on u.id = k.auteur_gebruiker_id
				where u.gebruikersnaam = 'wijkwerker' and k.inhoud ->> 'verslag' like 'Huisbezoek bij %'
				order by k.id limit 1""").query().singleRow();

		String formulier = this.mvc
			.perform(get("/casussen/" + concept.get("casus_id") + "/gesprekken/nieuw")
				.param("concept", String.valueOf(concept.get("id")))
				.with(user(this.gebruikers.loadUserByUsername("wijkwerker"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(formulier).contains(" vertelt dat");
	}

	@Test
	void theDemoConversationsOfHerTeamOpenOnTheDossierAndTheirOwnPage() throws Exception {
		var gesprek = this.jdbc.sql("""
				select g.id, g.casus_id, left(g.verslag, 30) as begin from gesprek g join casus c on c.id = g.casus_id
				join medewerker m on m.team_id = c.team_id join gebruiker u on u.id = m.gebruiker_id
				where u.gebruikersnaam = 'wijkwerker' and g.mantelzorger_aanwezig and g.ediz_score is not null
				  and exists (select 1 from afspraak a where a.gesprek_id = g.id)
				  and exists (select 1 from gesprek_zrm z where z.gesprek_id = g.id)
				order by g.id limit 1""").query().singleRow();
		var wijkwerker = user(this.gebruikers.loadUserByUsername("wijkwerker"));

		String dossier = this.mvc.perform(get("/casussen/" + gesprek.get("casus_id")).with(wijkwerker))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String pagina = this.mvc
			.perform(get("/casussen/" + gesprek.get("casus_id") + "/gesprekken/" + gesprek.get("id")).with(wijkwerker))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(dossier).contains("/casussen/" + gesprek.get("casus_id") + "/gesprekken/" + gesprek.get("id"));
		assertThat(pagina).contains((String) gesprek.get("begin"));
	}

	@Test
	void theSocialeKaartComesFirstSoSheHasReferralsWithANewAnswer() {
		assertThat(
				tel("select count(*) from verwijzing v where v.gesprek_id in (select g.id from " + DEMO_GESPREK + ")"))
			.isGreaterThan(2);
		assertThat(tel("""
				select count(*) from verwijzing v join casus c on c.id = v.casus_id
				join medewerker m on m.id = c.regievoerder_id join gebruiker u on u.id = m.gebruiker_id
				where u.gebruikersnaam = 'wijkwerker' and not v.antwoord_gezien and v.status <> 'VERSTUURD'
				  and v.gesprek_id is not null and\s""" + DEMO_CASUS)).isBetween(1, 2);
		assertThat(tel("select count(*) from verwijzing v where v.gesprek_id in (select g.id from " + DEMO_GESPREK + """
				) and not exists (
				  select 1 from casus_gebeurtenis t where t.casus_id = v.casus_id and t.soort = 'verwijzing'
				    and t.link = '/casussen/' || v.casus_id || '/verwijzingen/' || v.id)""")).isZero();
	}

	@Test
	void aSecondRunChangesNothing() {
		int gesprekken = tel("select count(*) from gesprek");
		int afspraken = tel("select count(*) from afspraak");
		int concepten = tel("select count(*) from gesprek_concept");

		DemoGesprekGenerator.Resultaat resultaat = this.generator.genereer();

		assertThat(resultaat.gesprekken()).isZero();
		assertThat(tel("select count(*) from gesprek")).isEqualTo(gesprekken);
		assertThat(tel("select count(*) from afspraak")).isEqualTo(afspraken);
		assertThat(tel("select count(*) from gesprek_concept")).isEqualTo(concepten);
	}

	private int tel(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
