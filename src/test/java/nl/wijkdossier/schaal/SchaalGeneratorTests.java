package nl.wijkdossier.schaal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.wijkdossier.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The scale generator at a tiny size (2,000 cases), into a database of its own on the
 * test server (never the shared test database, whose teams other tests count): the
 * proportions, determinism by seed, the skew between teams and the references.
 */
class SchaalGeneratorTests {

	private static final int CASUSSEN = 2_000;

	private static final LocalDate VANDAAG = LocalDate.of(2026, 6, 15);

	private static final String DATABASE = "wijkdossier_schaal_test";

	private static String url;

	private static TestDatabase.Verbinding server;

	@BeforeAll
	static void maakDatabase() throws SQLException {
		server = TestDatabase.verbinding();
		try (Connection c = DriverManager.getConnection(server.url(), server.gebruiker(), server.wachtwoord());
				Statement st = c.createStatement()) {
			st.execute("drop database if exists " + DATABASE);
			st.execute("create database " + DATABASE);
		}
		url = server.url().replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
	}

	@AfterAll
	static void ruimOp() throws SQLException {
		try (Connection c = DriverManager.getConnection(server.url(), server.gebruiker(), server.wachtwoord());
				Statement st = c.createStatement()) {
			st.execute("drop database if exists " + DATABASE + " with (force)");
		}
	}

	@Test
	void generatesProportionalSkewedValidAndDeterministicData() throws SQLException {
		Rapport rapport = SchaalGenerator.genereer(new SchaalGenerator.Instellingen(CASUSSEN, 7, VANDAAG, true), url,
				server.gebruiker(), server.wachtwoord());
		String eerste = checksum();

		// proportions: what the issue asks at 1,000,000 cases, scaled
		assertThat(aantal("casus")).isEqualTo(CASUSSEN);
		assertThat(aantal("wijkteam")).isEqualTo(8);
		assertThat(aantal("cluster")).isEqualTo(2);
		assertThat(aantal("medewerker")).isEqualTo(8 * 20);
		assertThat(aantal("medewerker m join gebruiker g on g.id = m.gebruiker_id where g.rol = 'WIJKTEAMMANAGER'"))
			.isEqualTo(8);
		assertThat((double) aantal("inwoner")).isCloseTo(0.8 * CASUSSEN, within(0.05 * CASUSSEN));
		assertThat((double) aantal("gesprek")).isCloseTo(2.0 * CASUSSEN, within(0.2 * CASUSSEN));
		assertThat((double) aantal("toegangslog")).isCloseTo(10.0 * CASUSSEN, within(0.3 * CASUSSEN));
		assertThat((double) aantal("spreekuur_bezoek")).isCloseTo(0.5 * CASUSSEN, within(0.05 * CASUSSEN));
		assertThat(aantal("gesprek_zrm")).isGreaterThan(CASUSSEN);
		assertThat(aantal("verwijzing")).isGreaterThan(CASUSSEN / 3);
		assertThat(rapport.rijen("toegangslog")).isEqualTo(aantal("toegangslog"));

		// a realistic mix: most cases closed, some waiting, Wmo dates on Wmo cases only
		long afgesloten = aantal("casus where status = 'AFGESLOTEN'");
		assertThat(afgesloten).isGreaterThan(CASUSSEN * 7 / 10);
		assertThat(aantal("casus where status in ('AANGEMELD', 'WACHTLIJST')")).isPositive();
		assertThat(aantal("casus where status = 'IN_BEHANDELING'")).isPositive();
		assertThat(aantal("casus where onderzoek_afgerond_op is not null")).isPositive();
		assertThat(aantal(
				"casus where not wmo_melding and (onderzoek_afgerond_op is not null or beschikking_op is not null)"))
			.isZero();
		long informeel = aantal("verwijzing v join voorziening z on z.id = v.voorziening_id where z.soort in "
				+ "('INFORMEEL_INITIATIEF', 'GROEPSACTIVITEIT', 'VRIJWILLIGERSORGANISATIE', 'EXPERTISECENTRUM_MANTELZORG')");
		assertThat((double) informeel / aantal("verwijzing")).isBetween(0.35, 0.55);

		// skew: the busiest team has at least three times the cases of the median team
		List<Long> perTeam = lijst("select count(*) from casus group by team_id order by 1");
		assertThat(perTeam).hasSize(8);
		assertThat(perTeam.get(7)).isGreaterThanOrEqualTo(3 * (perTeam.get(3) + perTeam.get(4)) / 2);

		// references: the regievoerder works in the case's team, the resident's address
		// in its werkgebied
		assertThat(aantal("casus c join medewerker m on m.id = c.regievoerder_id where m.team_id <> c.team_id"))
			.isZero();
		assertThat(aantal("casus where status = 'IN_BEHANDELING' and regievoerder_id is null")).isZero();
		assertThat(aantal("casus c join inwoner i on i.id = c.inwoner_id "
				+ "left join werkgebied_postcode w on w.pc4 = left(i.postcode, 4) where w.team_id is distinct from c.team_id"))
			.isZero();
		assertThat(
				aantal("gesprek g join casus c on c.id = g.casus_id where g.auteur_gebruiker_id <> c.regievoerder_id"))
			.isZero();
		// sequences continue after the loaded ids, so the application can insert
		try (Connection c = verbinding();
				Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("select nextval(pg_get_serial_sequence('casus', 'id'))")) {
			rs.next();
			assertThat(rs.getLong(1)).isGreaterThan(CASUSSEN);
		}

		// a non-empty database is refused unless emptying is asked for
		assertThatThrownBy(() -> SchaalGenerator.genereer(new SchaalGenerator.Instellingen(CASUSSEN, 7, VANDAAG, false),
				url, server.gebruiker(), server.wachtwoord()))
			.hasMessageContaining("schaal.leegmaken");

		// the same seed gives the same data, another seed other data
		SchaalGenerator.genereer(new SchaalGenerator.Instellingen(CASUSSEN, 7, VANDAAG, true), url, server.gebruiker(),
				server.wachtwoord());
		assertThat(checksum()).isEqualTo(eerste);
		SchaalGenerator.genereer(new SchaalGenerator.Instellingen(CASUSSEN, 8, VANDAAG, true), url, server.gebruiker(),
				server.wachtwoord());
		assertThat(checksum()).isNotEqualTo(eerste);
	}

