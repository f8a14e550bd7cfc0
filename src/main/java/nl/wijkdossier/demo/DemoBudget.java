package nl.wijkdossier.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.budget.Bedragen;
import nl.wijkdossier.casus.Dossier.TijdlijnRegel;
import nl.wijkdossier.shared.ClockConfiguration;

/**
 * The maatwerkbudget of the demo city: a budget this year for every team (set by the
 * gemeente), and 40–80 spendings spread over the cases reported this year, each with its
 * timeline line; two were withdrawn again, and one team has spent more than its budget.
 * Deterministic; adds nothing when budgets exist.
 */
@Component
class DemoBudget {

	private static final long SEED = 2026_07L;

	/** Per category: a realistic reason and the range of its amount in euros. */
	private static final List<Soort> SOORTEN = List.of(
			new Soort("SCHULDEN", "Achterstand huur betaald om ontruiming te voorkomen", 250, 1500),
			new Soort("SCHULDEN", "Afbetaling energierekening overbrugd tot de schuldhulp loopt", 100, 600),
			new Soort("WONEN", "Bed en matras na verhuizing uit de opvang", 150, 450),
			new Soort("WONEN", "Eenmalige schoonmaak van de woning na vervuiling", 200, 900),
			new Soort("HUISHOUDEN", "Tweedehands wasmachine, de oude is kapot", 120, 300),
			new Soort("HUISHOUDEN", "Boodschappenpakket in afwachting van de uitkering", 40, 120),
			new Soort("MOBILITEIT", "Tweedehands fiets om naar werk en school te komen", 80, 200),
			new Soort("MOBILITEIT", "Busabonnement voor drie maanden naar de dagbesteding", 90, 240),
			new Soort("GEZONDHEID", "Eigen bijdrage voor een bril die mevrouw niet kan betalen", 75, 250),
			new Soort("SOCIAAL", "Lidmaatschap sportclub voor de zoon, tegen isolement", 60, 220),
			new Soort("SOCIAAL", "Cursus Nederlands in het buurthuis", 50, 180),
			new Soort("OVERIG", "Kosten nieuw identiteitsbewijs, nodig voor de aanvraag", 70, 90));

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Bedragen bedragen;

