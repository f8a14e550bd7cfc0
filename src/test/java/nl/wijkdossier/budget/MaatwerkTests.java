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
 * Spending maatwerkbudget on a case and withdrawing it: the happy paths store the
 * spending on the case's team, write the timeline and the access log and show it in the
 * dossier; every refused input says why in Dutch (422) and stores nothing; out of scope
 * is 404 with a DENIED row, the gemeente is 403.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MaatwerkTests {

	private final BudgetFixture fixture;

	private final JdbcClient jdbc;

	@Autowired
	MaatwerkTests(MockMvc mvc, JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer,
			UserDetailsService gebruikers) {
		this.fixture = new BudgetFixture(mvc, jdbc, inwoners, beheer, gebruikers);
		this.jdbc = jdbc;
	}

	@Test
	void wijkwerkerRecordsASpendingOnTheTeamBudgetWithATimelineLineAndSeesItInTheDossier() throws Exception {
		Team team = this.fixture.team();
		this.fixture.budget(team.id(), vandaag().getYear(), "1000.00");
		Casus casus = this.fixture.casus(team, 20);
		this.fixture
			.besteed(team.wijkwerker(), casus.id(), "1.250,50", "WONEN", vandaag().toString(),
					"Bed en matras na verhuizing")
			.andExpect(redirectedUrl("/casussen/" + casus.id() + "#maatwerkbudget"))
			.andExpect(flash().attribute("melding", "budget.gemeld.geregistreerdBovenBudget"));
		var rij = this.jdbc.sql("select team_id, bedrag, categorie, datum from maatwerk_uitgave where casus_id = ?")
			.param(casus.id())
			.query()
			.singleRow();
		assertThat(rij.get("team_id")).isEqualTo(team.id());
		assertThat((BigDecimal) rij.get("bedrag")).isEqualByComparingTo("1250.50");
		assertThat(rij.get("categorie")).isEqualTo("WONEN");
		assertThat(this.fixture.casussen.tijdlijnRegels(casus.id(), "maatwerkUitgave")).isEqualTo(1);
		assertThat(this.fixture.casussen.logRegels("MAATWERK_GEREGISTREERD", team.wijkwerker(), casus.id(), "OK"))
			.isEqualTo(1);
		assertThat(this.fixture.casussen.logRegels("CASUS_GEWIJZIGD", team.wijkwerker(), casus.id(), "OK")).isZero();

		this.fixture.mvc.perform(get("/casussen/{id}", casus.id()).with(this.fixture.als(team.wijkwerker())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bed en matras na verhuizing")))
			.andExpect(content().string(containsString("€ 1.250,50")))
			.andExpect(content().string(containsString("Wonen en inrichting")))
			.andExpect(content().string(containsString("met € 250,50 overschreden")))
			.andExpect(content().string(containsString("Maatwerkbudget besteed:")));
	}

	@Test
	void aSpendingWithinTheBudgetOrWithoutOneSaysSo() throws Exception {
		Team team = this.fixture.team();
		Casus casus = this.fixture.casus(team, 5);
		this.fixture.besteed(team.wijkwerker(), casus.id(), "40", "HUISHOUDEN", vandaag().toString(), "Boodschappen")
			.andExpect(flash().attribute("melding", "budget.gemeld.geregistreerdZonderBudget"));
		this.fixture.budget(team.id(), vandaag().getYear(), "500");
		this.fixture.besteed(team.wijkwerker(), casus.id(), "60", "HUISHOUDEN", vandaag().toString(), "Boodschappen")
			.andExpect(flash().attribute("melding", "budget.gemeld.geregistreerd"));
		this.fixture.mvc.perform(get("/casussen/{id}", casus.id()).with(this.fixture.als(team.wijkwerker())))
			.andExpect(content().string(containsString("nog € 400,00 van € 500,00 over")));
	}

	@Test
	void everyWrongFieldIsRefusedInDutchNextToItAndNothingIsStored() throws Exception {
		Team team = this.fixture.team();
		Casus casus = this.fixture.casus(team, 10);
		String w = team.wijkwerker();
		this.fixture.besteed(w, casus.id(), "", "", "", "")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Vul het bedrag in.")))
			.andExpect(content().string(containsString("Kies een categorie.")))
			.andExpect(content().string(containsString("Vul de datum van de uitgave in.")))
			.andExpect(content().string(containsString("Vul kort de reden in.")))
			.andExpect(content().string(containsString("id=\"bedrag-fout\"")));
		this.fixture.besteed(w, casus.id(), "twaalf", "SCHULDEN", vandaag().toString(), "x")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Vul een bedrag in euro in")));
		this.fixture.besteed(w, casus.id(), "0,00", "SCHULDEN", vandaag().toString(), "x")
			.andExpect(content().string(containsString("Het bedrag moet hoger zijn dan 0.")));
		this.fixture.besteed(w, casus.id(), "-20", "SCHULDEN", vandaag().toString(), "x")
			.andExpect(status().isUnprocessableContent());
		this.fixture.besteed(w, casus.id(), "100.000,01", "SCHULDEN", vandaag().toString(), "x")
			.andExpect(content().string(containsString("Een uitgave is hoogstens 100.000,00 euro.")));
		this.fixture.besteed(w, casus.id(), "10", "VAKANTIE", vandaag().toString(), "x")
			.andExpect(content().string(containsString("Kies een categorie.")));
		this.fixture.besteed(w, casus.id(), "10", "SCHULDEN", vandaag().plusDays(1).toString(), "x")
			.andExpect(content().string(containsString("De datum ligt in de toekomst.")));
		this.fixture.besteed(w, casus.id(), "10", "SCHULDEN", vandaag().minusDays(11).toString(), "x")
			.andExpect(content().string(containsString("De datum ligt voor de melding van de casus")));
		this.fixture.besteed(w, casus.id(), "10", "SCHULDEN", "31-02-2026", "x")
			.andExpect(content().string(containsString("Vul een geldige datum in.")));
		this.fixture.besteed(w, casus.id(), "10", "SCHULDEN", vandaag().toString(), "a".repeat(201))
			.andExpect(content().string(containsString("Gebruik hoogstens 200 tekens.")));
		assertThat(this.fixture.uitgaven(casus.id())).isZero();
		assertThat(this.fixture.casussen.tijdlijnRegels(casus.id(), "maatwerkUitgave")).isZero();
	}

	@Test
	void aClosedCaseGetsNoSpending() throws Exception {
		Team team = this.fixture.team();
		Casus casus = this.fixture.casus(team, 10);
		this.jdbc
			.sql("update casus set status = 'AFGESLOTEN', afgesloten_op = current_date, "
					+ "afsluitreden = 'DOEL_BEREIKT' where id = ?")
			.param(casus.id())
			.update();
		this.fixture.besteed(team.wijkwerker(), casus.id(), "10", "SCHULDEN", vandaag().toString(), "Te laat")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("De casus is afgesloten: er kunnen geen uitgaven meer bij.")));
		assertThat(this.fixture.uitgaven(casus.id())).isZero();
	}

	@Test
	void aWithdrawnSpendingStaysVisibleNoLongerCountsAndCannotBeWithdrawnTwice() throws Exception {
		Team team = this.fixture.team();
		this.fixture.budget(team.id(), vandaag().getYear(), "300");
		Casus casus = this.fixture.casus(team, 10);
		this.fixture.besteed(team.wijkwerker(), casus.id(), "120", "MOBILITEIT", vandaag().toString(), "Fiets");
		long uitgave = this.fixture.uitgave(casus.id(), "Fiets");

		this.fixture.trekIn(team.wijkwerker(), casus.id(), uitgave, "  ")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Vul in waarom de uitgave wordt ingetrokken.")));
		this.fixture.trekIn(team.wijkwerker(), casus.id(), uitgave, "Dubbel geboekt")
			.andExpect(redirectedUrl("/casussen/" + casus.id() + "#maatwerkbudget"))
			.andExpect(flash().attribute("melding", "budget.gemeld.ingetrokken"));
		assertThat(this.fixture.casussen.logRegels("MAATWERK_INGETROKKEN", team.wijkwerker(), casus.id(), "OK"))
			.isEqualTo(1);
		assertThat(this.fixture.uitgaven(casus.id())).isEqualTo(1);
		assertThat(this.fixture.casussen.tijdlijnRegels(casus.id(), "maatwerkIngetrokken")).isEqualTo(1);
		this.fixture.mvc.perform(get("/casussen/{id}", casus.id()).with(this.fixture.als(team.wijkwerker())))
			.andExpect(content().string(containsString("Dubbel geboekt")))
			.andExpect(content().string(containsString("nog € 300,00 van € 300,00 over")));

		this.fixture.trekIn(team.wijkwerker(), casus.id(), uitgave, "Nog eens")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Deze uitgave is al ingetrokken.")));
		assertThat(this.fixture.casussen.tijdlijnRegels(casus.id(), "maatwerkIngetrokken")).isEqualTo(1);

		Casus ander = this.fixture.casus(team, 3);
		this.fixture.trekIn(team.wijkwerker(), ander.id(), uitgave, "Verkeerde casus").andExpect(status().isNotFound());
	}

	@Test
	void theOwnWijkwerkerMaySpendAnotherTeamsWijkwerkerGets404AndADeniedRowTheGemeente403() throws Exception {
		long teamId = this.fixture.casussen.teamVan(Demo.WIJKWERKER);
		Casus casus = this.fixture.casus(new Team(teamId, 0, Demo.WIJKWERKER), 4);
		this.fixture.besteed(Demo.WIJKWERKER, casus.id(), "15", "OVERIG", vandaag().toString(), "Pasfoto's")
			.andExpect(status().is3xxRedirection());
		long uitgave = this.fixture.uitgave(casus.id(), "Pasfoto's");

		this.fixture.besteed(Demo.WIJKWERKER2, casus.id(), "15", "OVERIG", vandaag().toString(), "Vreemd")
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(casus.inwoner().achternaam()))));
		assertThat(this.fixture.casussen.logRegels("MAATWERK_GEREGISTREERD", Demo.WIJKWERKER2, casus.id(), "DENIED"))
			.isEqualTo(1);
		this.fixture.trekIn(Demo.WIJKWERKER2, casus.id(), uitgave, "Vreemd").andExpect(status().isNotFound());
		assertThat(this.fixture.casussen.logRegels("MAATWERK_INGETROKKEN", Demo.WIJKWERKER2, casus.id(), "DENIED"))
			.isEqualTo(1);
		this.fixture.mvc.perform(get("/casussen/{id}/maatwerk", casus.id()).with(this.fixture.als(Demo.WIJKWERKER2)))
			.andExpect(status().isNotFound());

		this.fixture.besteed(Demo.GEMEENTE, casus.id(), "15", "OVERIG", vandaag().toString(), "Gemeente")
			.andExpect(status().isForbidden());
		this.fixture.trekIn(Demo.GEMEENTE, casus.id(), uitgave, "Gemeente").andExpect(status().isForbidden());
		for (String rol : new String[] { Demo.GEMEENTE, Demo.BEHEER, Demo.PRIVACY }) {
			this.fixture.mvc.perform(get("/casussen/{id}/maatwerk", casus.id()).with(this.fixture.als(rol)))
				.andExpect(status().isForbidden());
		}
		assertThat(this.fixture.uitgaven(casus.id())).isEqualTo(1);
		assertThat(this.jdbc.sql("select ingetrokken_op is null from maatwerk_uitgave where id = ?")
			.param(uitgave)
			.query(Boolean.class)
			.single()).isTrue();

		this.fixture.mvc.perform(get("/casussen/{id}/maatwerk", casus.id()).with(this.fixture.als(Demo.MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pasfoto&#39;s")));
	}

}
