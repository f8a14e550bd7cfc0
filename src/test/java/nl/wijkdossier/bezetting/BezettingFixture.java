package nl.wijkdossier.bezetting;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;

/**
 * A small organisation of its own for absence tests, beside the demo city: a cluster with
 * team A (wijkwerkers a1, a2) and team B (b1), both steered by manager m; and another
 * cluster with team X (x1) and its manager mx. Nobody else writes to it, so tests can
 * count.
 */
final class BezettingFixture {

	final CasusFixtures casussen;

	final JdbcClient jdbc;

	final long cluster;

	final long teamA;

	final long teamB;

	final long teamX;

	final String m;

	final String mx;

	final String a1;

	final String a2;

	final String b1;

	final String x1;

	BezettingFixture(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer) {
		this.jdbc = jdbc;
		this.casussen = new CasusFixtures(jdbc, inwoners, beheer);
		CasusFixtures.NieuwTeam eerste = this.casussen.nieuwTeam();
		this.cluster = eerste.clusterId();
		this.teamA = eerste.teamId();
		this.m = this.casussen.manager(eerste.partnerId());
		beheer.zetManager(this.teamA, this.casussen.medewerkerVan(this.m));
		this.teamB = this.casussen.team(this.cluster, this.casussen.medewerkerVan(this.m));
		this.a1 = this.casussen.wijkwerker(eerste.partnerId(), this.teamA);
		this.a2 = this.casussen.wijkwerker(eerste.partnerId(), this.teamA);
		this.b1 = this.casussen.wijkwerker(eerste.partnerId(), this.teamB);
		CasusFixtures.NieuwTeam ander = this.casussen.nieuwTeam();
		this.teamX = ander.teamId();
		this.mx = this.casussen.manager(ander.partnerId());
		beheer.zetManager(this.teamX, this.casussen.medewerkerVan(this.mx));
		this.x1 = this.casussen.wijkwerker(ander.partnerId(), this.teamX);
	}

	long medewerker(String gebruikersnaam) {
		return this.casussen.medewerkerVan(gebruikersnaam);
	}

	long gebruiker(String gebruikersnaam) {
		return this.jdbc.sql("select id from gebruiker where gebruikersnaam = ?")
			.param(gebruikersnaam)
			.query(Long.class)
			.single();
	}

	/** An open case of team A (or B) with this regievoerder. */
	long casusVan(String regievoerder, long team) {
		return this.casussen.casus(this.casussen.inwoner().id(), team)
			.inBehandeling(medewerker(regievoerder))
			.opslaan();
	}

	/** An absence inserted directly (set-up, not under test), registered by m. */
	long afwezigheid(String wie, String soort, LocalDate van, LocalDate tot) {
		return this.jdbc.sql("""
				insert into afwezigheid (medewerker_id, soort, van, tot, geregistreerd_door, geregistreerd_op)
				values (:m, :soort, :van, :tot, :door, now()) returning id
				""")
			.param("m", medewerker(wie))
			.param("soort", soort)
			.param("van", van)
			.param("tot", tot)
			.param("door", gebruiker(this.m))
			.query(Long.class)
			.single();
	}

	long inval(long afwezigheid, String invaller, LocalDate van, LocalDate tot) {
		return this.jdbc.sql("""
				insert into inval (afwezigheid_id, invaller_id, van, tot, aangewezen_door, aangewezen_op)
				values (:a, :i, :van, :tot, :door, now()) returning id
				""")
			.param("a", afwezigheid)
			.param("i", medewerker(invaller))
			.param("van", van)
			.param("tot", tot)
			.param("door", gebruiker(this.m))
			.query(Long.class)
			.single();
	}

	int afwezigheden(String wie) {
		return this.jdbc.sql("select count(*) from afwezigheid where medewerker_id = ?")
			.param(medewerker(wie))
			.query(Integer.class)
			.single();
	}

	long version(long afwezigheid) {
		return this.jdbc.sql("select version from afwezigheid where id = ?")
			.param(afwezigheid)
			.query(Long.class)
			.single();
	}

}
