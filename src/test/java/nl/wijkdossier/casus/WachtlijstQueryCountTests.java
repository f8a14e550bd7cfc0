package nl.wijkdossier.casus;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;

import nl.wijkdossier.test.StatementTeller;
import nl.wijkdossier.test.StatementTeller.Teller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The wachtlijst is written for scale: the number of SQL statements one page view sends
 * to the database does not grow with the number of waiting cases (no N+1). Every
 * statement the application prepares on this thread is counted by a wrapper around the
 * DataSource.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementTeller.Tellen.class)
class WachtlijstQueryCountTests {

	final MockMvc mvc;

	final UserDetailsService gebruikers;

	final JdbcClient jdbc;

	final Inwoners inwoners;

	final OrganisatieBeheer beheer;

	@Autowired
	WachtlijstQueryCountTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.inwoners = inwoners;
		this.beheer = beheer;
	}

	@Test
	void aPageViewSendsTheSameNumberOfStatementsForOneOrFortyWaitingCases() throws Exception {
		CasusFixtures fixtures = new CasusFixtures(this.jdbc, this.inwoners, this.beheer);
		CasusFixtures.NieuwTeam team = fixtures.nieuwTeam();
		String manager = fixtures.manager(team.partnerId());
		this.beheer.zetManager(team.teamId(), fixtures.medewerkerVan(manager));
		fixtures.casus(fixtures.inwoner().id(), team.teamId()).wmo().opslaan();

		int bijEen = statementsVoorWachtlijst(manager, 1);
		for (int i = 0; i < 39; i++) {
			fixtures.casus(fixtures.inwoner().id(), team.teamId()).wmo().dagenGeleden(i).opslaan();
		}
		int bijVeertig = statementsVoorWachtlijst(manager, 40);

		assertThat(bijEen).isPositive();
		assertThat(bijVeertig).isEqualTo(bijEen);
	}

	private int statementsVoorWachtlijst(String gebruiker, int verwacht) throws Exception {
		var principal = user(this.gebruikers.loadUserByUsername(gebruiker));
		Teller.begin();
		Wachtlijst.Pagina lijst;
		try {
			lijst = (Wachtlijst.Pagina) this.mvc.perform(get("/wachtlijst").with(principal))
				.andExpect(status().isOk())
				.andReturn()
				.getModelAndView()
				.getModel()
				.get("lijst");
		}
		finally {
			Teller.stop();
		}
		assertThat(lijst.regels()).hasSize(verwacht);
		return Teller.aantal();
	}

}
