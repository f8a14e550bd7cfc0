package nl.wijkdossier.organisatie;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.organisatie.OrganisatieBeheer.MedewerkerGegevens;
import nl.wijkdossier.organisatie.OrganisatieBeheer.TeamGegevens;

/**
 * Makes the organisation a test needs, uniquely named, beside the demo city that all
 * tests share (which no test changes). Every medewerker made here has the demo password.
 */
final class OrganisatieFixture {

	/** PC4s far from the demo city's 1311–1364, handed out once per test JVM. */
	private static final AtomicInteger VRIJE_PC4 = new AtomicInteger(7000);

	private final OrganisatieBeheer beheer;

	private final JdbcClient jdbc;

	OrganisatieFixture(OrganisatieBeheer beheer, JdbcClient jdbc) {
		this.beheer = beheer;
		this.jdbc = jdbc;
	}

	/** A name no other test uses: "Partner 3f9a12c4". */
	static String uniek(String begin) {
		return begin + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A user name no other test uses. */
	static String uniekeGebruikersnaam() {
		return "t-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static String vrijePc4() {
		return String.valueOf(VRIJE_PC4.getAndIncrement());
	}

	long partner() {
		return this.beheer.nieuwePartner(uniek("Partner"));
	}

	long cluster() {
		return this.beheer.nieuwCluster(uniek("Cluster"));
	}

	long team(long clusterId, String... pc4s) {
		return this.beheer.nieuwTeam(new TeamGegevens(uniek("Wijkteam"), clusterId, null, null, null, Set.of(pc4s)));
	}

	long manager(long partnerId) {
		return medewerker(partnerId, null, Rol.WIJKTEAMMANAGER);
	}

	long wijkwerker(long partnerId, long teamId) {
		return medewerker(partnerId, teamId, Rol.WIJKWERKER);
	}

	private long medewerker(long partnerId, Long teamId, Rol rol) {
		String naam = uniekeGebruikersnaam();
		return this.beheer.nieuweMedewerker(new MedewerkerGegevens("Test", naam, naam + "@test.example", partnerId,
				teamId, BigDecimal.valueOf(32), null), naam, rol, demoWachtwoordHash());
	}

	int aantal(String tabel) {
		return this.jdbc.sql("select count(*) from " + tabel).query(Integer.class).single();
	}

	long version(String tabel, long id) {
		return this.jdbc.sql("select version from " + tabel + " where id = ?").param(id).query(Long.class).single();
	}

	boolean actief(String tabel, long id) {
		return this.jdbc.sql("select actief from " + tabel + " where id = ?").param(id).query(Boolean.class).single();
	}

	String naam(String tabel, long id) {
		return this.jdbc.sql("select naam from " + tabel + " where id = ?").param(id).query(String.class).single();
	}

	private String demoWachtwoordHash() {
		return this.jdbc.sql("select wachtwoord_hash from gebruiker where gebruikersnaam = 'wijkwerker'")
			.query(String.class)
			.single();
	}

}
