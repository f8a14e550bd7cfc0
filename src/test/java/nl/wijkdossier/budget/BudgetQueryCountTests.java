package nl.wijkdossier.budget;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkdossier.budget.BudgetFixture.Casus;
import nl.wijkdossier.budget.BudgetFixture.Team;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.test.Demo;
import nl.wijkdossier.test.StatementTeller;
import nl.wijkdossier.test.StatementTeller.Teller;

import static nl.wijkdossier.budget.BudgetFixture.vandaag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Budget, spent and remaining are summed in one grouped query: the number of SQL
 * statements of {@code /budget} does not grow with more teams, budgets and spendings.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementTeller.Tellen.class)
class BudgetQueryCountTests {

	private final BudgetFixture fixture;

	@Autowired
	BudgetQueryCountTests(MockMvc mvc, JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer,
			UserDetailsService gebruikers) {
		this.fixture = new BudgetFixture(mvc, jdbc, inwoners, beheer, gebruikers);
	}

	@Test
	void theBudgetPageSendsTheSameNumberOfStatementsForFewOrManyTeamsAndSpendings() throws Exception {
		int klein = statements(Demo.GEMEENTE);
		int manager = statements(Demo.MANAGER);
		for (int t = 0; t < 3; t++) {
			Team team = this.fixture.team();
			this.fixture.budget(team.id(), vandaag().getYear(), "1000");
			for (int c = 0; c < 3; c++) {
				Casus casus = this.fixture.casus(team, 20);
				for (int u = 0; u < 3; u++) {
					this.fixture.besteed(team.wijkwerker(), casus.id(), "12,50", "OVERIG", vandaag().toString(), "x")
						.andExpect(status().isFound());
				}
			}
		}
		assertThat(klein).isPositive();
		assertThat(statements(Demo.GEMEENTE)).as("/budget with 3 more teams and 27 more spendings").isEqualTo(klein);
		assertThat(statements(Demo.MANAGER)).isEqualTo(manager);
	}

	private int statements(String gebruiker) throws Exception {
		var principal = this.fixture.als(gebruiker);
		Teller.begin();
		try {
			this.fixture.mvc.perform(get("/budget").with(principal)).andExpect(status().isOk());
		}
		finally {
			Teller.stop();
		}
		return Teller.aantal();
	}

}
