package nl.wijkdossier.organisatie;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.ui.ExtendedModelMap;

import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Only functioneel beheer manages the organisation; every other role gets 403. */
@SpringBootTest
@AutoConfigureMockMvc
class BeheerToegangTests {

	static final List<String> PAGINAS = List.of("/beheer/partners", "/beheer/partners/nieuw",
			"/beheer/partners/1/bewerken", "/beheer/clusters", "/beheer/clusters/nieuw", "/beheer/clusters/1/bewerken",
			"/beheer/teams", "/beheer/teams/nieuw", "/beheer/teams/1/bewerken", "/beheer/medewerkers",
			"/beheer/medewerkers/nieuw", "/beheer/medewerkers/1/bewerken");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService gebruikers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PartnerBeheerController partners;

	@Autowired
	ClusterBeheerController clusters;

	@Autowired
	TeamBeheerController teams;

	@Autowired
	MedewerkerBeheerController medewerkers;

	@ParameterizedTest
	@FieldSource("PAGINAS")
	void aWijkwerkerCannotOpenAnyBeheerPage(String pagina) throws Exception {
		this.mvc.perform(get(pagina).with(als(Demo.WIJKWERKER))).andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/beheer/partners", "/beheer/partners/999999", "/beheer/partners/999999/deactiveren",
			"/beheer/partners/999999/activeren", "/beheer/clusters", "/beheer/clusters/999999",
			"/beheer/clusters/999999/deactiveren", "/beheer/clusters/999999/activeren", "/beheer/teams",
			"/beheer/teams/999999", "/beheer/teams/999999/deactiveren", "/beheer/teams/999999/activeren",
			"/beheer/medewerkers", "/beheer/medewerkers/999999", "/beheer/medewerkers/999999/deactiveren",
			"/beheer/medewerkers/999999/activeren" })
	void aWijkwerkerCannotChangeTheOrganisation(String actie) throws Exception {
		this.mvc
			.perform(
					post(actie).param("naam", "Overname").param("version", "0").with(als(Demo.WIJKWERKER)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from convenantpartner where naam = 'Overname'")
			.query(Integer.class)
			.single()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { Demo.MANAGER, Demo.GEMEENTE, Demo.PRIVACY })
	void otherRolesCannotManageStaffEither(String gebruikersnaam) throws Exception {
		this.mvc.perform(get("/beheer/medewerkers").with(als(gebruikersnaam))).andExpect(status().isForbidden());
	}

	/**
	 * Defence in depth: the controllers refuse other roles themselves, whatever the URL
	 * rules say.
	 */
	@Test
	@WithUserDetails(Demo.WIJKWERKER)
	void theBeheerControllersThemselvesRefuseAWijkwerker() {
		List<ThrowingCallable> lijsten = List.of(() -> this.partners.lijst(new ExtendedModelMap()),
				() -> this.clusters.lijst(new ExtendedModelMap()), () -> this.teams.lijst(new ExtendedModelMap()),
				() -> this.medewerkers.lijst(new ExtendedModelMap()));
		for (ThrowingCallable lijst : lijsten) {
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(lijst);
		}
	}

	@Test
	@WithUserDetails(Demo.BEHEER)
	void theBeheerControllersServeBeheer() {
		assertThat(this.partners.lijst(new ExtendedModelMap())).isEqualTo("beheer/partners");
	}

	@Test
	void beheerOpensEveryListAndForm() throws Exception {
		for (String pagina : PAGINAS) {
			this.mvc.perform(get(pagina).with(als(Demo.BEHEER)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<h1>")));
		}
	}

	private RequestPostProcessor als(String gebruikersnaam) {
		return user(this.gebruikers.loadUserByUsername(gebruikersnaam));
	}

}
