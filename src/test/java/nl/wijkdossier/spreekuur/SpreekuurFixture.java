package nl.wijkdossier.spreekuur;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.shared.ClockConfiguration;

/**
 * Spreekuren and sessions for tests, made through the module's own API: a spreekuur of a
 * demo team with a unique location name, its sessions, the people on duty.
 */
final class SpreekuurFixture {

	private final JdbcClient jdbc;

	private final SpreekuurSchema schema;

	SpreekuurFixture(JdbcClient jdbc, SpreekuurSchema schema) {
		this.jdbc = jdbc;
		this.schema = schema;
	}

	static LocalDate vandaag() {
		return LocalDate.now(ClockConfiguration.ZONE);
	}

	static String uniek(String begin) {
		return begin + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	long team(String naam) {
		return this.jdbc.sql("select id from wijkteam where naam = ?").param(naam).query(Long.class).single();
	}

	long medewerker(String gebruikersnaam) {
		return this.jdbc
			.sql("select m.id from medewerker m join gebruiker g on g.id = m.gebruiker_id"
					+ " where g.gebruikersnaam = ?")
			.param(gebruikersnaam)
			.query(Long.class)
			.single();
	}

	/** An active medewerker of the team other than the demo accounts. */
	long collegaVan(String team) {
		return this.jdbc.sql("""
				select m.id from medewerker m join gebruiker g on g.id = m.gebruiker_id
				where m.team_id = ? and m.actief and g.gebruikersnaam not in ('wijkwerker', 'wijkwerker2')
				order by m.id limit 1
				""").param(team(team)).query(Long.class).single();
	}

	String naamVan(long medewerker) {
		return this.jdbc.sql("select voornaam || ' ' || achternaam from medewerker where id = ?")
			.param(medewerker)
			.query(String.class)
			.single();
	}

	/**
	 * A weekly spreekuur of the team on this weekday, late in the evening, valid from
	 * today.
	 */
	long spreekuur(String team, String locatie, DayOfWeek dag) {
		return this.schema.nieuw(new SpreekuurGegevens(team(team), SpreekuurSoort.INLOOP, locatie,
				"Teststraat 1, Polderstad", dag, LocalTime.of(22, 0), LocalTime.of(23, 59), 1, vandaag(), null, null));
	}

	List<Long> sessies(long spreekuur) {
		return this.jdbc.sql("select id from spreekuur_sessie where spreekuur_id = ? order by datum, begintijd")
			.param(spreekuur)
			.query(Long.class)
			.list();
	}

	List<LocalDate> datums(long spreekuur, boolean alleenDoorgaand) {
		return this.jdbc
			.sql("select datum from spreekuur_sessie where spreekuur_id = ?"
					+ (alleenDoorgaand ? " and vervalt_reden is null" : "") + " order by datum")
			.param(spreekuur)
			.query(LocalDate.class)
			.list();
	}

	String vervaltReden(long spreekuur, LocalDate datum) {
		return this.jdbc.sql("select vervalt_reden from spreekuur_sessie where spreekuur_id = ? and datum = ?")
			.param(spreekuur)
			.param(datum)
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1)))
			.single()
			.orElse(null);
	}

	int diensten(long sessie) {
		return this.jdbc.sql("select count(*) from spreekuur_dienst where sessie_id = ?")
			.param(sessie)
			.query(Integer.class)
			.single();
	}

	int aantalSpreekuren() {
		return this.jdbc.sql("select count(*) from spreekuur").query(Integer.class).single();
	}

}
