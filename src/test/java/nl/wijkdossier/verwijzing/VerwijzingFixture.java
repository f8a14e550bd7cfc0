package nl.wijkdossier.verwijzing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.test.Demo;
import nl.wijkdossier.verwijzing.SocialeKaart.VoorzieningGegevens;

/**
 * Cases of the demo wijkwerker's team, entries of the sociale kaart and conversations,
 * each unique to the test that makes them, plus what tests read back.
 */
final class VerwijzingFixture {

	private final JdbcClient jdbc;

	private final CasusFixtures casussen;

	private final SocialeKaart kaart;

	VerwijzingFixture(JdbcClient jdbc, CasusFixtures casussen, SocialeKaart kaart) {
		this.jdbc = jdbc;
		this.casussen = casussen;
		this.kaart = kaart;
	}

	CasusFixtures casussen() {
		return this.casussen;
	}

	/** An open case of Wijkteam Stad Centrum with the demo wijkwerker as regievoerder. */
	long casusVanWijkwerker() {
		long team = this.casussen.teamVan(Demo.WIJKWERKER);
		return this.casussen.casus(this.casussen.inwoner().id(), team)
			.inBehandeling(this.casussen.medewerkerVan(Demo.WIJKWERKER))
			.opslaan();
	}

	/** A waiting case of Wijkteam Stad Centrum without regievoerder. */
	long casusZonderRegie() {
		return this.casussen.casus(this.casussen.inwoner().id(), this.casussen.teamVan(Demo.WIJKWERKER)).opslaan();
	}

	/** A case of the demo wijkwerker's team, regie with a colleague. */
	long casusVanCollega() {
		long team = this.casussen.teamVan(Demo.WIJKWERKER);
		long collega = this.jdbc.sql("""
				select m.id from medewerker m join gebruiker g on g.id = m.gebruiker_id
				where m.team_id = ? and m.actief and g.gebruikersnaam <> ? order by m.id limit 1
				""").params(team, Demo.WIJKWERKER).query(Long.class).single();
		return this.casussen.casus(this.casussen.inwoner().id(), team).inBehandeling(collega).opslaan();
	}

	void sluitAf(long casusId) {
		this.jdbc.sql("""
				update casus set status = 'AFGESLOTEN', afsluitreden = 'DOEL_BEREIKT', afgesloten_op = gemeld_op
				where id = ?""").param(casusId).update();
	}

	long voorziening(VoorzieningSoort soort) {
		return this.kaart.nieuw(new VoorzieningGegevens(uniek(soort.name()), soort, null, null, "036 000 0000", null,
				null, List.of(), List.of()));
	}

	String naam(long voorzieningId) {
		return this.jdbc.sql("select naam from voorziening where id = ?")
			.param(voorzieningId)
			.query(String.class)
			.single();
	}

	/** A finalised conversation of the case, written as a row. */
	long gesprek(long casusId) {
		long auteur = this.jdbc.sql("select id from gebruiker where gebruikersnaam = ?")
			.param(Demo.WIJKWERKER)
			.query(Long.class)
			.single();
		return this.jdbc.sql("""
				insert into gesprek (casus_id, auteur_gebruiker_id, datum, locatie, deelnemers, verslag, vastgelegd_op)
				values (?, ?, ?, 'THUIS', array['INWONER']::varchar[], 'Verslag van het gesprek', ?)
				returning id
				""")
			.params(casusId, auteur, Date.valueOf(LocalDate.now(ClockConfiguration.ZONE)),
					Timestamp.from(Instant.now()))
			.query(Long.class)
			.single();
	}

	int verwijzingen(long casusId) {
		return this.jdbc.sql("select count(*) from verwijzing where casus_id = ?")
			.param(casusId)
			.query(Integer.class)
			.single();
	}

	Map<String, Object> verwijzing(long verwijzingId) {
		return this.jdbc.sql("select * from verwijzing where id = ?").param(verwijzingId).query().singleRow();
	}

	long laatsteVerwijzing(long casusId) {
		return this.jdbc.sql("select max(id) from verwijzing where casus_id = ?")
			.param(casusId)
			.query(Long.class)
			.single();
	}

	List<Map<String, Object>> tijdlijn(long casusId, String soort) {
		return this.jdbc.sql("select detail, link from casus_gebeurtenis where casus_id = ? and soort = ? order by id")
			.params(casusId, soort)
			.query()
			.listOfRows();
	}

	static String uniek(String begin) {
		return begin + " " + UUID.randomUUID().toString().substring(0, 8);
	}

}
