package nl.wijkdossier.organisatie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.wijkdossier.test.Demo;

import static nl.wijkdossier.organisatie.OrganisatieFixture.uniek;
import static nl.wijkdossier.organisatie.OrganisatieFixture.vrijePc4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class TeamBeheerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService gebruikers;

	@Autowired
	OrganisatieBeheer beheer;

	@Autowired
	Organisatie leesmodel;

	@Autowired
	JdbcClient jdbc;

	OrganisatieFixture organisatie;

	long cluster;

	@BeforeEach
	void fixture() {
		this.organisatie = new OrganisatieFixture(this.beheer, this.jdbc);
		this.cluster = this.organisatie.cluster();
	}

	@Test
	void beheerderCreatesATeamWithItsWerkgebiedAndManager() throws Exception {
		long manager = this.organisatie.manager(this.organisatie.partner());
		String a = vrijePc4();
		String b = vrijePc4();
		String c = vrijePc4();
		String naam = uniek("Wijkteam Nieuw");
		this.mvc
			.perform(post("/beheer/teams").param("naam", naam)
				.param("clusterId", String.valueOf(this.cluster))
				.param("werkgebied", a + "-" + c)
				.param("bezoekadres", "Stadhuisplein 1, Polderstad")
				.param("telefoon", "036 123 4567")
				.param("managerId", String.valueOf(manager))
				.with(beheer())
				.with(csrf()))
			.andExpect(redirectedUrl("/beheer/teams"))
			.andExpect(flash().attribute("melding", "beheer.team.aangemaakt"));
		TeamInfo team = this.leesmodel.teamVoorPostcode(b).orElseThrow();
		assertThat(team.naam()).isEqualTo(naam);
		assertThat(team.werkgebied()).containsExactly(a, b, c);
		assertThat(team.managerNaam()).startsWith("Test ");
		assertThat(team.bezoekadres()).isEqualTo("Stadhuisplein 1, Polderstad");
	}

	@Test
	void theListShowsClusterWerkgebiedAndManagerOfEveryTeam() throws Exception {
		String pc4 = vrijePc4();
		long team = this.organisatie.team(this.cluster, pc4);
		this.mvc.perform(get("/beheer/teams").with(beheer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wijkteam Stad Oost")))
			.andExpect(content().string(containsString("1321\u20131325")))
			.andExpect(content().string(containsString(this.organisatie.naam("wijkteam", team))))
			.andExpect(content().string(containsString(this.organisatie.naam("cluster", this.cluster))))
			.andExpect(content().string(containsString("Geen manager")))
			.andExpect(content().string(containsString("<th scope=\"col\">")));
	}

	@Test
	void beheerderCannotGiveAPostcodeToTwoTeams() throws Exception {
		int teams = this.organisatie.aantal("wijkteam");
		int postcodes = this.organisatie.aantal("werkgebied_postcode");
		this.mvc.perform(nieuwTeam(uniek("Wijkteam Dubbel"), vrijePc4() + ", 1325"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1325 hoort al bij Wijkteam Stad Oost")));
		assertThat(this.organisatie.aantal("wijkteam")).isEqualTo(teams);
		assertThat(this.organisatie.aantal("werkgebied_postcode")).isEqualTo(postcodes);
		assertThat(this.leesmodel.teamVoorPostcode("1325"))
			.hasValueSatisfying((team) -> assertThat(team.naam()).isEqualTo("Wijkteam Stad Oost"));
	}

	@Test
	void aRangeOverlappingTwoTeamsNamesBoth() throws Exception {
		this.mvc.perform(nieuwTeam(uniek("Wijkteam Groot"), "1314-1317"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1314\u20131315 hoort al bij Wijkteam Stad Centrum")))
			.andExpect(content().string(containsString("1316\u20131317 hoort al bij Wijkteam Stad West")));
	}

	@Test
	void editingATeamCannotTakeAnotherTeamsPostcode() throws Exception {
		String eigen = vrijePc4();
		long team = this.organisatie.team(this.cluster, eigen);
		this.mvc
			.perform(wijzigTeam(team, this.organisatie.naam("wijkteam", team), eigen + ", 1325",
					this.organisatie.version("wijkteam", team)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1325 hoort al bij Wijkteam Stad Oost")));
		assertThat(this.leesmodel.team(team).orElseThrow().werkgebied()).containsExactly(eigen);
	}

	@Test
	void anUnparsableWerkgebiedNamesTheBadPart() throws Exception {
		int teams = this.organisatie.aantal("wijkteam");
		this.mvc.perform(nieuwTeam(uniek("Wijkteam Tikfout"), vrijePc4() + ", 13a5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\u201E13a5\u201D is geen postcode of reeks")))
			.andExpect(content().string(containsString("aria-describedby=\"werkgebied-hulp werkgebied-fout\"")));
		assertThat(this.organisatie.aantal("wijkteam")).isEqualTo(teams);
	}

	@Test
	void aTeamNeedsANameAndACluster() throws Exception {
		int teams = this.organisatie.aantal("wijkteam");
		this.mvc
			.perform(post("/beheer/teams").param("naam", "")
				.param("clusterId", "")
				.param("werkgebied", vrijePc4())
				.with(beheer())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul dit veld in.")))
			.andExpect(content().string(containsString("Maak een keuze.")));
		assertThat(this.organisatie.aantal("wijkteam")).isEqualTo(teams);
	}

	@Test
	void teamNamesAreUniqueIgnoringCase() throws Exception {
		int teams = this.organisatie.aantal("wijkteam");
		this.mvc.perform(nieuwTeam("wijkteam stad oost", vrijePc4()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("De naam \u201Ewijkteam stad oost\u201D is al in gebruik.")));
		assertThat(this.organisatie.aantal("wijkteam")).isEqualTo(teams);
	}

	@Test
	void theManagerMustBeAnActiveWijkteammanager() throws Exception {
		long partner = this.organisatie.partner();
		long helper = this.organisatie.team(this.cluster, vrijePc4());
		long wijkwerker = this.organisatie.wijkwerker(partner, helper);
		int teams = this.organisatie.aantal("wijkteam");
		this.mvc.perform(nieuwTeam(uniek("Wijkteam Baas"), vrijePc4()).param("managerId", String.valueOf(wijkwerker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies een actieve medewerker met de rol wijkteammanager.")));
		long oudManager = this.organisatie.manager(partner);
		this.beheer.zetMedewerkerActief(oudManager, false);
		this.mvc.perform(nieuwTeam(uniek("Wijkteam Baas"), vrijePc4()).param("managerId", String.valueOf(oudManager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies een actieve medewerker met de rol wijkteammanager.")));
		assertThat(this.organisatie.aantal("wijkteam")).isEqualTo(teams);
	}

	@Test
	void theManagerSelectOffersOnlyActiveManagers() throws Exception {
		long partner = this.organisatie.partner();
		long wijkwerker = this.organisatie.wijkwerker(partner, this.organisatie.team(this.cluster, vrijePc4()));
		long manager = this.organisatie.manager(partner);
		this.mvc.perform(get("/beheer/teams/nieuw").with(beheer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"" + manager + "\"")))
			.andExpect(content().string(not(containsString("<option value=\"" + wijkwerker + "\""))));
	}

	@Test
	void beheerderEditsATeam() throws Exception {
		String oud = vrijePc4();
		String nieuw1 = vrijePc4();
		String nieuw2 = vrijePc4();
		long team = this.organisatie.team(this.cluster, oud);
		long version = this.organisatie.version("wijkteam", team);
		this.mvc.perform(get("/beheer/teams/{id}/bewerken", team).with(beheer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + oud + "</textarea>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")));
		String naam = uniek("Wijkteam Anders");
		this.mvc.perform(wijzigTeam(team, naam, nieuw1 + "\n" + nieuw2, version))
			.andExpect(redirectedUrl("/beheer/teams"))
			.andExpect(flash().attribute("melding", "beheer.team.gewijzigd"));
		TeamInfo gewijzigd = this.leesmodel.team(team).orElseThrow();
		assertThat(gewijzigd.naam()).isEqualTo(naam);
		assertThat(gewijzigd.werkgebied()).containsExactly(nieuw1, nieuw2);
		assertThat(this.leesmodel.teamVoorPostcode(oud)).isEmpty();
	}

	@Test
	void aStaleVersionGetsTheConflictPageAndChangesNothing() throws Exception {
		String pc4 = vrijePc4();
		long team = this.organisatie.team(this.cluster, pc4);
		long gezien = this.organisatie.version("wijkteam", team);
		String naam = this.organisatie.naam("wijkteam", team);
		this.mvc.perform(wijzigTeam(team, naam, pc4 + ", " + vrijePc4(), gezien))
			.andExpect(redirectedUrl("/beheer/teams"));
		this.mvc.perform(wijzigTeam(team, uniek("Wijkteam Te Laat"), "", gezien))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Iemand anders was u voor")));
		assertThat(this.organisatie.naam("wijkteam", team)).isEqualTo(naam);
		assertThat(this.leesmodel.team(team).orElseThrow().werkgebied()).hasSize(2);
	}

	@Test
	void aTeamWithAWerkgebiedCannotBeDeactivated() throws Exception {
		String pc4 = vrijePc4();
		long team = this.organisatie.team(this.cluster, pc4);
		MvcResult geweigerd = this.mvc.perform(post("/beheer/teams/{id}/deactiveren", team).with(beheer()).with(csrf()))
			.andExpect(redirectedUrl("/beheer/teams"))
			.andExpect(flash().attribute("weigering", "beheer.fout.teamHeeftWerkgebied"))
			.andReturn();
		assertThat(this.organisatie.actief("wijkteam", team)).isTrue();
		assertThat(this.leesmodel.team(team).orElseThrow().werkgebied()).containsExactly(pc4);
		this.mvc.perform(get("/beheer/teams").cookie(geweigerd.getResponse().getCookies()).with(beheer()))
			.andExpect(content().string(containsString(this.organisatie.naam("wijkteam", team)
					+ " heeft nog een werkgebied (" + pc4 + "). Verplaats eerst de postcodes naar een ander team")));
	}

	@Test
	void aTeamWithoutWerkgebiedIsDeactivatedAndReactivatedWithoutLosingAnything() throws Exception {
		long team = this.organisatie.team(this.cluster);
		long partner = this.organisatie.partner();
		long wijkwerker = this.organisatie.wijkwerker(partner, team);
		this.mvc.perform(post("/beheer/teams/{id}/deactiveren", team).with(beheer()).with(csrf()))
			.andExpect(redirectedUrl("/beheer/teams"))
			.andExpect(flash().attribute("melding", "beheer.team.gedeactiveerd"));
		assertThat(this.organisatie.actief("wijkteam", team)).isFalse();
		assertThat(this.jdbc.sql("select team_id from medewerker where id = ?")
			.param(wijkwerker)
			.query(Long.class)
			.single()).isEqualTo(team);
		this.mvc.perform(post("/beheer/teams/{id}/activeren", team).with(beheer()).with(csrf()))
			.andExpect(redirectedUrl("/beheer/teams"));
		assertThat(this.organisatie.actief("wijkteam", team)).isTrue();
	}

	@Test
	void anInactiveTeamGetsNoWerkgebied() throws Exception {
		long team = this.organisatie.team(this.cluster);
		this.beheer.zetTeamActief(team, false);
		this.mvc
			.perform(wijzigTeam(team, this.organisatie.naam("wijkteam", team), vrijePc4(),
					this.organisatie.version("wijkteam", team)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Een inactief team heeft geen werkgebied.")));
		assertThat(this.leesmodel.team(team).orElseThrow().werkgebied()).isEmpty();
	}

	@Test
	void anInactiveClusterCannotBeChosenForATeam() throws Exception {
		long oud = this.organisatie.cluster();
		this.beheer.zetClusterActief(oud, false);
		int teams = this.organisatie.aantal("wijkteam");
		this.mvc
			.perform(post("/beheer/teams").param("naam", uniek("Wijkteam Weg"))
				.param("clusterId", String.valueOf(oud))
				.param("werkgebied", vrijePc4())
				.with(beheer())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies een actief cluster.")));
		assertThat(this.organisatie.aantal("wijkteam")).isEqualTo(teams);
	}

	private MockHttpServletRequestBuilder nieuwTeam(String naam, String werkgebied) {
		return post("/beheer/teams").param("naam", naam)
			.param("clusterId", String.valueOf(this.cluster))
			.param("werkgebied", werkgebied)
			.with(beheer())
			.with(csrf());
	}

	private MockHttpServletRequestBuilder wijzigTeam(long team, String naam, String werkgebied, long version) {
		return post("/beheer/teams/{id}", team).param("naam", naam)
			.param("clusterId", String.valueOf(this.cluster))
			.param("werkgebied", werkgebied)
			.param("version", String.valueOf(version))
			.with(beheer())
			.with(csrf());
	}

	private RequestPostProcessor beheer() {
		return user(this.gebruikers.loadUserByUsername(Demo.BEHEER));
	}

}
