package nl.wijkdossier.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo visits: in every past session of the demo spreekuren that took place, a
 * plausible number (6–25 inloop, 8–30 administratief), never in a cancelled or future
 * one; durations within their topic's range; a referral always to an active sociale-kaart
 * entry that serves the team; mostly handled on the spot, about 3% aanmelding; a handful
 * linked to a resident with a case in the team, with a timeline line on that case; the
 * season shows; a second run adds nothing. Other tests register visits of their own, so
 * the checks look at the demo's: lines of demo teams registered during their session.
 */
@SpringBootTest
class DemoSpreekuurBezoekenTests {

	/**
	 * The lines the demo wrote: all in the one transaction of its start-up run, so they
	 * share the {@code xmin} of the very first line (the table was empty before it).
	 */
	private static final String DEMO = """
			from spreekuur_bezoek b
			join spreekuur_sessie s on s.id = b.sessie_id
			join spreekuur sp on sp.id = s.spreekuur_id
			where b.xmin = (select eerste.xmin from spreekuur_bezoek eerste order by eerste.id limit 1)
			""";

	private final JdbcClient jdbc;

	private final DemoSpreekuurBezoeken generator;

	private final CasusFixtures casussen;

	@Autowired
	DemoSpreekuurBezoekenTests(JdbcClient jdbc, DemoSpreekuurBezoeken generator, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.jdbc = jdbc;
		this.generator = generator;
		this.casussen = new CasusFixtures(jdbc, inwoners, beheer);
	}

	@Test
	void everyPastSessionThatTookPlaceHasAPlausibleNumberOfVisitorsAndNoOtherSessionHasAny() {
		assertThat(tel("select count(*) " + DEMO)).as("demo visits").isGreaterThan(1000);
		assertThat(tel("select count(*) " + DEMO + " and (s.vervalt_reden is not null or s.eindigt_op > now())"))
			.isZero();
		// the demo's sessions were written before any test's
		int laatsteDemoSessie = tel("select max(s.id) " + DEMO);
		assertThat(
				tel("""
						select count(*) from spreekuur_sessie s join spreekuur sp on sp.id = s.spreekuur_id
						where sp.team_id in (select distinct team_id from werkgebied_postcode where pc4 between '1311' and '1364')
						  and s.vervalt_reden is null and s.eindigt_op < now() - interval '1 day' and s.id <= """
						+ laatsteDemoSessie + """
								  and not exists (select 1 from spreekuur_bezoek b where b.sessie_id = s.id)
								"""))
			.as("past demo sessions that took place without a visitor")
			.isZero();
		String perSessie = "select min(n) || '-' || max(n) from (select count(*) as n " + DEMO
				+ " and b.ingetrokken_op is null and sp.soort = ? group by s.id) x";
		String[] inloop = this.jdbc.sql(perSessie).param("INLOOP").query(String.class).single().split("-");
		String[] administratief = this.jdbc.sql(perSessie)
			.param("ADMINISTRATIEF")
			.query(String.class)
			.single()
			.split("-");
		assertThat(Integer.parseInt(inloop[0])).isGreaterThanOrEqualTo(6);
		assertThat(Integer.parseInt(inloop[1])).isLessThanOrEqualTo(25);
		assertThat(Integer.parseInt(administratief[0])).isGreaterThanOrEqualTo(8);
		assertThat(Integer.parseInt(administratief[1])).isLessThanOrEqualTo(30);
		assertThat(tel("select count(*) " + DEMO + " and b.ingetrokken_op is not null")).as("an undone double line")
			.isPositive();
	}

	@Test
	void durationsFitTheTopicAndResultsAreMostlyHandledOnTheSpot() {
		assertThat(tel("select count(*) " + DEMO + """
				 and not case b.onderwerp
				     when 'FORMULIEREN_BRIEVEN' then b.duur_minuten between 10 and 20
				     when 'TOESLAGEN_BELASTING' then b.duur_minuten between 15 and 30
				     when 'SCHULDEN_GELDZAKEN' then b.duur_minuten between 20 and 45
				     when 'WONEN' then b.duur_minuten between 10 and 25
				     when 'ZORG_ONDERSTEUNING' then b.duur_minuten between 15 and 30
				     when 'WERK_INKOMEN' then b.duur_minuten between 10 and 25
				     when 'EENZAAMHEID_CONTACT' then b.duur_minuten between 10 and 30
				     else b.duur_minuten between 5 and 15 end
				""")).isZero();
		double totaal = tel("select count(*) " + DEMO + " and b.ingetrokken_op is null");
		double afgehandeld = tel(
				"select count(*) " + DEMO + " and b.ingetrokken_op is null and b.resultaat = 'AFGEHANDELD'");
		double aanmelding = tel(
				"select count(*) " + DEMO + " and b.ingetrokken_op is null and b.resultaat = 'AANMELDING'");
		assertThat(afgehandeld / totaal).isBetween(0.55, 0.85);
		assertThat(aanmelding / totaal).isBetween(0.015, 0.05);
		assertThat(tel("select count(*) " + DEMO + " and b.resultaat = 'VERVOLGAFSPRAAK'")).isPositive();
		assertThat(tel("select count(distinct b.onderwerp) " + DEMO)).isEqualTo(8);
	}

