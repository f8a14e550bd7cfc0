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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.wijkdossier.test.Demo;

import static nl.wijkdossier.organisatie.OrganisatieFixture.uniek;
import static nl.wijkdossier.organisatie.OrganisatieFixture.vrijePc4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
class ClusterBeheerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService gebruikers;

	@Autowired
	OrganisatieBeheer beheer;

	@Autowired
	JdbcClient jdbc;

	OrganisatieFixture organisatie;

	@BeforeEach
	void fixture() {
		this.organisatie = new OrganisatieFixture(this.beheer, this.jdbc);
	}

	@Test
	void beheerderAddsACluster() throws Exception {
		String naam = uniek("Cluster Zuid");
		int voor = this.organisatie.aantal("cluster");
		this.mvc.perform(post("/beheer/clusters").param("naam", naam).with(beheer()).with(csrf()))
			.andExpect(redirectedUrl("/beheer/clusters"))
			.andExpect(flash().attribute("melding", "beheer.cluster.aangemaakt"));
		assertThat(this.organisatie.aantal("cluster")).isEqualTo(voor + 1);
		this.mvc.perform(get("/beheer/clusters").with(beheer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(naam)))
			.andExpect(content().string(containsString("Cluster Haven en Poort")));
	}

	@Test
	void aClusterNeedsAShortEnoughName() throws Exception {
		int voor = this.organisatie.aantal("cluster");
		this.mvc.perform(post("/beheer/clusters").param("naam", "").with(beheer()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul dit veld in.")));
		this.mvc.perform(post("/beheer/clusters").param("naam", "x".repeat(121)).with(beheer()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit is te lang. Gebruik minder tekens.")));
		assertThat(this.organisatie.aantal("cluster")).isEqualTo(voor);
	}

	@Test
	void clusterNamesAreUniqueIgnoringCase() throws Exception {
		int voor = this.organisatie.aantal("cluster");
		this.mvc.perform(post("/beheer/clusters").param("naam", "cluster STAD").with(beheer()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("De naam \u201Ecluster STAD\u201D is al in gebruik.")));
		assertThat(this.organisatie.aantal("cluster")).isEqualTo(voor);
	}

	@Test
	void beheerderRenamesACluster() throws Exception {
		long id = this.organisatie.cluster();
		long version = this.organisatie.version("cluster", id);
		this.mvc.perform(get("/beheer/clusters/{id}/bewerken", id).with(beheer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.organisatie.naam("cluster", id))));
		String naam = uniek("Cluster Hernoemd");
		this.mvc
			.perform(post("/beheer/clusters/{id}", id).param("naam", naam)
				.param("version", String.valueOf(version))
				.with(beheer())
				.with(csrf()))
			.andExpect(redirectedUrl("/beheer/clusters"));
		assertThat(this.organisatie.naam("cluster", id)).isEqualTo(naam);
		assertThat(this.organisatie.version("cluster", id)).isEqualTo(version + 1);
	}

	@Test
	void aStaleVersionGetsTheConflictPageAndChangesNothing() throws Exception {
		long id = this.organisatie.cluster();
		long gezien = this.organisatie.version("cluster", id);
		String tussendoor = uniek("Cluster Collega");
		this.beheer.wijzigCluster(id, gezien, tussendoor);
		this.mvc
			.perform(post("/beheer/clusters/{id}", id).param("naam", uniek("Cluster Te Laat"))
				.param("version", String.valueOf(gezien))
				.with(beheer())
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Iemand anders was u voor")));
		assertThat(this.organisatie.naam("cluster", id)).isEqualTo(tussendoor);
	}

	@Test
	void anEditWithoutVersionIsABadRequest() throws Exception {
		long id = this.organisatie.cluster();
		String naam = this.organisatie.naam("cluster", id);
		this.mvc
			.perform(
					post("/beheer/clusters/{id}", id).param("naam", uniek("Zonder versie")).with(beheer()).with(csrf()))
			.andExpect(status().isBadRequest());
		assertThat(this.organisatie.naam("cluster", id)).isEqualTo(naam);
	}

	@Test
	void beheerderDeactivatesAndReactivatesAnEmptyCluster() throws Exception {
		long id = this.organisatie.cluster();
		this.mvc.perform(post("/beheer/clusters/{id}/deactiveren", id).with(beheer()).with(csrf()))
			.andExpect(redirectedUrl("/beheer/clusters"))
			.andExpect(flash().attribute("melding", "beheer.cluster.gedeactiveerd"));
		assertThat(this.organisatie.actief("cluster", id)).isFalse();
		this.mvc.perform(post("/beheer/clusters/{id}/activeren", id).with(beheer()).with(csrf()))
			.andExpect(redirectedUrl("/beheer/clusters"))
			.andExpect(flash().attribute("melding", "beheer.cluster.geactiveerd"));
		assertThat(this.organisatie.actief("cluster", id)).isTrue();
	}

	@Test
	void aClusterWithActiveTeamsCannotBeDeactivated() throws Exception {
		long id = this.organisatie.cluster();
		this.organisatie.team(id, vrijePc4());
		MvcResult geweigerd = this.mvc
			.perform(post("/beheer/clusters/{id}/deactiveren", id).with(beheer()).with(csrf()))
			.andExpect(redirectedUrl("/beheer/clusters"))
			.andExpect(flash().attribute("weigering", "beheer.fout.clusterHeeftTeams"))
			.andReturn();
		assertThat(this.organisatie.actief("cluster", id)).isTrue();
		this.mvc.perform(get("/beheer/clusters").cookie(geweigerd.getResponse().getCookies()).with(beheer()))
			.andExpect(content().string(containsString(
					this.organisatie.naam("cluster", id) + " heeft nog een actief team. Deactiveer die teams eerst")));
	}

	private RequestPostProcessor beheer() {
		return user(this.gebruikers.loadUserByUsername(Demo.BEHEER));
	}

}
