package nl.wijkdossier.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.casus.CasusFixtures.Inwoner;
import nl.wijkdossier.casus.CasusFixtures.NieuwTeam;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A fresh team (in a fresh cluster, so no other test spends from it) with a wijkwerker
 * and cases, and the HTTP calls that spend, withdraw and set budgets.
 */
final class BudgetFixture {

	final MockMvc mvc;

	final JdbcClient jdbc;

	final CasusFixtures casussen;

	private final UserDetailsService gebruikers;

	BudgetFixture(MockMvc mvc, JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer,
			UserDetailsService gebruikers) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.casussen = new CasusFixtures(jdbc, inwoners, beheer);
		this.gebruikers = gebruikers;
	}

	static LocalDate vandaag() {
		return LocalDate.now(ClockConfiguration.ZONE);
	}

	Team team() {
		NieuwTeam team = this.casussen.nieuwTeam();
		return new Team(team.teamId(), team.clusterId(), this.casussen.wijkwerker(team.partnerId(), team.teamId()));
	}

	/** An open case of the team, reported the given number of days ago. */
	Casus casus(Team team, int dagenGeleden) {
		Inwoner inwoner = this.casussen.inwoner();
		long id = this.casussen.casus(inwoner.id(), team.id())
			.dagenGeleden(dagenGeleden)
			.inBehandeling(this.casussen.medewerkerVan(team.wijkwerker()))
			.opslaan();
		return new Casus(id, inwoner);
	}

	RequestPostProcessor als(String gebruikersnaam) {
		return user(this.gebruikers.loadUserByUsername(gebruikersnaam));
	}

	ResultActions besteed(String door, long casusId, String bedrag, String categorie, String datum, String reden)
			throws Exception {
		return this.mvc.perform(post("/casussen/{id}/maatwerk", casusId).with(als(door))
			.with(csrf())
			.param("bedrag", bedrag)
			.param("categorie", categorie)
			.param("datum", datum)
			.param("reden", reden));
	}

	ResultActions trekIn(String door, long casusId, long uitgaveId, String reden) throws Exception {
		return this.mvc.perform(post("/casussen/{id}/maatwerk/{u}/intrekken", casusId, uitgaveId).with(als(door))
			.with(csrf())
			.param("intrekreden", reden));
	}

	ResultActions zetBudget(String door, long teamId, int jaar, String bedrag, Long version) throws Exception {
		var verzoek = post("/budget").with(als(door))
			.with(csrf())
			.param("teamId", String.valueOf(teamId))
			.param("jaar", String.valueOf(jaar))
			.param("bedrag", bedrag);
		if (version != null) {
			verzoek.param("version", String.valueOf(version));
		}
		return this.mvc.perform(verzoek);
	}

	/** A budget row written straight, for reads that need one. */
	void budget(long teamId, int jaar, String bedrag) {
		this.jdbc.sql("""
				insert into maatwerkbudget (team_id, jaar, bedrag, gewijzigd_door, gewijzigd_op)
				values (?, ?, ?, (select id from gebruiker where gebruikersnaam = 'gemeente'), now())
				""").params(teamId, jaar, new BigDecimal(bedrag)).update();
	}

	/** The spending of a case with this reason. */
	long uitgave(long casusId, String reden) {
		return this.jdbc.sql("select id from maatwerk_uitgave where casus_id = ? and reden = ?")
			.params(casusId, reden)
			.query(Long.class)
			.single();
	}

	int uitgaven(long casusId) {
		return this.jdbc.sql("select count(*) from maatwerk_uitgave where casus_id = ?")
			.param(casusId)
			.query(Integer.class)
			.single();
	}

	Long version(long teamId, int jaar) {
		return this.jdbc.sql("select version from maatwerkbudget where team_id = ? and jaar = ?")
			.params(teamId, jaar)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	BigDecimal bedrag(long teamId, int jaar) {
		return this.jdbc.sql("select bedrag from maatwerkbudget where team_id = ? and jaar = ?")
			.params(teamId, jaar)
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
	}

	record Team(long id, long clusterId, String wijkwerker) {
	}

	record Casus(long id, Inwoner inwoner) {
	}

}