	@Test
	void aReferralAlwaysGoesToAnActiveEntryThatServesTheTeam() {
		assertThat(tel("select count(*) " + DEMO + " and b.resultaat = 'DOORVERWEZEN'")).isPositive();
		assertThat(tel("select count(*) " + DEMO + """
				 and b.resultaat = 'DOORVERWEZEN' and not exists (
				     select 1 from voorziening v join wijkteam t on t.id = sp.team_id
				     where v.id = b.voorziening_id and v.actief and v.soort <> 'SOCIAAL_STEDELIJK_TEAM'
				       and (sp.team_id = any(v.team_ids) or t.cluster_id = any(v.cluster_ids)
				            or (cardinality(v.team_ids) = 0 and cardinality(v.cluster_ids) = 0)))
				""")).isZero();
		assertThat(
				tel("select count(*) " + DEMO + " and b.resultaat <> 'DOORVERWEZEN' and b.voorziening_id is not null"))
			.isZero();
	}

	@Test
	void registeredByAColleagueOnDutyOrOfTheTeam() {
		assertThat(tel("select count(*) " + DEMO + """
				 and not exists (select 1 from spreekuur_dienst d join medewerker m on m.id = d.medewerker_id
				                 where d.sessie_id = s.id and m.gebruiker_id = b.geregistreerd_door)
				 and not exists (select 1 from medewerker m where m.team_id = sp.team_id
				                 and m.gebruiker_id = b.geregistreerd_door)
				""")).isZero();
	}

	@Test
	void aHandfulIsLinkedToAResidentWithACaseInTheTeamAndShowsOnItsTimeline() {
		int gekoppeld = tel("select count(*) " + DEMO + " and b.inwoner_id is not null");
		int teams = tel("select count(distinct sp.team_id) " + DEMO);
		assertThat(gekoppeld).isPositive().isLessThanOrEqualTo(teams * 2 * DemoSpreekuurBezoeken.GEKOPPELD_PER_TEAM);
		assertThat(tel("select count(*) " + DEMO + """
				 and b.inwoner_id is not null and not exists (
				     select 1 from casus c where c.id = b.casus_id and c.inwoner_id = b.inwoner_id
				       and c.team_id = sp.team_id and c.gemeld_op <= s.datum)
				""")).as("linked to a case of that resident in the team").isZero();
		assertThat(tel("select count(*) " + DEMO + " and (b.inwoner_id is null) <> (b.casus_id is null)")).isZero();
		assertThat(tel("select count(*) " + DEMO + """
				 and b.casus_id is not null and not exists (
				     select 1 from casus_gebeurtenis g where g.casus_id = b.casus_id and g.soort = 'bezoek'
				       and g.op = b.geregistreerd_op and g.link = '/spreekuren/sessies/' || s.id
				       and g.detail like '%: %')
				""")).as("a timeline line per linked visit").isZero();
		assertThat(this.jdbc
			.sql("select g.detail from casus_gebeurtenis g where g.soort = 'bezoek' and exists (select 1 " + DEMO
					+ " and b.casus_id = g.casus_id and b.geregistreerd_op = g.op)")
			.query(String.class)
			.list()).isNotEmpty().allMatch((d) -> d.matches("[a-z ]+: [a-z]+"));
	}

	@Test
	void theSeasonShowsInTheTopicsAndTheCrowd() {
		Random random = new Random(1);
		DemoSpreekuurBezoeken.Sessie april = sessie("ADMINISTRATIEF", LocalDate.of(2026, 4, 14));
		DemoSpreekuurBezoeken.Sessie oktober = sessie("ADMINISTRATIEF", LocalDate.of(2026, 10, 13));
		DemoSpreekuurBezoeken.Sessie januari = sessie("INLOOP", LocalDate.of(2026, 1, 13));
		DemoSpreekuurBezoeken.Sessie juni = sessie("INLOOP", LocalDate.of(2026, 6, 9));
		int n = 4000;
		assertThat(aandeel(random, april, DemoSpreekuurBezoeken.Onderwerp.TOESLAGEN_BELASTING, n))
			.isGreaterThan(1.5 * aandeel(random, oktober, DemoSpreekuurBezoeken.Onderwerp.TOESLAGEN_BELASTING, n));
		assertThat(aandeel(random, januari, DemoSpreekuurBezoeken.Onderwerp.SCHULDEN_GELDZAKEN, n))
			.isGreaterThan(1.5 * aandeel(random, juni, DemoSpreekuurBezoeken.Onderwerp.SCHULDEN_GELDZAKEN, n));
		double inApril = 0;
		double inOktober = 0;
		for (int i = 0; i < n; i++) {
			inApril += DemoSpreekuurBezoeken.aantal(random, april);
			inOktober += DemoSpreekuurBezoeken.aantal(random, oktober);
		}
		assertThat(inApril).isGreaterThan(1.2 * inOktober);
	}

