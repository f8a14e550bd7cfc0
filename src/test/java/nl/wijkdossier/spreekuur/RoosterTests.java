package nl.wijkdossier.spreekuur;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The roster: the manager puts medewerkers of the team or its cluster and volunteers on
 * duty and takes them off; someone of another cluster is refused; a wijkwerker of the
 * team puts herself on and off duty; outside one's teams a session does not exist.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RoosterTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final Rooster rooster;

	private final SpreekuurFixture fixture;

	@Autowired
	RoosterTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, SpreekuurSchema schema, Rooster rooster) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.rooster = rooster;
		this.fixture = new SpreekuurFixture(jdbc, schema);
	}

	private RequestPostProcessor als(String gebruikersnaam) {
		return user(this.gebruikers.loadUserByUsername(gebruikersnaam));
	}

	/** The second session of a new spreekuur of the team: next week, still to come. */
	private long sessie(String team) {
		long spreekuur = this.fixture.spreekuur(team, SpreekuurFixture.uniek("Buurthuis"), DayOfWeek.WEDNESDAY);
		return this.fixture.sessies(spreekuur).get(1);
	}

	@Test
	void theManagerPutsAColleagueOfTheClusterAndAVolunteerOnDutyAndTakesThemOff() throws Exception {
		long sessie = sessie("Wijkteam Stad Centrum");
		long collega = this.fixture.collegaVan("Wijkteam Stad Oost");
		this.mvc.perform(get("/spreekuren/sessies/" + sessie + "/rooster").with(als(Demo.MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nog niemand ingeroosterd")))
			.andExpect(content().string(containsString(this.fixture.naamVan(collega))));
		this.mvc
			.perform(post("/spreekuren/sessies/" + sessie + "/rooster").with(csrf())
				.param("wat", "medewerker")
				.param("medewerkerId", String.valueOf(collega))
				.with(als(Demo.MANAGER)))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/spreekuren/sessies/" + sessie + "/rooster").with(csrf())
				.param("wat", "vrijwilliger")
				.param("vrijwilligerNaam", "Gerda Vrijwilliger")
				.param("vrijwilligerOrganisatie", "Humanitas")
				.with(als(Demo.MANAGER)))
			.andExpect(status().isFound());
		assertThat(this.fixture.diensten(sessie)).isEqualTo(2);
		this.mvc.perform(get("/spreekuren/sessies/" + sessie + "/rooster").with(als(Demo.MANAGER)))
			.andExpect(content().string(containsString("Gerda Vrijwilliger (vrijwilliger, Humanitas)")));

		long dienst = this.jdbc.sql("select id from spreekuur_dienst where sessie_id = ? and medewerker_id = ?")
			.param(sessie)
			.param(collega)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/spreekuren/sessies/" + sessie + "/rooster/" + dienst + "/verwijderen").with(csrf())
				.with(als(Demo.MANAGER)))
			.andExpect(status().isFound());
		assertThat(this.fixture.diensten(sessie)).isEqualTo(1);
	}

	@Test
	void aMedewerkerOfAnotherClusterIsRefusedAndNothingIsStored() throws Exception {
		long sessie = sessie("Wijkteam Stad Centrum");
		long haven = this.fixture.medewerker(Demo.WIJKWERKER2);
		this.mvc
			.perform(post("/spreekuren/sessies/" + sessie + "/rooster").with(csrf())
				.param("wat", "medewerker")
				.param("medewerkerId", String.valueOf(haven))
				.with(als(Demo.MANAGER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kies een medewerker van dit team of van een ander team")));
		this.mvc
			.perform(post("/spreekuren/sessies/" + sessie + "/rooster").with(csrf())
				.param("wat", "vrijwilliger")
				.param("vrijwilligerNaam", "")
				.param("vrijwilligerOrganisatie", "")
				.with(als(Demo.MANAGER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Vul de naam van de vrijwilliger in.")))
			.andExpect(content().string(containsString("Vul de organisatie van de vrijwilliger in.")));
		assertThat(this.fixture.diensten(sessie)).isZero();
	}

	@Test
	void theRosterOfAnotherClustersSessionDoesNotExistForTheManagerAndWijkwerkersHaveNoRoster() throws Exception {
		long haven = sessie("Wijkteam Haven");
		this.mvc.perform(get("/spreekuren/sessies/" + haven + "/rooster").with(als(Demo.MANAGER)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/spreekuren/sessies/" + haven + "/rooster").with(csrf())
				.param("wat", "vrijwilliger")
				.param("vrijwilligerNaam", "Piet")
				.param("vrijwilligerOrganisatie", "X")
				.with(als(Demo.MANAGER)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/spreekuren/sessies/" + haven + "/rooster").with(als(Demo.BEHEER)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/spreekuren/sessies/" + haven + "/rooster").with(als(Demo.WIJKWERKER2)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/spreekuren/sessies/" + haven + "/rooster").with(als(Demo.GEMEENTE)))
			.andExpect(status().isForbidden());
		assertThat(this.fixture.diensten(haven)).isZero();
	}

	@Test
	void aWijkwerkerPutsHerselfOnAndOffDutyInHerOwnTeamOnly() throws Exception {
		long sessie = sessie("Wijkteam Stad Centrum");
		long zij = this.fixture.medewerker(Demo.WIJKWERKER);
		this.mvc.perform(post("/spreekuren/sessies/" + sessie + "/dienst").with(csrf()).with(als(Demo.WIJKWERKER)))
			.andExpect(status().isFound());
		assertThat(this.jdbc.sql("select medewerker_id from spreekuur_dienst where sessie_id = ?")
			.param(sessie)
			.query(Long.class)
			.list()).containsExactly(zij);
		this.mvc.perform(get("/spreekuren").with(als(Demo.WIJKWERKER)))
			.andExpect(content().string(containsString("U hebt dienst")));
		this.mvc
			.perform(post("/spreekuren/sessies/" + sessie + "/dienst/afmelden").with(csrf()).with(als(Demo.WIJKWERKER)))
			.andExpect(status().isFound());
		assertThat(this.fixture.diensten(sessie)).isZero();

		// another cluster's session does not exist for her; a manager does not take duty
		// here
		this.mvc.perform(post("/spreekuren/sessies/" + sessie + "/dienst").with(csrf()).with(als(Demo.WIJKWERKER2)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/spreekuren/sessies/" + sessie + "/dienst").with(csrf()).with(als(Demo.MANAGER)))
			.andExpect(status().isForbidden());
		// a colleague of the cluster's session (Stad West) is not hers to join
		long west = sessie("Wijkteam Stad West");
		this.mvc.perform(post("/spreekuren/sessies/" + west + "/dienst").with(csrf()).with(als(Demo.WIJKWERKER)))
			.andExpect(status().isNotFound());
		assertThat(this.fixture.diensten(sessie) + this.fixture.diensten(west)).isZero();
	}

	@Test
	void theRosterOfAFinishedOrCancelledSessionNoLongerChanges() {
		long sessie = sessie("Wijkteam Stad Centrum");
		Instant gisteren = ZonedDateTime
			.of(LocalDate.now(ClockConfiguration.ZONE).minusDays(1), LocalTime.NOON, ClockConfiguration.ZONE)
			.toInstant();
		this.jdbc.sql("update spreekuur_sessie set eindigt_op = ? where id = ?")
			.param(java.sql.Timestamp.from(gisteren))
			.param(sessie)
			.update();
		assertThatThrownBy(() -> this.rooster.voegVrijwilligerToe(sessie, "Ans", "Humanitas")).isInstanceOfSatisfying(
				SpreekuurWeigering.class,
				(w) -> assertThat(w.fouten().get(0).code()).isEqualTo("spreekuur.rooster.fout.voorbij"));
		long vervallen = sessie("Wijkteam Stad Centrum");
		this.jdbc.sql("update spreekuur_sessie set vervalt_reden = 'Kerst' where id = ?").param(vervallen).update();
		assertThatThrownBy(() -> this.rooster.voegMedewerkerToe(vervallen, this.fixture.medewerker(Demo.WIJKWERKER)))
			.isInstanceOfSatisfying(SpreekuurWeigering.class,
					(w) -> assertThat(w.fouten().get(0).code()).isEqualTo("spreekuur.rooster.fout.vervallen"));
		assertThat(this.fixture.diensten(sessie) + this.fixture.diensten(vervallen)).isZero();
	}

}
