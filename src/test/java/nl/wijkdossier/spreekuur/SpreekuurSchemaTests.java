package nl.wijkdossier.spreekuur;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The schedule: beheer keeps it for every team, a manager for his own teams; every save
 * brings the coming sessions in step; a refused form says why next to the field, answers
 * 422 and stores nothing; a stale version gets the conflict page; other roles get 403.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SpreekuurSchemaTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final SpreekuurSchema schema;

	private final SpreekuurFixture fixture;

	@Autowired
	SpreekuurSchemaTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, SpreekuurSchema schema) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.schema = schema;
		this.fixture = new SpreekuurFixture(jdbc, schema);
	}

	private RequestPostProcessor als(String gebruikersnaam) {
		return user(this.gebruikers.loadUserByUsername(gebruikersnaam));
	}

	private MockHttpServletRequestBuilder formulier(String pad, long team, String locatie, String begin, String eind,
			String van, String tot) {
		return post(pad).with(csrf())
			.param("teamId", String.valueOf(team))
			.param("soort", "ADMINISTRATIEF")
			.param("locatieNaam", locatie)
			.param("locatieAdres", "Marktplein 1, Polderstad")
			.param("weekdag", "WEDNESDAY")
			.param("begintijd", begin)
			.param("eindtijd", eind)
			.param("elkeWeken", "2")
			.param("geldigVan", van)
			.param("geldigTot", tot);
	}

	private long id(String locatie) {
		return this.jdbc.sql("select id from spreekuur where locatie_naam = ?")
			.param(locatie)
			.query(Long.class)
			.single();
	}

	@Test
	void beheerCreatesASpreekuurAndItsComingSessionsExistAtOnce() throws Exception {
		String locatie = SpreekuurFixture.uniek("Wijkcentrum");
		this.mvc
			.perform(formulier("/spreekuren/schema", this.fixture.team("Wijkteam Haven"), locatie, "13:00", "15:00",
					SpreekuurFixture.vandaag().toString(), "")
				.with(als(Demo.BEHEER)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/spreekuren/schema"));
		long id = id(locatie);
		SpreekuurInfo info = this.schema.spreekuur(id).orElseThrow();
		assertThat(info.soort()).isEqualTo(SpreekuurSoort.ADMINISTRATIEF);
		assertThat(info.weekdag()).isEqualTo(DayOfWeek.WEDNESDAY);
		assertThat(info.elkeWeken()).isEqualTo(2);
		assertThat(info.geldigTot()).isNull();
		assertThat(this.fixture.datums(id, true)).hasSizeBetween(4, 5)
			.allSatisfy((d) -> assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY));
		this.mvc.perform(get("/spreekuren/schema").with(als(Demo.BEHEER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(locatie)))
			.andExpect(content().string(containsString("om de week")));
	}

	@Test
	void aRefusedFormSaysWhyNextToEachFieldAnswers422AndStoresNothing() throws Exception {
		int voor = this.fixture.aantalSpreekuren();
		this.mvc.perform(formulier("/spreekuren/schema", this.fixture.team("Wijkteam Stad Centrum"), "  ", "14:00",
				"13:00", "2027-02-01", "2027-01-01")
			.with((request) -> {
				request.setParameter("locatieAdres", "");
				return request;
			})
			.with(als(Demo.MANAGER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("De eindtijd moet na de begintijd liggen.")))
			.andExpect(content().string(containsString("De einddatum mag niet v\u00f3\u00f3r de begindatum liggen.")))
			.andExpect(content().string(containsString("Vul de naam van de locatie in.")))
			.andExpect(content().string(containsString("Vul het adres van de locatie in.")))
			.andExpect(content().string(containsString("aria-describedby=\"eindtijd-hulp eindtijd-fout\"")));
		this.mvc
			.perform(formulier("/spreekuren/schema", this.fixture.team("Wijkteam Stad Centrum"), "Buurthuis", "9 uur",
					"11:00", "morgen", "")
				.with(als(Demo.MANAGER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Vul een geldige tijd in, bijvoorbeeld 09:00 of 13:30.")))
			.andExpect(content().string(containsString("Vul een geldige datum in, bijvoorbeeld 23-11-2026.")));
		assertThat(this.fixture.aantalSpreekuren()).isEqualTo(voor);
	}

	@Test
	void aManagerKeepsTheScheduleOfHisOwnTeamsOnly() throws Exception {
		int voor = this.fixture.aantalSpreekuren();
		this.mvc
			.perform(formulier("/spreekuren/schema", this.fixture.team("Wijkteam Haven"), "Elders", "09:00", "11:00",
					SpreekuurFixture.vandaag().toString(), "")
				.with(als(Demo.MANAGER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kies een van uw eigen teams.")));
		assertThat(this.fixture.aantalSpreekuren()).isEqualTo(voor);

		long haven = this.fixture.spreekuur("Wijkteam Haven", SpreekuurFixture.uniek("Havenhuis"), DayOfWeek.FRIDAY);
		this.mvc.perform(get("/spreekuren/schema/" + haven).with(als(Demo.MANAGER))).andExpect(status().isNotFound());
		this.mvc.perform(post("/spreekuren/schema/" + haven + "/deactiveren").with(csrf()).with(als(Demo.MANAGER)))
			.andExpect(status().isNotFound());
		assertThat(this.schema.spreekuur(haven).orElseThrow().actief()).isTrue();
		this.mvc.perform(get("/spreekuren/schema").with(als(Demo.MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wijkteam Stad Centrum")))
			.andExpect(content().string(not(containsString("Wijkteam Haven"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { Demo.WIJKWERKER, Demo.GEMEENTE, Demo.PRIVACY })
	void otherRolesMayNotTouchTheSchedule(String rol) throws Exception {
		long id = this.fixture.spreekuur("Wijkteam Stad Centrum", SpreekuurFixture.uniek("Buurthuis"),
				DayOfWeek.MONDAY);
		this.mvc.perform(get("/spreekuren/schema").with(als(rol))).andExpect(status().isForbidden());
		this.mvc.perform(get("/spreekuren/schema/nieuw").with(als(rol))).andExpect(status().isForbidden());
		this.mvc.perform(get("/spreekuren/schema/" + id).with(als(rol))).andExpect(status().isForbidden());
		this.mvc
			.perform(formulier("/spreekuren/schema", this.fixture.team("Wijkteam Stad Centrum"), "X", "09:00", "11:00",
					SpreekuurFixture.vandaag().toString(), "")
				.with(als(rol)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/spreekuren/uitzonderingen").with(als(rol))).andExpect(status().isForbidden());
	}

	@Test
	void anEditMovesTheComingSessionsToTheNewWeekday() throws Exception {
		String locatie = SpreekuurFixture.uniek("Buurthuis");
		long id = this.fixture.spreekuur("Wijkteam Stad Oost", locatie, DayOfWeek.MONDAY);
		long version = this.schema.spreekuur(id).orElseThrow().version();
		this.mvc.perform(formulier("/spreekuren/schema/" + id, this.fixture.team("Wijkteam Stad Oost"), locatie,
				"10:00", "12:00", SpreekuurFixture.vandaag().toString(), "")
			.with((request) -> {
				request.setParameter("weekdag", "THURSDAY");
				request.setParameter("elkeWeken", "1");
				return request;
			})
			.param("version", String.valueOf(version))
			.with(als(Demo.MANAGER))).andExpect(status().isFound());
		assertThat(this.fixture.datums(id, false)).isNotEmpty()
			.allSatisfy((d) -> assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY));
		assertThat(this.schema.spreekuur(id).orElseThrow().begintijd()).isEqualTo(LocalTime.of(10, 0));
	}

	@Test
	void aSaveFromAStaleVersionGetsTheConflictPageAndOverwritesNothing() throws Exception {
		String locatie = SpreekuurFixture.uniek("Buurthuis");
		long id = this.fixture.spreekuur("Wijkteam Stad West", locatie, DayOfWeek.TUESDAY);
		SpreekuurInfo gezien = this.schema.spreekuur(id).orElseThrow();
		this.schema.wijzig(id, gezien.version(),
				new SpreekuurGegevens(gezien.teamId(), gezien.soort(), "Door collega gewijzigd", gezien.locatieAdres(),
						gezien.weekdag(), gezien.begintijd(), gezien.eindtijd(), 1, gezien.geldigVan(), null, null));
		this.mvc
			.perform(formulier("/spreekuren/schema/" + id, gezien.teamId(), "Mijn versie", "10:00", "12:00",
					SpreekuurFixture.vandaag().toString(), "")
				.param("version", String.valueOf(gezien.version()))
				.with(als(Demo.BEHEER)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Iemand anders was u voor")))
			.andExpect(content().string(containsString("Door collega gewijzigd")))
			.andExpect(content().string(containsString("Mijn versie")));
		assertThat(this.schema.spreekuur(id).orElseThrow().locatieNaam()).isEqualTo("Door collega gewijzigd");
	}

	@Test
	void deactivatingRemovesTheEmptyComingSessionsAndActivatingBringsThemBack() throws Exception {
		long id = this.fixture.spreekuur("Wijkteam Stad Noord", SpreekuurFixture.uniek("Buurthuis"),
				DayOfWeek.WEDNESDAY);
		assertThat(this.fixture.sessies(id)).isNotEmpty();
		this.mvc.perform(post("/spreekuren/schema/" + id + "/deactiveren").with(csrf()).with(als(Demo.MANAGER)))
			.andExpect(status().isFound());
		assertThat(this.fixture.sessies(id)).isEmpty();
		this.mvc.perform(post("/spreekuren/schema/" + id + "/activeren").with(csrf()).with(als(Demo.MANAGER)))
			.andExpect(status().isFound());
		assertThat(this.fixture.sessies(id)).isNotEmpty();
	}

	@Test
	void theServiceRefusesAnInactivePartnerOrAnEndBeforeTheStartWhoeverCalls() {
		long team = this.fixture.team("Wijkteam Stad Centrum");
		LocalDate vandaag = SpreekuurFixture.vandaag();
		int voor = this.fixture.aantalSpreekuren();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.schema.nieuw(new SpreekuurGegevens(team, SpreekuurSoort.INLOOP, "X", "Y",
					DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(9, 0), 1, vandaag, null, -1L)))
			.isInstanceOfSatisfying(SpreekuurWeigering.class,
					(w) -> assertThat(w.fouten()).extracting(SpreekuurWeigering.Fout::code)
						.containsExactlyInAnyOrder("spreekuur.fout.partnerOngeldig", "spreekuur.fout.eindNaBegin"));
		assertThat(this.fixture.aantalSpreekuren()).isEqualTo(voor);
	}

}
