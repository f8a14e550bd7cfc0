package nl.wijkdossier.overleg;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * "The agenda shows only what the attendees may see." In a fresh cluster, team A meets;
 * on its agenda stand a case of team A and a case of team B whose regievoerder works in
 * team A. Each attendee sees the names of the cases in her own scope, and of the others
 * only how many there are; only what she sees is logged; a colleague of team B does not
 * see the meeting at all; during an inval the invaller sees the absent colleague's case,
 * logged on her behalf.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OverlegZichtbaarheidTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final CasusFixtures casussen;

	private final OrganisatieBeheer beheer;

	private final OverlegFixture fixture;

	private String a1;

	private String a2;

	private String b1;

	private String managerA;

	private long overleg;

	private CasusFixtures.Inwoner inwonerX;

	private long casusX;

	private CasusFixtures.Inwoner inwonerY;

	private long casusY;

	@Autowired
	OverlegZichtbaarheidTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.beheer = beheer;
		this.casussen = new CasusFixtures(jdbc, inwoners, beheer);
		this.fixture = new OverlegFixture(jdbc, this.casussen);
	}

	@BeforeEach
	void cluster() {
		CasusFixtures.NieuwTeam a = this.casussen.nieuwTeam();
		long teamB = this.casussen.team(a.clusterId(), null);
		this.managerA = this.casussen.manager(a.partnerId());
		this.beheer.zetManager(a.teamId(), this.casussen.medewerkerVan(this.managerA));
		this.a1 = this.casussen.wijkwerker(a.partnerId(), a.teamId());
		this.a2 = this.casussen.wijkwerker(a.partnerId(), a.teamId());
		this.b1 = this.casussen.wijkwerker(a.partnerId(), teamB);
		this.inwonerX = this.casussen.inwoner();
		this.casusX = this.casussen.casus(this.inwonerX.id(), teamB)
			.inBehandeling(this.casussen.medewerkerVan(this.a1))
			.opslaan();
		this.inwonerY = this.casussen.inwoner();
		this.casusY = this.casussen.casus(this.inwonerY.id(), a.teamId())
			.inBehandeling(this.casussen.medewerkerVan(this.a2))
			.opslaan();
		this.overleg = this.fixture.overleg(a.teamId(), OverlegFixture.vandaag());
		this.fixture.agendapunt(this.overleg, this.casusX, this.a1);
		this.fixture.agendapunt(this.overleg, this.casusY, this.a2);
	}

	@Test
	void theRegievoerderSeesBothCasesItsColleagueOnlyTheTeamsCaseAndTheCountOfTheOther() throws Exception {
		String vanA1 = agenda(this.a1);
		assertThat(vanA1).contains(this.inwonerX.naam())
			.contains(this.inwonerY.naam())
			.doesNotContain("id=\"verborgen\"");
		assertThat(this.fixture.log("OVERLEG_AGENDA_BEKEKEN", this.a1, this.casusX, "OK")).isEqualTo(1);
		assertThat(this.fixture.log("OVERLEG_AGENDA_BEKEKEN", this.a1, this.casusY, "OK")).isEqualTo(1);

		String vanA2 = agenda(this.a2);
		assertThat(vanA2).contains(this.inwonerY.naam())
			.doesNotContain(this.inwonerX.naam())
			.doesNotContain(this.inwonerX.achternaam())
			.contains("1 geagendeerde casus die u niet kunt inzien")
			.doesNotContain("/casussen/" + this.casusX);
		assertThat(this.fixture.log("OVERLEG_AGENDA_BEKEKEN", this.a2, this.casusX, "OK")).isZero();
		assertThat(this.fixture.log("OVERLEG_AGENDA_BEKEKEN", this.a2, this.casusY, "OK")).isEqualTo(1);
	}

	@Test
	void theManagerOfTheTeamSeesItsCaseAndCountsTheOtherTeamsCase() throws Exception {
		String agenda = agenda(this.managerA);
		assertThat(agenda).contains(this.inwonerY.naam())
			.doesNotContain(this.inwonerX.naam())
			.contains("1 geagendeerde casus die u niet kunt inzien");
	}

	@Test
	void anAttendeeWithoutScopeCannotOpenTheItemOfTheOtherCase() throws Exception {
		long punt = this.jdbc.sql("select id from overleg_agendapunt where overleg_id = ? and casus_id = ?")
			.params(this.overleg, this.casusX)
			.query(Long.class)
			.single();
		MvcResult result = this.mvc.perform(get("/overleg/{o}/agenda/{p}", this.overleg, punt).with(als(this.a2)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(result.getResponse().getContentAsString()).doesNotContain(this.inwonerX.achternaam());
		assertThat(this.fixture.log("OVERLEG_AGENDA_BEKEKEN", this.a2, this.casusX, "DENIED")).isEqualTo(1);
	}

	@Test
	void aColleagueOfAnotherTeamDoesNotSeeTheMeetingAtAll() throws Exception {
		int voor = this.fixture.log("OVERLEG_AGENDA_BEKEKEN", this.b1, null, "DENIED");
		MvcResult result = this.mvc.perform(get("/overleg/{id}", this.overleg).with(als(this.b1))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(this.fixture.log("OVERLEG_AGENDA_BEKEKEN", this.b1, null, "DENIED")).isEqualTo(voor + 1);
		assertThat(this.mvc.perform(get("/overleg").with(als(this.b1))).andReturn().getResponse().getContentAsString())
			.doesNotContain("/overleg/" + this.overleg + "\"");
	}

	@Test
	void duringAnInvalTheInvallerSeesTheAbsentRegievoerdersCaseLoggedOnHerBehalf() throws Exception {
		long afwezigheid = this.jdbc
			.sql("""
					insert into afwezigheid (medewerker_id, soort, van, tot, geregistreerd_door, geregistreerd_op)
					values (?, 'VAKANTIE', current_date - 1, current_date + 1, (select id from gebruiker where gebruikersnaam = ?), now())
					returning id""")
			.params(this.casussen.medewerkerVan(this.a1), this.managerA)
			.query(Long.class)
			.single();
		this.jdbc
			.sql("""
					insert into inval (afwezigheid_id, invaller_id, van, tot, aangewezen_door, aangewezen_op)
					values (?, ?, current_date - 1, current_date + 1, (select id from gebruiker where gebruikersnaam = ?), now())
					""")
			.params(afwezigheid, this.casussen.medewerkerVan(this.a2), this.managerA)
			.update();

		String agenda = agenda(this.a2);
		assertThat(agenda).contains(this.inwonerX.naam()).doesNotContain("id=\"verborgen\"");
		assertThat(this.jdbc
			.sql("""
					select count(*) from toegangslog
					where gebruikersnaam = ? and casus_id = ? and gebeurtenis = 'OVERLEG_AGENDA_BEKEKEN' and resultaat = 'OK'
					  and namens_gebruiker_id = (select id from gebruiker where gebruikersnaam = ?)
					""")
			.params(this.a2, this.casusX, this.a1)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from toegangslog
				where gebruikersnaam = ? and casus_id = ? and namens_gebruiker_id is null and resultaat = 'OK'
				""").params(this.a2, this.casusY).query(Integer.class).single()).as("eigen team: niet namens")
			.isEqualTo(1);
	}

	private String agenda(String gebruiker) throws Exception {
		MvcResult result = this.mvc.perform(get("/overleg/{id}", this.overleg).with(als(gebruiker))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor als(String gebruiker) {
		return user(this.gebruikers.loadUserByUsername(gebruiker));
	}

}
