package nl.wijkdossier.gesprek;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.shared.ZrmDomein;
import nl.wijkdossier.test.Demo;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Object mother for what a finalised conversation leaves behind — gesprek, ZRM scores,
 * agreements, corrections, a meldcode — inserted as SQL rows on a fresh case of the demo
 * wijkwerker's team, so these tests need not go through the conversation form.
 */
final class GesprekTestdata {

	private final JdbcClient jdbc;

	private final CasusFixtures casussen;

	private final UserDetailsService gebruikers;

	GesprekTestdata(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer, UserDetailsService gebruikers) {
		this.jdbc = jdbc;
		this.casussen = new CasusFixtures(jdbc, inwoners, beheer);
		this.gebruikers = gebruikers;
	}

	static LocalDate vandaag() {
		return LocalDate.now(ClockConfiguration.ZONE);
	}

	RequestPostProcessor als(String gebruikersnaam) {
		return user(this.gebruikers.loadUserByUsername(gebruikersnaam));
	}

	CasusFixtures casussen() {
		return this.casussen;
	}

	/**
	 * A case of the demo wijkwerker's team, in behandeling with her as regievoerder,
	 * reported {@code dagenGeleden} days ago.
	 */
	long casus(int dagenGeleden) {
		CasusFixtures.Inwoner inwoner = this.casussen.inwoner();
		return this.casussen.casus(inwoner.id(), this.casussen.teamVan(Demo.WIJKWERKER))
			.inBehandeling(this.casussen.medewerkerVan(Demo.WIJKWERKER))
			.dagenGeleden(dagenGeleden)
			.opslaan();
	}

	long casus() {
		return casus(120);
	}

	String inwonerNaam(long casusId) {
		return this.jdbc.sql("""
				select i.voornaam || ' ' || i.achternaam from casus c join inwoner i on i.id = c.inwoner_id
				where c.id = ?
				""").param(casusId).query(String.class).single();
	}

	void sluitAf(long casusId) {
		this.jdbc.sql("""
				update casus set status = 'AFGESLOTEN', afgesloten_op = current_date, afsluitreden = 'DOEL_BEREIKT'
				where id = ?
				""").param(casusId).update();
	}

	long gebruikerId(String gebruikersnaam) {
		return this.jdbc.sql("select id from gebruiker where gebruikersnaam = ?")
			.param(gebruikersnaam)
			.query(Long.class)
			.single();
	}

	Gesprek gesprek(long casusId, LocalDate datum) {
		return new Gesprek(casusId, datum);
	}

	void zrm(long gesprekId, ZrmDomein domein, int score, Integer doel) {
		this.jdbc.sql("insert into gesprek_zrm (gesprek_id, domein, score, doel) values (?, ?, ?, ?)")
			.params(gesprekId, domein.name(), score, doel)
			.update();
	}

	long afspraak(long casusId, Long gesprekId, String omschrijving, String wie, String partner, LocalDate deadline) {
		return this.jdbc.sql("""
				insert into afspraak (casus_id, gesprek_id, omschrijving, wie, partner, deadline)
				values (?, ?, ?, ?, ?, ?) returning id
				""")
			.params(casusId, gesprekId, omschrijving, wie, partner, (deadline != null) ? Date.valueOf(deadline) : null)
			.query(Long.class)
			.single();
	}

	void klaar(long afspraakId, LocalDate op) {
		this.jdbc.sql("update afspraak set status = 'KLAAR', klaar_op = ? where id = ?")
			.params(Date.valueOf(op), afspraakId)
			.update();
	}

	void correctie(long gesprekId, String verslag, String interneNotitie, Instant op) {
		this.jdbc.sql("""
				insert into gesprek_correctie (gesprek_id, reden, verslag, interne_notitie, door_gebruiker_id, op)
				values (?, 'Naam van de buurvrouw verkeerd gespeld', ?, ?, ?, ?)
				""")
			.params(gesprekId, verslag, interneNotitie, gebruikerId(Demo.WIJKWERKER), Timestamp.from(op))
			.update();
	}

	void meldcode(long casusId, LocalDate gestartOp) {
		this.jdbc.sql("insert into meldcode (casus_id, gestart_op, gestart_door) values (?, ?, ?)")
			.params(casusId, Date.valueOf(gestartOp), gebruikerId(Demo.WIJKWERKER))
			.update();
	}

	void meldcodeStap(long casusId, int stap, LocalDate datum, String toelichting) {
		this.jdbc.sql("""
				insert into meldcode_stap (casus_id, stap, datum, toelichting, door_gebruiker_id, vastgelegd_op)
				values (?, ?, ?, ?, ?, now())
				""").params(casusId, stap, Date.valueOf(datum), toelichting, gebruikerId(Demo.WIJKWERKER)).update();
	}

	java.util.Map<String, Object> rij(String tabel, String kolom, Object waarde) {
		return this.jdbc.sql("select * from " + tabel + " where " + kolom + " = ?").param(waarde).query().singleRow();
	}

	int aantal(String sql, Object... parameters) {
		return this.jdbc.sql(sql).params(parameters).query(Integer.class).single();
	}

	int tijdlijn(long casusId, String soort) {
		return this.casussen.tijdlijnRegels(casusId, soort);
	}

	int log(String gebeurtenis, String gebruikersnaam, long casusId, String resultaat) {
		return this.casussen.logRegels(gebeurtenis, gebruikersnaam, casusId, resultaat);
	}

	/** Builds one finalised conversation of the demo wijkwerker. */
	final class Gesprek {

		private final long casusId;

		private final LocalDate datum;

		private String verslag = "We spraken over de post die blijft liggen.";

		private String interneNotitie;

		private String volgendeStap;

		private String locatie = "THUIS";

		private String[] deelnemers = { "INWONER" };

		private String behoeften;

		private String maatwerk;

		private Gesprek(long casusId, LocalDate datum) {
			this.casusId = casusId;
			this.datum = datum;
		}

		Gesprek verslag(String verslag) {
			this.verslag = verslag;
			return this;
		}

		Gesprek interneNotitie(String notitie) {
			this.interneNotitie = notitie;
			return this;
		}

		Gesprek volgendeStap(String stap) {
			this.volgendeStap = stap;
			return this;
		}

		Gesprek locatie(String locatie) {
			this.locatie = locatie;
			return this;
		}

		Gesprek deelnemers(String... deelnemers) {
			this.deelnemers = deelnemers;
			return this;
		}

		Gesprek behoeften(String behoeften) {
			this.behoeften = behoeften;
			return this;
		}

		Gesprek maatwerk(String maatwerk) {
			this.maatwerk = maatwerk;
			return this;
		}

		long opslaan() {
			return GesprekTestdata.this.jdbc.sql("""
					insert into gesprek (casus_id, auteur_gebruiker_id, datum, locatie, deelnemers, verslag,
					                     interne_notitie, volgende_stap, behoeften, maatwerk_nodig, vastgelegd_op)
					values (:casus, :auteur, :datum, :locatie, cast(:deelnemers as varchar(30)[]), :verslag, :notitie,
					        :volgende, :behoeften, :maatwerk, now())
					returning id
					""")
				.param("casus", this.casusId)
				.param("auteur", gebruikerId(Demo.WIJKWERKER))
				.param("datum", Date.valueOf(this.datum))
				.param("locatie", this.locatie)
				.param("deelnemers", this.deelnemers)
				.param("verslag", this.verslag)
				.param("notitie", this.interneNotitie)
				.param("volgende", this.volgendeStap)
				.param("behoeften", this.behoeften)
				.param("maatwerk", this.maatwerk)
				.query(Long.class)
				.single();
		}

	}

}
