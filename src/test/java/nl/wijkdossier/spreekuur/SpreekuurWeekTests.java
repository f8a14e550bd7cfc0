package nl.wijkdossier.spreekuur;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.shared.web.Datums;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The week overview shows this week's and next week's sessions of one's own teams with
 * who is on duty, and nothing of another cluster; the manager is warned in advance about
 * a session nobody staffs, on the overview and on his home; the nightly sync fills the
 * coming weeks; the demo city has what the demo needs.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SpreekuurWeekTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final SpreekuurHistorie historie;

	private final SpreekuurAgenda agenda;

	private final SpreekuurSynchronisatie synchronisatie;

	private final SpreekuurFixture fixture;

	@Autowired
	SpreekuurWeekTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, SpreekuurSchema schema,
			SpreekuurHistorie historie, SpreekuurAgenda agenda, SpreekuurSynchronisatie synchronisatie) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.historie = historie;
		this.agenda = agenda;
		this.synchronisatie = synchronisatie;
		this.fixture = new SpreekuurFixture(jdbc, schema);
	}

	private RequestPostProcessor als(String gebruikersnaam) {
		return user(this.gebruikers.loadUserByUsername(gebruikersnaam));
	}

	private WijkdossierUser gebruiker(String naam) {
		return (WijkdossierUser) this.gebruikers.loadUserByUsername(naam);
	}

	@Test
	void theWijkwerkerSeesThisAndNextWeeksSessionsOfHerTeamWithWhoIsOnDuty() throws Exception {
		String locatie = SpreekuurFixture.uniek("Buurthuis Vandaag");
		long spreekuur = this.fixture.spreekuur("Wijkteam Stad Centrum", locatie,
				SpreekuurFixture.vandaag().getDayOfWeek());
		List<Long> sessies = this.fixture.sessies(spreekuur);
		long collega = this.fixture.collegaVan("Wijkteam Stad Centrum");
		this.historie.legDienstVast(sessies.get(0), collega, null, null);
		this.historie.legDienstVast(sessies.get(0), null, "Joke Testvrijwilliger", "Humanitas");
		LocalDate vandaag = SpreekuurFixture.vandaag();
		this.mvc.perform(get("/spreekuren").with(als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(locatie)))
			.andExpect(content().string(containsString(Datums.dag(vandaag))))
			.andExpect(content().string(containsString(Datums.dag(vandaag.plusWeeks(1)))))
			.andExpect(content().string(not(containsString(Datums.dag(vandaag.plusWeeks(2))))))
			.andExpect(content().string(containsString(this.fixture.naamVan(collega) + " (Wijkteam Stad Centrum)")))
			.andExpect(content().string(containsString("Joke Testvrijwilliger (vrijwilliger, Humanitas)")))
			.andExpect(content().string(containsString("Nog niemand ingeroosterd")))
			.andExpect(content().string(containsString("/spreekuren/sessies/" + sessies.get(0))))
			.andExpect(content().string(not(containsString("/rooster"))));
	}

	@Test
	void wijkwerker2SeesNoneOfClusterStadsSessions() throws Exception {
		String locatie = SpreekuurFixture.uniek("Buurthuis Stad");
		this.fixture.spreekuur("Wijkteam Stad Centrum", locatie, SpreekuurFixture.vandaag().getDayOfWeek());
		long haven = this.fixture.team("Wijkteam Haven");
		List<SpreekuurSessie> zichtbaar = this.agenda.tweeWeken(gebruiker(Demo.WIJKWERKER2));
		assertThat(zichtbaar).isNotEmpty().allSatisfy((s) -> assertThat(s.teamId()).isEqualTo(haven));
		this.mvc.perform(get("/spreekuren").with(als(Demo.WIJKWERKER2)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(locatie))))
			.andExpect(content().string(not(containsString("Stad Centrum"))));
	}

	@Test
	void theManagerIsWarnedAboutASessionWithoutStaffUntilSomeoneIsOnDuty() throws Exception {
		String locatie = SpreekuurFixture.uniek("Wijkcentrum Onbezet");
		long spreekuur = this.fixture.spreekuur("Wijkteam Stad Noord", locatie, DayOfWeek.WEDNESDAY);
		long volgende = this.fixture.sessies(spreekuur).get(0);
		assertThat(this.agenda.zonderBezetting(gebruiker(Demo.MANAGER))).extracting(SpreekuurSessie::id)
			.contains(volgende);
		this.mvc.perform(get("/").with(als(Demo.MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Spreekuren zonder bezetting (komende 14 dagen)")))
			.andExpect(content().string(containsString(locatie)))
			.andExpect(content().string(containsString("/spreekuren/sessies/" + volgende + "/rooster")));
		this.mvc.perform(get("/spreekuren").with(als(Demo.MANAGER)))
			.andExpect(content().string(containsString("Spreekuren zonder bezetting")))
			.andExpect(content().string(containsString("/spreekuren/sessies/" + volgende + "/rooster")));

		for (long sessie : this.fixture.sessies(spreekuur)) {
			this.historie.legDienstVast(sessie, null, "Ans de Wit", "Vrijwilligerscentrale Polderstad");
		}
		assertThat(this.agenda.zonderBezetting(gebruiker(Demo.MANAGER))).extracting(SpreekuurSessie::id)
			.doesNotContain(volgende);
		this.mvc.perform(get("/").with(als(Demo.MANAGER))).andExpect(content().string(not(containsString(locatie))));
		// nobody else is warned: not another cluster's manager view, not a wijkwerker
		assertThat(this.agenda.zonderBezetting(gebruiker(Demo.WIJKWERKER))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { Demo.GEMEENTE, Demo.BEHEER, Demo.PRIVACY })
	void rolesWithoutSpreekurenGet403(String rol) throws Exception {
		this.mvc.perform(get("/spreekuren").with(als(rol))).andExpect(status().isForbidden());
	}

	@Test
	void theSyncJobFillsTheComingWeeksAgain() {
		long spreekuur = this.fixture.spreekuur("Wijkteam Stad Oost", SpreekuurFixture.uniek("Buurthuis"),
				DayOfWeek.FRIDAY);
		int verwacht = this.fixture.sessies(spreekuur).size();
		this.jdbc.sql("delete from spreekuur_sessie where spreekuur_id = ?").param(spreekuur).update();
		int komend = this.synchronisatie.synchroniseer("test");
		assertThat(this.fixture.sessies(spreekuur)).hasSize(verwacht);
		assertThat(komend).isGreaterThanOrEqualTo(verwacht);
	}

	@Test
	void theDemoCityHasWijkwerkerOnDutyThisWeekAndAnUnstaffedSessionForTheManager() {
		LocalDate maandag = SpreekuurFixture.vandaag().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		long wijkwerker = this.fixture.medewerker(Demo.WIJKWERKER);
		assertThat(this.jdbc.sql("""
				select count(*) from spreekuur_dienst d join spreekuur_sessie s on s.id = d.sessie_id
				where d.medewerker_id = ? and s.datum between ? and ?
				""").param(wijkwerker).param(maandag).param(maandag.plusDays(6)).query(Integer.class).single())
			.isPositive();
		assertThat(this.agenda.zonderBezetting(gebruiker(Demo.MANAGER)))
			.anySatisfy((s) -> assertThat(s.teamNaam()).isEqualTo("Wijkteam Stad Centrum"));
		assertThat(this.jdbc.sql("""
				select count(*) from spreekuur_sessie where datum < ? and vervalt_reden is null
				""").param(SpreekuurFixture.vandaag().minusWeeks(12)).query(Integer.class).single()).isPositive();
		assertThat(this.jdbc.sql("""
				select count(*) from spreekuur_uitzondering where spreekuur_id is null and team_id is null
				  and extract(month from datum) = 12 and extract(day from datum) in (25, 26)
				""").query(Integer.class).single()).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.sql("select count(distinct vrijwilliger_naam) from spreekuur_dienst")
			.query(Integer.class)
			.single()).isGreaterThan(3);
	}

}