	private static String checksum() throws SQLException {
		StringBuilder som = new StringBuilder();
		for (String query : List.of(
				"select md5(string_agg(concat_ws('|', id, inwoner_id, team_id, status, gemeld_op, regievoerder_id, afgesloten_op), ',' order by id)) from casus",
				"select md5(string_agg(concat_ws('|', id, voornaam, achternaam, bsn, postcode), ',' order by id)) from inwoner",
				"select md5(string_agg(concat_ws('|', id, casus_id, datum, auteur_gebruiker_id), ',' order by id)) from gesprek",
				"select md5(string_agg(concat_ws('|', id, tijdstip, gebruiker_id, gebeurtenis, casus_id), ',' order by id)) from toegangslog",
				"select md5(string_agg(concat_ws('|', id, sessie_id, volgnummer, onderwerp, inwoner_id), ',' order by id)) from spreekuur_bezoek")) {
			try (Connection c = verbinding();
					Statement st = c.createStatement();
					ResultSet rs = st.executeQuery(query)) {
				rs.next();
				som.append(rs.getString(1)).append(' ');
			}
		}
		return som.toString();
	}

	private static long aantal(String van) throws SQLException {
		return lijst("select count(*) from " + van).get(0);
	}

	private static List<Long> lijst(String query) throws SQLException {
		List<Long> waarden = new ArrayList<>();
		try (Connection c = verbinding(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
			while (rs.next()) {
				waarden.add(rs.getLong(1));
			}
		}
		return waarden;
	}

	private static Connection verbinding() throws SQLException {
		return DriverManager.getConnection(url, server.gebruiker(), server.wachtwoord());
	}

}
