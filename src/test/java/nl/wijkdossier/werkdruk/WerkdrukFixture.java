package nl.wijkdossier.werkdruk;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.casus.Urgentie;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;

/**
 * Teams of their own for the caseload tests: a fresh cluster with a team and its manager,
 * wijkwerkers with chosen hours, cases in any state, timeline lines, agreements and
 * absences — never the demo city's, so the exact counts are known.
 */
final class WerkdrukFixture {

	final CasusFixtures casus;

	private final JdbcClient jdbc;

	private final OrganisatieBeheer beheer;

	private final UserDetailsService gebruikers;

	WerkdrukFixture(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer, UserDetailsService gebruikers) {
		this.casus = new CasusFixtures(jdbc, inwoners, beheer);
		this.jdbc = jdbc;
		this.beheer = beheer;
		this.gebruikers = gebruikers;
	}

	/** A new cluster with one team and a manager of it. */
	Team team() {
		CasusFixtures.NieuwTeam nieuw = this.casus.nieuwTeam();
		String manager = this.casus.manager(nieuw.partnerId());
		this.beheer.zetManager(nieuw.teamId(), this.casus.medewerkerVan(manager));
		return new Team(nieuw.partnerId(), nieuw.clusterId(), nieuw.teamId(), manager);
	}

	/** Another team in the same cluster, with the same manager or none. */
	Team ander(Team team, boolean zelfdeManager) {
		long id = this.casus.team(team.clusterId(), zelfdeManager ? this.casus.medewerkerVan(team.manager()) : null);
		return new Team(team.partnerId(), team.clusterId(), id, zelfdeManager ? team.manager() : null);
	}

	Medewerker wijkwerker(Team team, String uren) {
		String naam = this.casus.wijkwerker(team.partnerId(), team.id());
		this.jdbc.sql("update medewerker set uren_per_week = :uren where id = :id")
			.param("uren", new BigDecimal(uren))
			.param("id", this.casus.medewerkerVan(naam))
			.update();
		return new Medewerker(naam, this.casus.medewerkerVan(naam), gebruikerId(naam));
	}

	void deactiveer(Medewerker medewerker) {
		this.jdbc.sql("update medewerker set actief = false where id = :id").param("id", medewerker.id()).update();
	}

	long inBehandeling(Team team, Medewerker regievoerder) {
		return this.casus.casus(this.casus.inwoner().id(), team.id()).inBehandeling(regievoerder.id()).opslaan();
	}

	long inBehandeling(Team team, Medewerker regievoerder, int dagenGeleden) {
		return this.casus.casus(this.casus.inwoner().id(), team.id())
			.dagenGeleden(dagenGeleden)
			.inBehandeling(regievoerder.id())
			.opslaan();
	}

	long wmoInBehandeling(Team team, Medewerker regievoerder, int dagenGeleden) {
		return this.casus.casus(this.casus.inwoner().id(), team.id())
			.inBehandeling(regievoerder.id())
			.wmo()
			.dagenGeleden(dagenGeleden)
			.opslaan();
	}

	long wachtend(Team team, int dagenGeleden, Urgentie urgentie, boolean wmo) {
		CasusFixtures.CasusBouwer bouwer = this.casus.casus(this.casus.inwoner().id(), team.id())
			.dagenGeleden(dagenGeleden)
			.urgentie(urgentie);
		return (wmo ? bouwer.wmo() : bouwer).opslaan();
	}

	void zetStatus(long casusId, String status) {
		this.jdbc.sql("update casus set status = :status where id = :id")
			.param("status", status)
			.param("id", casusId)
			.update();
	}

	void sluitAf(long casusId, LocalDate op) {
		this.jdbc.sql("""
				update casus set status = 'AFGESLOTEN', afsluitreden = 'DOEL_BEREIKT', afgesloten_op = :op,
				                 gemeld_op = least(gemeld_op, :op)
				where id = :id
				""").param("op", op).param("id", casusId).update();
	}

	void regieRegel(long casusId, String soort, Instant op, Team team) {
		this.jdbc.sql("""
				insert into casus_gebeurtenis (casus_id, op, door_gebruiker_id, soort, detail)
				values (:casus, :op, :door, :soort, 'testfixture')
				""")
			.param("casus", casusId)
			.param("op", Timestamp.from(op))
			.param("door", gebruikerId(team.manager()))
			.param("soort", soort)
			.update();
	}

	void afspraak(long casusId, LocalDate deadline, boolean klaar) {
		this.jdbc.sql("""
				insert into afspraak (casus_id, omschrijving, wie, deadline, status, klaar_op)
				values (:casus, 'Samen de schuldhulp bellen', 'WIJKWERKER', :deadline, :status, :klaarOp)
				""")
			.param("casus", casusId)
			.param("deadline", deadline)
			.param("status", klaar ? "KLAAR" : "OPEN")
			.param("klaarOp", klaar ? deadline : null)
			.update();
	}

	/** An absence from yesterday to next week; with an invaller when given. */
	void afwezig(Team team, Medewerker wie, String soort, LocalDate vandaag, Medewerker invaller) {
		long afwezigheid = this.jdbc.sql("""
				insert into afwezigheid (medewerker_id, soort, van, tot, geregistreerd_door, geregistreerd_op)
				values (:m, :soort, :van, :tot, :door, now()) returning id
				""")
			.param("m", wie.id())
			.param("soort", soort)
			.param("van", vandaag.minusDays(1))
			.param("tot", vandaag.plusDays(7))
			.param("door", gebruikerId(team.manager()))
			.query(Long.class)
			.single();
		if (invaller != null) {
			this.jdbc.sql("""
					insert into inval (afwezigheid_id, invaller_id, van, tot, aangewezen_door, aangewezen_op)
					values (:a, :invaller, :van, :tot, :door, now())
					""")
				.param("a", afwezigheid)
				.param("invaller", invaller.id())
				.param("van", vandaag.minusDays(1))
				.param("tot", vandaag.plusDays(7))
				.param("door", gebruikerId(team.manager()))
				.update();
		}
	}

	WijkdossierUser als(String gebruikersnaam) {
		return (WijkdossierUser) this.gebruikers.loadUserByUsername(gebruikersnaam);
	}

	private long gebruikerId(String gebruikersnaam) {
		return this.jdbc.sql("select id from gebruiker where gebruikersnaam = :n")
			.param("n", gebruikersnaam)
			.query(Long.class)
			.single();
	}

	record Team(long partnerId, long clusterId, long id, String manager) {
	}

	record Medewerker(String gebruikersnaam, long id, long gebruikerId) {
	}

}
