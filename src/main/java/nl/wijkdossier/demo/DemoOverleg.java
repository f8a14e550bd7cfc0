package nl.wijkdossier.demo;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.shared.ClockConfiguration;

/**
 * The casuïstiekoverleg of the demo city: every team of Cluster Stad meets next week,
 * with two or three of its open cases on the agenda, and met last week, when two or three
 * cases were discussed with their decisions on the cases' timelines. In the first team's
 * past meeting one case was escalated to the Sociaal Stedelijk Team, with its referral.
 * Deterministic; adds nothing when meetings exist.
 */
@Component
class DemoOverleg {

	private static final String CLUSTER = "Cluster Stad";

	private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private static final List<String> VRAGEN = List.of(
			"Hoe krijgen we meneer weer in contact met zijn schuldhulpverlener? Hij opent zijn post niet meer.",
			"De mantelzorger is overbelast. Wie kent een goede vorm van respijtzorg in de wijk?",
			"Mevrouw weigert hulp in huis. Hoe blijven we in contact zonder te forceren?",
			"Er zijn zorgen over alcoholgebruik en de kinderen. Moeten we opschalen?",
			"Het gezin dreigt uit huis gezet te worden. Wat kan er nog met de woningcorporatie?",
			"Eenzaamheid staat voorop. Welke activiteiten in de buurt passen bij hem?");

