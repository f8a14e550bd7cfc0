package nl.wijkdossier.overleg;

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
import nl.wijkdossier.test.StatementTeller;
import nl.wijkdossier.test.StatementTeller.Teller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The casuïstiekoverleg pages are written for scale: the agenda reads its items in a
 * fixed number of queries however many there are (visible or not), adding exactly one
 * statement per item shown — its access-log row; the list of meetings needs the same
 * statements for one meeting as for many.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementTeller.Tellen.class)
class OverlegQueryCountTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final CasusFixtures casussen;

	private final OrganisatieBeheer beheer;

	private final OverlegFixture fixture;

	@Autowired
	OverlegQueryCountTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.beheer = beheer;
		this.casussen = new CasusFixtures(jdbc, inwoners, beheer);
		this.fixture = new OverlegFixture(jdbc, this.casussen);
	}

	@Test
	void theAgendaReadsItsItemsInFixedQueriesPlusOneLogRowPerItemShown() throws Exception {
		CasusFixtures.NieuwTeam a = this.casussen.nieuwTeam();
		long teamB = this.casussen.team(a.clusterId(), null);
		String manager = this.casussen.manager(a.partnerId());
		this.beheer.zetManager(a.teamId(), this.casussen.medewerkerVan(manager));
		String a1 = this.casussen.wijkwerker(a.partnerId(), a.teamId());
		long regie = this.casussen.medewerkerVan(a1);
		long overleg = this.fixture.overleg(a.teamId(), OverlegFixture.vandaag());
		for (int i = 0; i < 2; i++) {
			this.fixture.agendapunt(overleg, casus(a.teamId(), regie), a1);
		}
		int bijTwee = statements(manager, "/overleg/" + overleg);

		for (int i = 0; i < 4; i++) {
			this.fixture.agendapunt(overleg, casus(a.teamId(), regie), a1);
		}
		// cases of team B with regie in team A: on the agenda, out of the manager's scope
		for (int i = 0; i < 5; i++) {
			this.fixture.agendapunt(overleg, casus(teamB, regie), a1);
		}
		int bijElf = statements(manager, "/overleg/" + overleg);

		assertThat(bijTwee).isPositive();
		assertThat(bijElf).as("vier getoonde punten meer: vier logregels meer, verder niets").isEqualTo(bijTwee + 4);
	}

	@Test
	void theListOfMeetingsSendsTheSameStatementsForOneOrManyMeetings() throws Exception {
		CasusFixtures.NieuwTeam a = this.casussen.nieuwTeam();
		String manager = this.casussen.manager(a.partnerId());
		this.beheer.zetManager(a.teamId(), this.casussen.medewerkerVan(manager));
		this.fixture.overleg(a.teamId(), OverlegFixture.vandaag().plusDays(1));
		int bijEen = statements(manager, "/overleg");
		for (int i = 0; i < 30; i++) {
			long overleg = this.fixture.overleg(a.teamId(), OverlegFixture.vandaag().plusDays(i - 15));
			this.fixture.agendapunt(overleg, casus(a.teamId(), null), manager);
		}
		int bijVeel = statements(manager, "/overleg");
		assertThat(bijEen).isPositive();
		assertThat(bijVeel).isEqualTo(bijEen);
	}

	private long casus(long teamId, Long regievoerder) {
		CasusFixtures.CasusBouwer bouwer = this.casussen.casus(this.casussen.inwoner().id(), teamId);
		return (regievoerder != null) ? bouwer.inBehandeling(regievoerder).opslaan() : bouwer.opslaan();
	}

	private int statements(String gebruiker, String pad) throws Exception {
		var principal = user(this.gebruikers.loadUserByUsername(gebruiker));
		Teller.begin();
		try {
			int status = this.mvc.perform(get(pad).with(principal)).andReturn().getResponse().getStatus();
			assertThat(status).isEqualTo(200);
		}
		finally {
			Teller.stop();
		}
		return Teller.aantal();
	}

}
