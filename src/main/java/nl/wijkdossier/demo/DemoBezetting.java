package nl.wijkdossier.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.casus.Tijdlijn;
import nl.wijkdossier.shared.ClockConfiguration;

/**
 * Absence and cover in the manager's teams, so every page about it has something to show:
 * a colleague of {@code wijkwerker} ill since last week without cover (her cases are
 * "zonder bezetting"), another colleague on holiday covered by {@code wijkwerker3} from
 * another team of the cluster (with the timeline lines an appointment writes), and a
 * holiday of {@code wijkwerker} herself in three to four weeks without cover yet. Only
 * the type and the period, as the product stores it. Adds nothing when any absence
 * exists.
 */
@Component
class DemoBezetting {

	private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private final JdbcClient jdbc;

	private final Tijdlijn tijdlijn;

	private final Clock clock;

	DemoBezetting(JdbcClient jdbc, Tijdlijn tijdlijn, Clock clock) {
		this.jdbc = jdbc;
		this.tijdlijn = tijdlijn;
		this.clock = clock;
	}

	/**
	 * @return what was added (all zero when absences existed or the demo accounts are
	 * missing)
	 */
	@Transactional
	Resultaat genereer() {
		if (this.jdbc.sql("select count(*) from afwezigheid").query(Long.class).single() > 0) {
			return new Resultaat(0, 0);
		}
		Long manager = gebruiker("manager");
		Long wijkwerker = medewerker("wijkwerker");
		Long wijkwerker3 = medewerker("wijkwerker3");
		if (manager == null || wijkwerker == null || wijkwerker3 == null) {
			return new Resultaat(0, 0);
		}
		// colleagues of the manager's teams, those of wijkwerker's own team first
		List<Long> collegas = this.jdbc.sql("""
				select m.id from medewerker m
				join gebruiker g on g.id = m.gebruiker_id
				join wijkteam t on t.id = m.team_id
				where t.manager_id = (select id from medewerker where gebruiker_id = :manager) and t.actief
				  and m.actief and g.rol = 'WIJKWERKER' and m.id not in (:wijkwerker, :wijkwerker3)
				order by (m.team_id = (select team_id from medewerker where id = :wijkwerker)) desc, m.id
				""")
			.param("manager", manager)
			.param("wijkwerker", wijkwerker)
			.param("wijkwerker3", wijkwerker3)
			.query(Long.class)
			.list();
		if (collegas.size() < 2) {
			return new Resultaat(0, 0);
		}
		LocalDate vandaag = LocalDate.ofInstant(this.clock.instant(), ClockConfiguration.ZONE);
		LocalDate vorigeMaandag = vandaag.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
		afwezigheid(collegas.get(0), "ZIEKTE", vorigeMaandag, vandaag.plusWeeks(2), manager, vorigeMaandag);

		LocalDate vakantie = vandaag.minusDays(2);
		long afwezigheid = afwezigheid(collegas.get(1), "VAKANTIE", vakantie, vandaag.plusDays(4), manager,
				vakantie.minusWeeks(3));
		this.jdbc.sql("""
				insert into inval (afwezigheid_id, invaller_id, van, tot, aangewezen_door, aangewezen_op)
				values (:afwezigheid, :invaller, :van, :tot, :door, :op)
				""")
			.param("afwezigheid", afwezigheid)
			.param("invaller", wijkwerker3)
			.param("van", vakantie)
			.param("tot", vandaag.plusDays(4))
			.param("door", manager)
			.param("op", moment(vakantie.minusWeeks(1)))
			.update();
		String naam = this.jdbc.sql("select voornaam || ' ' || achternaam from medewerker where id = ?")
			.param(wijkwerker3)
			.query(String.class)
			.single();
		// the line an appointment writes (bezetting.Afwezigheidsbeheer): who, from when
		// to when
		List<Long> casussen = this.jdbc
			.sql("select id from casus where regievoerder_id = ? and status <> 'AFGESLOTEN' order by id")
			.param(collegas.get(1))
			.query(Long.class)
			.list();
		for (long casus : casussen) {
			this.tijdlijn.schrijf(casus, manager, "invalAangewezen",
					naam + ", " + DAG.format(vakantie) + " – " + DAG.format(vandaag.plusDays(4)));
		}

		LocalDate eigen = vandaag.plusDays(21).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		afwezigheid(wijkwerker, "VAKANTIE", eigen, eigen.plusDays(11), manager, vandaag.minusDays(10));
		return new Resultaat(3, 1);
	}

	private long afwezigheid(long medewerker, String soort, LocalDate van, LocalDate tot, long door,
			LocalDate geregistreerdOp) {
		return this.jdbc.sql("""
				insert into afwezigheid (medewerker_id, soort, van, tot, geregistreerd_door, geregistreerd_op)
				values (:medewerker, :soort, :van, :tot, :door, :op)
				returning id
				""")
			.param("medewerker", medewerker)
			.param("soort", soort)
			.param("van", van)
			.param("tot", tot)
			.param("door", door)
			.param("op", moment(geregistreerdOp))
			.query(Long.class)
			.single();
	}

	private static Timestamp moment(LocalDate dag) {
		return Timestamp.from(dag.atTime(LocalTime.of(9, 15)).atZone(ClockConfiguration.ZONE).toInstant());
	}

	private Long gebruiker(String naam) {
		return this.jdbc.sql("select id from gebruiker where gebruikersnaam = ?")
			.param(naam)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private Long medewerker(String gebruikersnaam) {
		return this.jdbc.sql("""
				select m.id from medewerker m join gebruiker g on g.id = m.gebruiker_id
				where g.gebruikersnaam = ? and m.actief
				""").param(gebruikersnaam).query(Long.class).optional().orElse(null);
	}

	/** What the generator added. */
	record Resultaat(int afwezigheden, int invallen) {
	}

}