	@Test
	void ownSessionsGetVisitsOnlyWhenPastAndHeldAndASecondRunAddsNothing() {
		CasusFixtures.NieuwTeam nieuw = this.casussen.nieuwTeam();
		this.casussen.wijkwerker(nieuw.partnerId(), nieuw.teamId());
		long spreekuur = this.jdbc.sql("""
				insert into spreekuur (team_id, soort, locatie_naam, locatie_adres, weekdag, begintijd, eindtijd,
				                       geldig_van, geldig_tot, actief)
				values (?, 'INLOOP', 'Testbuurthuis', 'Teststraat 2', 2, '09:00', '11:00', current_date - 100,
				        current_date - 1, false)
				returning id""").param(nieuw.teamId()).query(Long.class).single();
		LocalDate vandaag = LocalDate.now(ClockConfiguration.ZONE);
		List<Long> gehouden = new ArrayList<>();
		for (int w = 1; w <= 3; w++) {
			gehouden.add(sessie(spreekuur, vandaag.minusWeeks(w), null));
		}
		long vervallen = sessie(spreekuur, vandaag.minusWeeks(4), "Feestdag");
		long straks = sessie(spreekuur, vandaag.plusDays(2), null);
		List<Long> alle = new ArrayList<>(gehouden);
		alle.add(vervallen);
		alle.add(straks);

		DemoSpreekuurBezoeken.Resultaat resultaat = this.generator.genereerVoor(alle);

		assertThat(resultaat.sessies()).isEqualTo(3);
		for (long sessie : gehouden) {
			assertThat(
					tel("select count(*) from spreekuur_bezoek where ingetrokken_op is null and sessie_id = " + sessie))
				.isBetween(6, 25);
		}
		assertThat(tel("select count(*) from spreekuur_bezoek where sessie_id in (" + vervallen + ", " + straks + ")"))
			.isZero();
		assertThat(
				tel("select count(*) from spreekuur_bezoek b join medewerker m on m.gebruiker_id = b.geregistreerd_door"
						+ " where m.team_id = " + nieuw.teamId() + " and b.sessie_id = " + gehouden.get(0)))
			.as("registered by the team's wijkwerker")
			.isEqualTo(tel("select count(*) from spreekuur_bezoek where sessie_id = " + gehouden.get(0)));
		int aantal = tel("select count(*) from spreekuur_bezoek");
		assertThat(this.generator.genereerVoor(alle)).isEqualTo(DemoSpreekuurBezoeken.Resultaat.GEEN);
		assertThat(this.generator.genereer()).isEqualTo(DemoSpreekuurBezoeken.Resultaat.GEEN);
		assertThat(tel("select count(*) from spreekuur_bezoek")).isEqualTo(aantal);
	}

	private static double aandeel(Random random, DemoSpreekuurBezoeken.Sessie sessie,
			DemoSpreekuurBezoeken.Onderwerp onderwerp, int n) {
		int raak = 0;
		for (int i = 0; i < n; i++) {
			if (DemoSpreekuurBezoeken.onderwerp(random, sessie) == onderwerp) {
				raak++;
			}
		}
		return (double) raak / n;
	}

	private static DemoSpreekuurBezoeken.Sessie sessie(String soort, LocalDate datum) {
		Instant begin = datum.atTime(9, 0).atZone(ClockConfiguration.ZONE).toInstant();
		return new DemoSpreekuurBezoeken.Sessie(0, datum, begin, begin.plusSeconds(7200), soort, 0, 0);
	}

	private long sessie(long spreekuur, LocalDate datum, String vervalt) {
		ZonedDateTime begin = datum.atTime(LocalTime.of(9, 0)).atZone(ClockConfiguration.ZONE);
		return this.jdbc.sql("""
				insert into spreekuur_sessie (spreekuur_id, datum, begintijd, eindtijd, begint_op, eindigt_op,
				                              vervalt_reden)
				values (?, ?, '09:00', '11:00', ?, ?, ?)
				returning id""")
			.params(spreekuur, datum, Timestamp.from(begin.toInstant()), Timestamp.from(begin.plusHours(2).toInstant()),
					vervalt)
			.query(Long.class)
			.single();
	}

	private int tel(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