	DemoBudget(JdbcClient jdbc, Clock clock, Bedragen bedragen) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.bedragen = bedragen;
	}

	/**
	 * @return what was added (all zero when budgets existed)
	 */
	@Transactional
	Resultaat genereer() {
		if (this.jdbc.sql("select count(*) from maatwerkbudget").query(Integer.class).single() > 0) {
			return new Resultaat(0, 0);
		}
		LocalDate vandaag = LocalDate.ofInstant(this.clock.instant(), ClockConfiguration.ZONE);
		LocalDate begin = vandaag.withDayOfYear(1);
		List<Casus> casussen = this.jdbc
			.sql("""
					select c.id, c.team_id, c.gemeld_op, c.afgesloten_op,
					       coalesce(r.gebruiker_id, (select m.gebruiker_id from medewerker m
					                                 where m.team_id = c.team_id and m.actief order by m.id limit 1)) as door
					from casus c
					left join medewerker r on r.id = c.regievoerder_id
					where c.gemeld_op >= ?
					order by c.id
					""")
			.param(begin)
			.query((rs, rij) -> new Casus(rs.getLong("id"), rs.getLong("team_id"),
					rs.getObject("gemeld_op", LocalDate.class), rs.getObject("afgesloten_op", LocalDate.class),
					(Long) rs.getObject("door", Long.class)))
			.list()
			.stream()
			.filter((c) -> c.door() != null)
			.toList();
		Random random = new Random(SEED);
		int aantal = casussen.isEmpty() ? 0 : 40 + random.nextInt(41);
		Map<Long, BigDecimal> perTeam = new HashMap<>();
		int ingetrokken = 0;
		for (int i = 0; i < aantal; i++) {
			Casus casus = casussen.get(random.nextInt(casussen.size()));
			LocalDate van = casus.gemeldOp().isBefore(begin) ? begin : casus.gemeldOp();
			LocalDate tot = (casus.afgeslotenOp() != null && casus.afgeslotenOp().isBefore(vandaag))
					? casus.afgeslotenOp() : vandaag;
			if (tot.isBefore(van)) {
				continue;
			}
			LocalDate datum = van.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(van, tot) + 1));
			Soort soort = SOORTEN.get(random.nextInt(SOORTEN.size()));
			BigDecimal bedrag = BigDecimal.valueOf(soort.van() + random.nextInt(soort.tot() - soort.van() + 1))
				.add(BigDecimal.valueOf(random.nextInt(4) * 25, 2));
			Timestamp op = Timestamp
				.from(datum.atTime(LocalTime.of(11, 30)).atZone(ClockConfiguration.ZONE).toInstant());
			boolean intrekken = ingetrokken < 2 && i % 17 == 5;
			this.jdbc
				.sql("""
						insert into maatwerk_uitgave (casus_id, team_id, bedrag, categorie, datum, reden, geregistreerd_door,
						                              geregistreerd_op, ingetrokken_op, ingetrokken_door, intrekreden)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")
				.params(casus.id(), casus.teamId(), bedrag, soort.categorie(), datum, soort.reden(), casus.door(), op,
						intrekken ? op : null, intrekken ? casus.door() : null,
						intrekken ? "Dubbel vastgelegd; de eerste regel blijft staan." : null)
				.update();
			tijdlijn(casus, op, "maatwerkUitgave", bedrag, soort.reden());
			if (intrekken) {
				ingetrokken++;
				tijdlijn(casus, op, "maatwerkIngetrokken", bedrag, "Dubbel vastgelegd; de eerste regel blijft staan.");
			}
			else {
				perTeam.merge(casus.teamId(), bedrag, BigDecimal::add);
			}
		}
		long gemeente = this.jdbc
			.sql("select id from gebruiker order by (gebruikersnaam = 'gemeente') desc, id limit 1")
			.query(Long.class)
			.single();
		List<Long> teams = this.jdbc.sql("select id from wijkteam where actief order by id").query(Long.class).list();
		long overschreden = perTeam.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElse(-1L);
		Timestamp nu = Timestamp.from(begin.atTime(LocalTime.of(9, 0)).atZone(ClockConfiguration.ZONE).toInstant());
		for (int t = 0; t < teams.size(); t++) {
			long teamId = teams.get(t);
			BigDecimal budget = (teamId == overschreden)
					? perTeam.get(teamId).multiply(new BigDecimal("0.8")).setScale(-2, java.math.RoundingMode.DOWN)
					: BigDecimal.valueOf(5000 + 1250L * (t % 5));
			this.jdbc.sql("""
					insert into maatwerkbudget (team_id, jaar, bedrag, gewijzigd_door, gewijzigd_op)
					values (?, ?, ?, ?, ?)
					""").params(teamId, begin.getYear(), budget.setScale(2), gemeente, nu).update();
		}
		return new Resultaat(teams.size(), aantal);
	}

	private void tijdlijn(Casus casus, Timestamp op, String soort, BigDecimal bedrag, String reden) {
		this.jdbc.sql(
				"insert into casus_gebeurtenis (casus_id, op, door_gebruiker_id, soort, detail) values (?, ?, ?, ?, ?)")
			.params(casus.id(), op, casus.door(), soort,
					TijdlijnRegel.detailMetArgumenten(this.bedragen.tekst(bedrag), reden))
			.update();
	}

	/** What was added. */
	record Resultaat(int budgetten, int uitgaven) {
	}

	private record Casus(long id, long teamId, LocalDate gemeldOp, LocalDate afgeslotenOp, Long door) {
	}

	private record Soort(String categorie, String reden, int van, int tot) {
	}

}
