package nl.wijkdossier.budget;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkdossier.budget.BudgetFixture.Casus;
import nl.wijkdossier.budget.BudgetFixture.Team;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.test.Demo;

import static nl.wijkdossier.budget.BudgetFixture.vandaag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /budget}: the gemeente sets a team's budget from the version it saw (Dutch
 * amounts, Dutch errors, 422; a stale version 409) and sees budget, spent and remaining
 * without any case data; a manager sees his teams read-only; other roles get 403.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BudgetPaginaTests {

	private final BudgetFixture fixture;

	@Autowired
	BudgetPaginaTests(MockMvc mvc, JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer,
			UserDetailsService gebruikers) {
		this.fixture = new BudgetFixture(mvc, jdbc, inwoners, beheer, gebruikers);
	}

	@Test
	void theGemeenteSetsABudgetInDutchAndChangesItOnlyFromTheVersionItSaw() throws Exception {
		Team team = this.fixture.team();
		int jaar = vandaag().getYear() + 1;
		this.fixture.zetBudget(Demo.GEMEENTE, team.id(), jaar, "12.500,00", null)
			.andExpect(redirectedUrl("/budget?jaar=" + jaar))
			.andExpect(flash().attribute("melding", "budget.gemeld.vastgesteld"));
		assertThat(this.fixture.bedrag(team.id(), jaar)).isEqualByComparingTo("12500");
		long version = this.fixture.version(team.id(), jaar);

		this.fixture.zetBudget(Demo.GEMEENTE, team.id(), jaar, "15000", version).andExpect(status().isFound());
		assertThat(this.fixture.bedrag(team.id(), jaar)).isEqualByComparingTo("15000");

		this.fixture.zetBudget(Demo.GEMEENTE, team.id(), jaar, "9000", version)
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("intussen door iemand anders gewijzigd en is nu € 15.000,00")))
			.andExpect(content().string(containsString("Uw invoer (9000) is niet opgeslagen")));
		this.fixture.zetBudget(Demo.GEMEENTE, team.id(), jaar, "9000", null).andExpect(status().isConflict());
		assertThat(this.fixture.bedrag(team.id(), jaar)).isEqualByComparingTo("15000");
		assertThat(this.fixture.version(team.id(), jaar)).isEqualTo(version + 1);
	}

	@Test
	void aWrongAmountIsRefusedInDutchNextToItsFieldAndNothingIsStored() throws Exception {
		Team team = this.fixture.team();
		int jaar = vandaag().getYear() + 1;
		String veld = "id=\"bedrag-" + team.id() + "-fout\"";
		this.fixture.zetBudget(Demo.GEMEENTE, team.id(), jaar, "", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Vul het budget in (0 mag).")))
			.andExpect(content().string(containsString(veld)));
		this.fixture.zetBudget(Demo.GEMEENTE, team.id(), jaar, "twaalfduizend", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Vul een bedrag in euro in")))
			.andExpect(content().string(containsString("value=\"twaalfduizend\"")));
		this.fixture.zetBudget(Demo.GEMEENTE, team.id(), jaar, "-500", null)
			.andExpect(content().string(containsString("Een budget kan niet negatief zijn.")));
		this.fixture.zetBudget(Demo.GEMEENTE, team.id(), jaar, "10.000.000,01", null)
			.andExpect(content().string(containsString("Een budget is hoogstens 10.000.000,00 euro.")));
		assertThat(this.fixture.bedrag(team.id(), jaar)).isNull();
		this.fixture.zetBudget(Demo.GEMEENTE, team.id(), jaar, "0", null).andExpect(status().isFound());
		assertThat(this.fixture.bedrag(team.id(), jaar)).isEqualByComparingTo(BigDecimal.ZERO);
	}

	@Test
	void theGemeenteSeesBudgetSpentAndRemainingButNoCaseNameOrReason() throws Exception {
		Team team = this.fixture.team();
		int jaar = vandaag().getYear();
		this.fixture.budget(team.id(), jaar, "2000");
		Casus casus = this.fixture.casus(team, 30);
		String reden = "Huurachterstand " + casus.inwoner().achternaam();
		this.fixture.besteed(team.wijkwerker(), casus.id(), "750,25", "SCHULDEN", vandaag().toString(), reden)
			.andExpect(status().isFound());

		String html = this.fixture.mvc.perform(get("/budget").with(this.fixture.als(Demo.GEMEENTE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("€ 2.000,00")))
			.andExpect(content().string(containsString("€ 750,25")))
			.andExpect(content().string(containsString("€ 1.249,75")))
			.andExpect(content().string(containsString("name=\"bedrag\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain(casus.inwoner().achternaam(), casus.inwoner().bsn(), casus.inwoner().postcode(),
				"/casussen/", "casusId", "Huurachterstand");
		assertThat(html).doesNotContainPattern("[\"/=]" + casus.id() + "[\"/&]");
	}

	@Test
	void aManagerSeesHisTeamsReadOnlyAndOtherRolesAreRefused() throws Exception {
		this.fixture.mvc.perform(get("/budget").with(this.fixture.als(Demo.MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wijkteam Stad Centrum")))
			.andExpect(content().string(not(containsString("Wijkteam Haven"))))
			.andExpect(content().string(not(containsString("name=\"bedrag\""))));
		long team = this.fixture.casussen.teamVan(Demo.WIJKWERKER);
		this.fixture.zetBudget(Demo.MANAGER, team, vandaag().getYear() + 2, "100", null)
			.andExpect(status().isForbidden());
		for (String rol : new String[] { Demo.WIJKWERKER, Demo.BEHEER, Demo.PRIVACY }) {
			this.fixture.mvc.perform(get("/budget").with(this.fixture.als(rol))).andExpect(status().isForbidden());
			this.fixture.zetBudget(rol, team, vandaag().getYear() + 2, "100", null).andExpect(status().isForbidden());
		}
		assertThat(this.fixture.bedrag(team, vandaag().getYear() + 2)).isNull();
	}

	@Test
	void aYearOutOfRangeOrAMissingTeamIsABadRequest() throws Exception {
		this.fixture.mvc.perform(get("/budget").param("jaar", "1850").with(this.fixture.als(Demo.GEMEENTE)))
			.andExpect(status().isBadRequest());
		this.fixture.mvc.perform(get("/budget").param("jaar", "abc").with(this.fixture.als(Demo.GEMEENTE)))
			.andExpect(status().isBadRequest());
		this.fixture.zetBudget(Demo.GEMEENTE, -1, vandaag().getYear(), "100", null).andExpect(status().isNotFound());
	}

}
