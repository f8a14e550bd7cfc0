package nl.wijkdossier.werkdruk;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkdossier.casus.Urgentie;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.test.StatementTeller;
import nl.wijkdossier.test.StatementTeller.Teller;
import nl.wijkdossier.werkdruk.WerkdrukFixture.Medewerker;
import nl.wijkdossier.werkdruk.WerkdrukFixture.Team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The caseload is counted in a few grouped queries, never per person: the number of SQL
 * statements of {@code /caseload} and of the manager's home does not grow with more
 * teams, wijkwerkers, cases, agreements, absences or regievoerders from elsewhere.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementTeller.Tellen.class)
class CaseloadQueryCountTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final WerkdrukFixture fixture;

	@Autowired
	CaseloadQueryCountTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.fixture = new WerkdrukFixture(jdbc, inwoners, beheer, gebruikers);
	}

	@Test
	void theCaseloadAndTheManagersHomeSendTheSameNumberOfStatementsForOneOrManyPeopleAndCases() throws Exception {
		Team team = this.fixture.team();
		Medewerker eerste = this.fixture.wijkwerker(team, "36");
		this.fixture.inBehandeling(team, eerste);

		int caseloadKlein = statements(team.manager(), "/caseload");
		int homeKlein = statements(team.manager(), "/");

		LocalDate vandaag = LocalDate.now(ClockConfiguration.ZONE);
		Team tweede = this.fixture.ander(team, true);
		Team elders = this.fixture.ander(team, false);
		Medewerker vreemde = this.fixture.wijkwerker(elders, "36");
		for (Team t : new Team[] { team, tweede }) {
			for (int m = 0; m < 4; m++) {
				Medewerker medewerker = this.fixture.wijkwerker(t, String.valueOf(16 + 4 * m));
				for (int c = 0; c < 6; c++) {
					long casus = (c % 2 == 0) ? this.fixture.wmoInBehandeling(t, medewerker, 5 * c + 30)
							: this.fixture.inBehandeling(t, medewerker);
					this.fixture.afspraak(casus, vandaag.minusDays(c), false);
				}
				if (m == 0) {
					this.fixture.afwezig(t, medewerker, "VERLOF", vandaag, null);
				}
			}
			this.fixture.inBehandeling(t, vreemde);
			for (int w = 0; w < 5; w++) {
				this.fixture.wachtend(t, w * 9, (w == 0) ? Urgentie.SPOED : Urgentie.NORMAAL, w % 2 == 0);
			}
		}

		int caseloadGroot = statements(team.manager(), "/caseload");
		int homeGroot = statements(team.manager(), "/");
		assertThat(caseloadKlein).isPositive();
		assertThat(caseloadGroot).as("/caseload with 2 teams, 9 wijkwerkers and 60 cases").isEqualTo(caseloadKlein);
		assertThat(homeGroot).as("the manager's home").isEqualTo(homeKlein);
	}

	private int statements(String gebruiker, String pad) throws Exception {
		var principal = user(this.gebruikers.loadUserByUsername(gebruiker));
		Teller.begin();
		try {
			this.mvc.perform(get(pad).with(principal)).andExpect(status().isOk());
		}
		finally {
			Teller.stop();
		}
		return Teller.aantal();
	}

}
