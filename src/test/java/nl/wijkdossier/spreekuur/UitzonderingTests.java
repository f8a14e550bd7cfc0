package nl.wijkdossier.spreekuur;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Exceptions bring the sessions in step at once: a cancelled session stays, marked with
 * its reason, and returns when the exception goes; a team-wide one cancels every
 * spreekuur of the team; the whole city only by beheer; an extra session appears; a
 * reason is required; a manager stays within his teams.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class UitzonderingTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final SpreekuurFixture fixture;

	@Autowired
	UitzonderingTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, SpreekuurSchema schema) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.fixture = new SpreekuurFixture(jdbc, schema);
	}

	private RequestPostProcessor als(String gebruikersnaam) {
		return user(this.gebruikers.loadUserByUsername(gebruikersnaam));
	}

	private static MockHttpServletRequestBuilder vervalt(String bereik, LocalDate datum, String reden) {
		return post("/spreekuren/uitzonderingen").with(csrf())
			.param("soort", "VERVALT")
			.param("bereik", bereik)
			.param("datum", datum.toString())
			.param("reden", reden);
	}

	private int uitzonderingen() {
		return this.jdbc.sql("select count(*) from spreekuur_uitzondering").query(Integer.class).single();
	}

	@Test
	void aManagerCancelsASessionItStaysCancelledWithItsReasonAndReturnsWhenTheExceptionGoes() throws Exception {
		String locatie = SpreekuurFixture.uniek("Buurthuis");
		long id = this.fixture.spreekuur("Wijkteam Stad Centrum", locatie, DayOfWeek.THURSDAY);
		LocalDate tweede = this.fixture.datums(id, true).get(1);
		this.mvc
			.perform(vervalt("SPREEKUUR", tweede, "Studiedag van het team").param("spreekuurId", String.valueOf(id))
				.with(als(Demo.MANAGER)))
			.andExpect(status().isFound());
		assertThat(this.fixture.vervaltReden(id, tweede)).isEqualTo("Studiedag van het team");
		assertThat(this.fixture.datums(id, false)).contains(tweede);
		this.mvc.perform(get("/spreekuren/uitzonderingen").with(als(Demo.MANAGER)))
			.andExpect(content().string(containsString("Studiedag van het team")));

		long uitzondering = this.jdbc.sql("select id from spreekuur_uitzondering where spreekuur_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/spreekuren/uitzonderingen/" + uitzondering + "/verwijderen").with(csrf())
				.with(als(Demo.MANAGER)))
			.andExpect(status().isFound());
		assertThat(this.fixture.vervaltReden(id, tweede)).isNull();
	}

	@Test
	void aTeamWideCancellationCancelsEverySpreekuurOfTheTeamOnThatDay() throws Exception {
		long een = this.fixture.spreekuur("Wijkteam Stad West", SpreekuurFixture.uniek("Buurthuis"), DayOfWeek.FRIDAY);
		long twee = this.fixture.spreekuur("Wijkteam Stad West", SpreekuurFixture.uniek("Wijkcentrum"),
				DayOfWeek.FRIDAY);
		LocalDate dag = this.fixture.datums(een, true).get(2);
		this.mvc
			.perform(vervalt("TEAM", dag, "Teamuitje")
				.param("teamId", String.valueOf(this.fixture.team("Wijkteam Stad West")))
				.with(als(Demo.MANAGER)))
			.andExpect(status().isFound());
		assertThat(this.fixture.vervaltReden(een, dag)).isEqualTo("Teamuitje");
		assertThat(this.fixture.vervaltReden(twee, dag)).isEqualTo("Teamuitje");
	}

	@Test
	void onlyBeheerCancelsForTheWholeCity() throws Exception {
		long id = this.fixture.spreekuur("Wijkteam Haven", SpreekuurFixture.uniek("Havenhuis"), DayOfWeek.MONDAY);
		LocalDate dag = this.fixture.datums(id, true).get(3);
		int voor = uitzonderingen();
		this.mvc.perform(vervalt("STAD", dag, "Koningsdag").with(als(Demo.MANAGER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Alleen functioneel beheer laat spreekuren")));
		assertThat(uitzonderingen()).isEqualTo(voor);
		assertThat(this.fixture.vervaltReden(id, dag)).isNull();

		this.mvc.perform(vervalt("STAD", dag, "Koningsdag").with(als(Demo.BEHEER))).andExpect(status().isFound());
		assertThat(this.fixture.vervaltReden(id, dag)).isEqualTo("Koningsdag");
		// every spreekuur of the city on that day, including the demo ones
		assertThat(this.jdbc.sql("select count(*) from spreekuur_sessie where datum = ? and vervalt_reden is null")
			.param(dag)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anExtraSessionAppearsWithItsOwnTimes() throws Exception {
		long id = this.fixture.spreekuur("Wijkteam Stad Centrum", SpreekuurFixture.uniek("Buurthuis"),
				DayOfWeek.TUESDAY);
		LocalDate zaterdag = SpreekuurFixture.vandaag().plusWeeks(1).with(DayOfWeek.SATURDAY);
		this.mvc
			.perform(post("/spreekuren/uitzonderingen").with(csrf())
				.param("soort", "EXTRA")
				.param("spreekuurId", String.valueOf(id))
				.param("datum", zaterdag.toString())
				.param("begintijd", "10:00")
				.param("eindtijd", "12:30")
				.param("reden", "Extra spreekuur belastingaangifte")
				.with(als(Demo.MANAGER)))
			.andExpect(status().isFound());
		assertThat(this.jdbc.sql("select eindtijd from spreekuur_sessie where spreekuur_id = ? and datum = ? and extra")
			.param(id)
			.param(zaterdag)
			.query(LocalTime.class)
			.single()).isEqualTo(LocalTime.of(12, 30));
	}

	@Test
	void aRefusedExceptionSaysWhyAnswers422AndStoresNothing() throws Exception {
		long haven = this.fixture.spreekuur("Wijkteam Haven", SpreekuurFixture.uniek("Havenhuis"), DayOfWeek.MONDAY);
		int voor = uitzonderingen();
		this.mvc
			.perform(vervalt("SPREEKUUR", SpreekuurFixture.vandaag().minusDays(1), "  ")
				.param("spreekuurId", String.valueOf(haven))
				.with(als(Demo.MANAGER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Vul de reden in")))
			.andExpect(content().string(containsString("Kies een spreekuur van uw eigen teams.")));
		this.mvc
			.perform(post("/spreekuren/uitzonderingen").with(csrf())
				.param("soort", "EXTRA")
				.param("datum", SpreekuurFixture.vandaag().plusDays(3).toString())
				.param("begintijd", "12:00")
				.param("eindtijd", "10:00")
				.param("reden", "Extra")
				.with(als(Demo.BEHEER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kies een spreekuur.")))
			.andExpect(content().string(containsString("De eindtijd moet na de begintijd liggen.")));
		assertThat(uitzonderingen()).isEqualTo(voor);
	}

	@Test
	void theServiceRefusesADateInThePastWhoeverCalls() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> new Uitzonderingen(this.jdbc, null,
					java.time.Clock.system(nl.wijkdossier.shared.ClockConfiguration.ZONE))
				.voegToe(UitzonderingGegevens.vervaltVoorDeStad(SpreekuurFixture.vandaag().minusDays(1), "Gisteren")))
			.isInstanceOfSatisfying(SpreekuurWeigering.class,
					(w) -> assertThat(w.fouten()).extracting(SpreekuurWeigering.Fout::code)
						.containsExactly("spreekuur.fout.datumVerleden"));
	}

}
