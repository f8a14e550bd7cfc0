package nl.wijkdossier.home;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;

import nl.wijkdossier.test.StatementTeller;
import nl.wijkdossier.test.StatementTeller.Teller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home is read with a fixed number of statements: one case or twelve, with their
 * agreements, drafts and referral answers, is the same work for the database (no N+1).
 * Every statement prepared on this thread is counted by a wrapper around the DataSource.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementTeller.Tellen.class)
class WijkwerkerHomeQueryCountTests {

	final MockMvc mvc;

	final UserDetailsService gebruikers;

	final CasusFixtures fixtures;

	final HomeFixtures home;

	@Autowired
	WijkwerkerHomeQueryCountTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
		this.home = new HomeFixtures(jdbc);
	}

	@Test
	void oneViewSendsTheSameNumberOfStatementsForOneOrTwelveCasesWithTheirWork() throws Exception {
		CasusFixtures.NieuwTeam team = this.fixtures.nieuwTeam();
		String wijkwerker = this.fixtures.wijkwerker(team.partnerId(), team.teamId());
		String collega = this.fixtures.wijkwerker(team.partnerId(), team.teamId());
		long medewerker = this.fixtures.medewerkerVan(wijkwerker);
		long gebruiker = this.home.gebruikerId(wijkwerker);
		long collegaGebruiker = this.home.gebruikerId(collega);
		long voorziening = this.home.voorziening(HomeFixtures.uniek("Telproef"));
		Runnable casusMetWerk = () -> {
			long casus = this.fixtures.casus(this.fixtures.inwoner().id(), team.teamId())
				.inBehandeling(medewerker)
				.wmo()
				.dagenGeleden(10)
				.opslaan();
			this.home.afspraak(casus, HomeFixtures.uniek("Afspraak"),
					LocalDate.now(ClockConfiguration.ZONE).minusDays(1), false);
			this.home.concept(casus, gebruiker, Instant.now());
			this.home.verwijzing(casus, voorziening, gebruiker, collegaGebruiker, false);
			this.fixtures.casus(this.fixtures.inwoner().id(), team.teamId()).opWachtlijst().opslaan();
		};
		casusMetWerk.run();

		int bijEen = statementsVoorHome(wijkwerker, 1);
		for (int i = 0; i < 11; i++) {
			casusMetWerk.run();
		}
		int bijTwaalf = statementsVoorHome(wijkwerker, 12);

		assertThat(bijEen).isPositive();
		assertThat(bijTwaalf).isEqualTo(bijEen);
	}

	private int statementsVoorHome(String gebruikersnaam, int verwacht) throws Exception {
		var principal = user(this.gebruikers.loadUserByUsername(gebruikersnaam));
		Teller.begin();
		WijkwerkerHome.Overzicht werk;
		try {
			werk = (WijkwerkerHome.Overzicht) this.mvc.perform(get("/").with(principal))
				.andExpect(status().isOk())
				.andReturn()
				.getModelAndView()
				.getModel()
				.get("werk");
		}
		finally {
			Teller.stop();
		}
		assertThat(werk.werklijst().casussen()).hasSize(verwacht);
		assertThat(werk.afspraken()).hasSize(verwacht);
		assertThat(werk.concepten()).hasSize(verwacht);
		assertThat(werk.antwoorden()).hasSize(verwacht);
		assertThat(werk.werklijst().wachtendZonderContact()).isEqualTo(verwacht);
		return Teller.aantal();
	}

}
