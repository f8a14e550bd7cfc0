package nl.wijkdossier.overleg;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-up owner's list: the decisions she follows up, on open cases, soonest
 * deadline first with the late ones marked; not a colleague's, not a closed case's; one
 * access-log row for the list.
 */
@SpringBootTest
class OpvolgingenTests {

	private final Opvolgingen opvolgingen;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final CasusFixtures casussen;

	private final OverlegFixture fixture;

	@Autowired
	OpvolgingenTests(Opvolgingen opvolgingen, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.opvolgingen = opvolgingen;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.casussen = new CasusFixtures(jdbc, inwoners, beheer);
		this.fixture = new OverlegFixture(jdbc, this.casussen);
	}

	@AfterEach
	void uitloggen() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void sheSeesTheDecisionsSheFollowsUpOnOpenCasesSoonestFirst() {
		CasusFixtures.NieuwTeam team = this.casussen.nieuwTeam();
		String a1 = this.casussen.wijkwerker(team.partnerId(), team.teamId());
		String a2 = this.casussen.wijkwerker(team.partnerId(), team.teamId());
		long haar = this.casussen.medewerkerVan(a1);
		long overleg = this.fixture.overleg(team.teamId(), OverlegFixture.vandaag().minusDays(7));
		CasusFixtures.Inwoner laat = this.casussen.inwoner();
		long casusLaat = this.casussen.casus(laat.id(), team.teamId()).inBehandeling(haar).opslaan();
		CasusFixtures.Inwoner later = this.casussen.inwoner();
		long casusLater = this.casussen.casus(later.id(), team.teamId()).inBehandeling(haar).opslaan();
		long casusDicht = this.casussen.casus(this.casussen.inwoner().id(), team.teamId())
			.inBehandeling(haar)
			.opslaan();
		long casusCollega = this.casussen.casus(this.casussen.inwoner().id(), team.teamId())
			.inBehandeling(haar)
			.opslaan();

		voorDatum(this.fixture.bespreking(this.fixture.agendapunt(overleg, casusLater, a1), haar, a1), 10);
		voorDatum(this.fixture.bespreking(this.fixture.agendapunt(overleg, casusLaat, a1), haar, a1), -1);
		this.fixture.bespreking(this.fixture.agendapunt(overleg, casusDicht, a1), haar, a1);
		this.jdbc.sql(
				"update casus set status = 'AFGESLOTEN', afsluitreden = 'DOEL_BEREIKT', afgesloten_op = current_date where id = ?")
			.param(casusDicht)
			.update();
		this.fixture.bespreking(this.fixture.agendapunt(overleg, casusCollega, a1), this.casussen.medewerkerVan(a2),
				a1);

		List<Opvolgingen.Opvolging> lijst = als(a1);
		assertThat(lijst).extracting(Opvolgingen.Opvolging::casusId).containsExactly(casusLaat, casusLater);
		assertThat(lijst.get(0).telaat()).isTrue();
		assertThat(lijst.get(1).telaat()).isFalse();
		assertThat(lijst.get(0).inwonerNaam()).isEqualTo(laat.naam());
		assertThat(lijst.get(0).pad()).startsWith("/overleg/" + overleg + "/agenda/");
		assertThat(this.fixture.log("WERKLIJST_BEKEKEN", a1, null, "OK"))
			.as("no row of its own: the home's one row per view covers the list")
			.isZero();

		assertThat(als(a2)).extracting(Opvolgingen.Opvolging::casusId).containsExactly(casusCollega);
	}

	private void voorDatum(long bespreking, int dagen) {
		this.jdbc.sql("update overleg_bespreking set opvolgen_voor = current_date + ? where id = ?")
			.params(dagen, bespreking)
			.update();
	}

	private List<Opvolgingen.Opvolging> als(String gebruikersnaam) {
		WijkdossierUser gebruiker = (WijkdossierUser) this.gebruikers.loadUserByUsername(gebruikersnaam);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(gebruiker, null, gebruiker.getAuthorities()));
		return this.opvolgingen.van(gebruiker);
	}

}