	private static final List<String> NOTITIES = List.of(
			"Aanpak werkt: afspraken worden nagekomen en de post wordt samen geopend. Schuldhulp is weer in beeld.",
			"Zorgen over verward gedrag en middelengebruik nemen toe; de huisarts deelt de zorgen. Het team ziet "
					+ "onvoldoende mogelijkheden binnen de generalistische aanpak.",
			"Mevrouw wil vooral praktische hulp; een maatje via de vrijwilligerscentrale lijkt passend.");

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoOverleg(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return what was added (all zero when meetings existed)
	 */
	@Transactional
	Resultaat genereer() {
		if (this.jdbc.sql("select count(*) from overleg").query(Long.class).single() > 0) {
			return new Resultaat(0, 0, 0);
		}
		List<Team> teams = this.jdbc.sql("""
				select t.id, t.naam, g.id as manager
				from wijkteam t
				join cluster c on c.id = t.cluster_id
				left join medewerker m on m.id = t.manager_id
				left join gebruiker g on g.id = m.gebruiker_id
				where c.naam = :cluster and t.actief
				order by t.id
				""")
			.param("cluster", CLUSTER)
			.query((rs, rij) -> new Team(rs.getLong("id"), rs.getString("naam"), (Long) rs.getObject("manager")))
			.list();
		Long sst = this.jdbc.sql("""
				select id from voorziening where soort = 'SOCIAAL_STEDELIJK_TEAM' and actief order by id limit 1
				""").query(Long.class).optional().orElse(null);
		LocalDate vandaag = LocalDate.now(this.clock);
		LocalDate volgendeMaandag = vandaag.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		int overleggen = 0;
		int punten = 0;
		int besprekingen = 0;
		for (int t = 0; t < teams.size(); t++) {
			Team team = teams.get(t);
			List<Zaak> zaken = zaken(team.id());
			if (zaken.isEmpty()) {
				continue;
			}
			LocalDate komend = volgendeMaandag.plusDays(1 + t % 3);
			LocalDate verleden = komend.minusWeeks(2);
			LocalTime tijd = (t % 2 == 0) ? LocalTime.of(13, 30) : LocalTime.of(9, 30);
			String locatie = "Teamruimte " + team.naam().replaceFirst("^Wijkteam ", "");
			long planner = (team.managerGebruikerId() != null) ? team.managerGebruikerId()
					: zaken.get(0).regievoerderGebruikerId();
			long vorig = overleg(team.id(), verleden, tijd, locatie, planner, verleden.minusWeeks(2));
			long volgend = overleg(team.id(), komend, tijd, locatie, planner, verleden);
			overleggen += 2;
			int aantalVerleden = Math.min(2 + t % 2, zaken.size());
			for (int i = 0; i < aantalVerleden; i++) {
				Zaak zaak = zaken.get(i);
				String vraag = VRAGEN.get((t + i) % VRAGEN.size());
				long punt = agendeer(vorig, zaak, vraag, i + 1, verleden.minusDays(2), team, tijd);
				punten++;
				boolean escaleer = t == 0 && i == 1 && sst != null;
				String besluit = escaleer ? "OPSCHALEN_SST" : (i == 0) ? "DOORGAAN" : "ANDERS";
				Long verwijzing = escaleer ? escaleer(zaak, sst, planner, verleden, team) : null;
				bespreek(
						punt, zaak, besluit, NOTITIES.get(escaleer ? 1 : (i == 0) ? 0 : 2), "ANDERS".equals(besluit)
								? "Regievoerder vraagt een maatje aan bij de vrijwilligerscentrale." : null,
						verwijzing, planner, verleden, tijd);
				besprekingen++;
			}
			int aantalKomend = Math.min(2 + (t + 1) % 2, zaken.size() - aantalVerleden);
			for (int i = 0; i < aantalKomend; i++) {
				Zaak zaak = zaken.get(aantalVerleden + i);
				agendeer(volgend, zaak, VRAGEN.get((t + i + 3) % VRAGEN.size()), i + 1, vandaag, team, tijd);
				punten++;
			}
		}
		return new Resultaat(overleggen, punten, besprekingen);
	}

	/** Open cases of the team with an active regievoerder, the same ones every time. */
	private List<Zaak> zaken(long teamId) {
		return this.jdbc.sql("""
				select c.id, c.regievoerder_id, r.gebruiker_id, r.voornaam || ' ' || r.achternaam as naam
				from casus c
				join medewerker r on r.id = c.regievoerder_id and r.actief
				where c.team_id = :team and c.status = 'IN_BEHANDELING'
				order by c.id
				limit 6
				""")
			.param("team", teamId)
			.query((rs, rij) -> new Zaak(rs.getLong("id"), rs.getLong("regievoerder_id"), rs.getLong("gebruiker_id"),
					rs.getString("naam")))
			.list();
	}

	private long overleg(long teamId, LocalDate datum, LocalTime tijd, String locatie, long door, LocalDate gepland) {
		return this.jdbc.sql("""
				insert into overleg (team_id, datum, begintijd, locatie, gepland_door, gepland_op)
				values (?, ?, ?, ?, ?, ?) returning id
				""")
			.params(teamId, datum, Time.valueOf(tijd), locatie, door, moment(gepland, LocalTime.of(10, 0)))
			.query(Long.class)
			.single();
	}

	private long agendeer(long overlegId, Zaak zaak, String vraag, int positie, LocalDate op, Team team,
			LocalTime tijd) {
		Timestamp moment = moment(op.minusDays(positie), LocalTime.of(8, 15));
		long id = this.jdbc.sql("""
				insert into overleg_agendapunt (overleg_id, casus_id, vraag, geagendeerd_door, geagendeerd_op, positie)
				values (?, ?, ?, ?, ?, ?) returning id
				""")
			.params(overlegId, zaak.id(), vraag, zaak.regievoerderGebruikerId(), moment, positie)
			.query(Long.class)
			.single();
		LocalDate datum = this.jdbc.sql("select datum from overleg where id = ?")
			.param(overlegId)
			.query(LocalDate.class)
			.single();
		tijdlijn(zaak.id(), moment, zaak.regievoerderGebruikerId(), "overlegGeagendeerd",
				DAG.format(datum) + " " + tijd + " uur (" + team.naam() + ")", "/overleg/" + overlegId);
		return id;
	}

	private long escaleer(Zaak zaak, long sst, long door, LocalDate op, Team team) {
		Timestamp moment = moment(op, LocalTime.of(15, 0));
		String vraag = "Graag advies en consultatie bij vermoedelijke psychiatrische problematiek met middelengebruik.";
		long id = this.jdbc.sql("""
				insert into verwijzing (casus_id, voorziening_id, reden, status, verstuurd_op, verstuurd_door,
				                        specialisme, sst_vraag)
				values (?, ?, ?, 'VERSTUURD', ?, ?, 'GGZ', ?) returning id
				""")
			.params(zaak.id(), sst,
					"Besluit van het casuïstiekoverleg van " + DAG.format(op) + " (" + team.naam() + ").", moment, door,
					vraag)
			.query(Long.class)
			.single();
		tijdlijn(zaak.id(), moment, door, "verwijzing", "Sociaal Stedelijk Team Polderstad, GGZ: " + vraag,
				"/casussen/" + zaak.id() + "/verwijzingen/" + id);
		return id;
	}

	private void bespreek(long puntId, Zaak zaak, String besluit, String notities, String toelichting,
			Long verwijzingId, long door, LocalDate op, LocalTime tijd) {
		Timestamp moment = moment(op, tijd.plusHours(1));
		LocalDate voor = op.plusWeeks(3);
		this.jdbc.sql("""
				insert into overleg_bespreking (agendapunt_id, notities, besluit, toelichting, opvolger_id,
				                                opvolgen_voor, verwijzing_id, vastgelegd_door, vastgelegd_op)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(puntId, notities, besluit, toelichting, zaak.regievoerderId(), voor, verwijzingId, door, moment)
			.update();
		String woord = switch (besluit) {
			case "OPSCHALEN_SST" -> "Opschalen naar SST";
			case "DOORGAAN" -> "Doorgaan";
			default -> "Anders";
		};
		long overlegId = this.jdbc.sql("select overleg_id from overleg_agendapunt where id = ?")
			.param(puntId)
			.query(Long.class)
			.single();
		tijdlijn(
				zaak.id(), moment, door, "overlegBesproken", DAG.format(op) + ": besluit " + woord + "; opvolging: "
						+ zaak.regievoerderNaam() + " vóór " + DAG.format(voor),
				"/overleg/" + overlegId + "#punt-" + puntId);
	}

	private void tijdlijn(long casusId, Timestamp op, long door, String soort, String detail, String link) {
		this.jdbc.sql("""
				insert into casus_gebeurtenis (casus_id, op, door_gebruiker_id, soort, detail, link)
				values (?, ?, ?, ?, ?, ?)
				""").params(casusId, op, door, soort, detail, link).update();
	}

	private static Timestamp moment(LocalDate dag, LocalTime tijd) {
		return Timestamp.from(ZonedDateTime.of(dag, tijd, ClockConfiguration.ZONE).toInstant());
	}

	private record Team(long id, String naam, Long managerGebruikerId) {
	}

	private record Zaak(long id, long regievoerderId, long regievoerderGebruikerId, String regievoerderNaam) {
	}

	/** What was added. */
	record Resultaat(int overleggen, int agendapunten, int besprekingen) {
	}

}
