package nl.wijkdossier.home;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for the wijkwerker's home that other modules write in real life — agreements,
 * drafts, referrals and their answers — inserted as SQL in the state a test needs.
 */
final class HomeFixtures {

	private final JdbcClient jdbc;

	HomeFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String uniek(String begin) {
		return begin + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	long gebruikerId(String gebruikersnaam) {
		return this.jdbc.sql("select id from gebruiker where gebruikersnaam = ?")
			.param(gebruikersnaam)
			.query(Long.class)
			.single();
	}

	long gebruikerVanMedewerker(long medewerkerId) {
		return this.jdbc.sql("select gebruiker_id from medewerker where id = ?")
			.param(medewerkerId)
			.query(Long.class)
			.single();
	}

	/** An active colleague (medewerker id) in the team who is not this user. */
	long collegaIn(long teamId, String behalve) {
		return this.jdbc.sql("""
				select m.id from medewerker m join gebruiker g on g.id = m.gebruiker_id
				where m.team_id = ? and m.actief and g.gebruikersnaam <> ? order by m.id limit 1
				""").params(teamId, behalve).query(Long.class).single();
	}

	long afspraak(long casusId, String omschrijving, LocalDate deadline, boolean klaar) {
		return this.jdbc.sql("""
				insert into afspraak (casus_id, omschrijving, wie, deadline, status, klaar_op)
				values (?, ?, 'INWONER', ?, ?, ?) returning id
				""")
			.params(casusId, omschrijving, deadline, klaar ? "KLAAR" : "OPEN", klaar ? deadline : null)
			.query(Long.class)
			.single();
	}

	long partnerAfspraak(long casusId, String omschrijving, String partner, LocalDate deadline) {
		return this.jdbc.sql("""
				insert into afspraak (casus_id, omschrijving, wie, partner, deadline) values (?, ?, 'PARTNER', ?, ?)
				returning id
				""").params(casusId, omschrijving, partner, deadline).query(Long.class).single();
	}

	long concept(long casusId, long auteurGebruikerId, Instant opgeslagen) {
		return this.jdbc.sql("""
				insert into gesprek_concept (casus_id, auteur_gebruiker_id, inhoud, aangemaakt_op, opgeslagen_op)
				values (?, ?, cast(? as jsonb), ?, ?) returning id
				""")
			.params(casusId, auteurGebruikerId, "{\"verslag\": \"Half af\", \"locatie\": \"THUIS\"}",
					Timestamp.from(opgeslagen.minus(10, ChronoUnit.MINUTES)), Timestamp.from(opgeslagen))
			.query(Long.class)
			.single();
	}

	long voorziening(String naam) {
		return this.jdbc.sql("insert into voorziening (naam, soort) values (?, 'INFORMEEL_INITIATIEF') returning id")
			.param(naam)
			.query(Long.class)
			.single();
	}

	/**
	 * A referral answered (accepted) by a colleague, seen or not yet seen by the
	 * regievoerder.
	 */
	long verwijzing(long casusId, long voorzieningId, long verstuurdDoor, long beantwoordDoor, boolean gezien) {
		Instant verstuurd = Instant.now().minus(3, ChronoUnit.DAYS);
		return this.jdbc.sql("""
				insert into verwijzing (casus_id, voorziening_id, reden, status, verstuurd_op, verstuurd_door,
				                        beantwoord_op, beantwoord_door, antwoord_gezien)
				values (?, ?, 'Kennismaking graag', 'GEACCEPTEERD', ?, ?, ?, ?, ?) returning id
				""")
			.params(casusId, voorzieningId, Timestamp.from(verstuurd), verstuurdDoor,
					Timestamp.from(verstuurd.plus(1, ChronoUnit.DAYS)), beantwoordDoor, gezien)
			.query(Long.class)
			.single();
	}

	void sluitAf(long casusId) {
		this.jdbc.sql("""
				update casus set status = 'AFGESLOTEN', afsluitreden = 'DOEL_BEREIKT', afgesloten_op = current_date
				where id = ?
				""").param(casusId).update();
	}

	int logRegels(String gebeurtenis, String gebruikersnaam) {
		return this.jdbc.sql("select count(*) from toegangslog where gebeurtenis = ? and gebruikersnaam = ?")
			.params(gebeurtenis, gebruikersnaam)
			.query(Integer.class)
			.single();
	}

}
