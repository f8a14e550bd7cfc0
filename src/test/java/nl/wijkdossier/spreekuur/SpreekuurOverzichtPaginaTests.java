package nl.wijkdossier.spreekuur;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The overview page: a manager sees his own teams' spreekuren (never another team's, not
 * even one of the cluster next door), as tables with captions and row and column headers
 * and as small SVG charts without a single {@code style} attribute whose bars carry the
 * same numbers as the table; Dutch number formats; an empty state; htmx gets the figures
 * only; every other role gets 403, a team that is not his 404, a period that is not
 * offered 400.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SpreekuurOverzichtPaginaTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final CasusFixtures casussen;

	private final SpreekuurOverzichtFixture fixture;

	@Autowired
	SpreekuurOverzichtPaginaTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.casussen = new CasusFixtures(jdbc, inwoners, beheer);
		this.fixture = new SpreekuurOverzichtFixture(jdbc);
	}

	private static LocalDate maandag() {
		return LocalDate.now(ClockConfiguration.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	@Test
	void aManagerSeesHisTeamsAsTablesAndChartsWithTheSameNumbersAndNoStyleAttributes() throws Exception {
		CasusFixtures.NieuwTeam nieuw = this.casussen.nieuwTeam();
		String manager = this.casussen.manager(nieuw.partnerId());
		long team = this.casussen.team(nieuw.clusterId(), this.casussen.medewerkerVan(manager));
		String eigen = SpreekuurOverzichtFixture.locatie();
		String vreemd = SpreekuurOverzichtFixture.locatie();
		long spreekuur = this.fixture.spreekuur(team, "ADMINISTRATIEF", eigen);
		long a = this.fixture.sessie(spreekuur, maandag().minusWeeks(2).plusDays(1), null);
		this.fixture.bezoek(a, "FORMULIEREN_BRIEVEN", "AFGEHANDELD", 10);
		this.fixture.bezoek(a, "TOESLAGEN_BELASTING", "AFGEHANDELD", 27);
		this.fixture.bezoek(a, "TOESLAGEN_BELASTING", "DOORVERWEZEN", 20, null, true);
		long b = this.fixture.sessie(spreekuur, maandag().minusWeeks(1).plusDays(1), null);
		this.fixture.bezoek(b, "SCHULDEN_GELDZAKEN", "VERVOLGAFSPRAAK", 40);
		this.fixture.sessie(spreekuur, maandag().minusWeeks(3).plusDays(1), "Zomerstop");
		long anderTeam = this.casussen.team(nieuw.clusterId(), null);
		long ander = this.fixture.spreekuur(anderTeam, "INLOOP", vreemd);
		this.fixture.bezoek(this.fixture.sessie(ander, maandag().minusWeeks(1).plusDays(2), null), "WONEN",
				"AFGEHANDELD", 15);

		String html = inhoud(get("/spreekuren/overzicht").param("weken", "4"), manager);
		Document pagina = Jsoup.parse(html);

		assertThat(html).contains(eigen).doesNotContain(vreemd).doesNotContain("style=");
		assertThat(pagina.select("[style]")).isEmpty();
		assertThat(pagina.select("main h1").text()).isEqualTo("Spreekuren: overzicht");
		assertThat(pagina.select("main a[href=/spreekuren]")).hasSize(1);
		assertThat(pagina.select("[role=status]").text()).contains("3 bezoeken").contains("2 gehouden sessies");

		Element svg = pagina.selectFirst("svg[role=img]");
		assertThat(svg).isNotNull();
		assertThat(pagina.select("svg[role=img]")).hasSize(1);
		int w2 = maandag().minusWeeks(2).get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		int w1 = maandag().minusWeeks(1).get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		assertThat(svg.attr("aria-label")).contains("Administratief spreekuur, " + eigen)
			.contains("week " + w2 + ": 2")
			.contains("week " + w1 + ": 1")
			.endsWith("Totaal 3.");
		List<String> staven = svg.select("text.staaf-waarde").eachText();
		Element rij = pagina.selectFirst("#overzicht-weken-tabel tbody tr[data-spreekuur=" + spreekuur + "]");
		List<String> cellen = rij.select("td").eachText();
		assertThat(staven).containsExactly("0", "2", "1", "0");
		assertThat(cellen).containsExactly("0", "2", "1", "0", "3");
		assertThat(rij.selectFirst("th").attr("scope")).isEqualTo("row");
		assertThat(pagina.select("#overzicht-weken-tabel caption").text()).isNotBlank();
		assertThat(pagina.select("#overzicht-weken-tabel thead th[scope=col]")).hasSize(6);

		Element perSpreekuur = pagina.selectFirst("#overzicht-spreekuren-tabel tbody tr");
		// sessions held, cancelled, without visits, visits, average minutes, the four
		// results, with a case
		assertThat(perSpreekuur.select("td").eachText()).containsExactly("2", "1", "0", "3", "25,7", "2 (67%)",
				"1 (33%)", "0 (0%)", "0 (0%)", "0");
		assertThat(pagina.select("#overzicht-onderwerpen-tabel tfoot td").eachText()).contains("1 (33%)", "1 (33%)",
				"1 (34%)");
		assertThat(pagina.select("details summary").eachText()).hasSize(1);
	}

	@Test
	void theDemoManagerSeesNoVisitOfAnotherClustersTeam() throws Exception {
		long haven = this.casussen.teamVan(Demo.WIJKWERKER2);
		String locatie = SpreekuurOverzichtFixture.locatie();
		long spreekuur = this.fixture.spreekuur(haven, "INLOOP", locatie);
		long sessie = this.fixture.sessie(spreekuur, maandag().minusWeeks(1).plusDays(1), null);
		this.fixture.bezoek(sessie, "EENZAAMHEID_CONTACT", "AFGEHANDELD", 25);

		MvcResult antwoord = this.mvc
			.perform(get("/spreekuren/overzicht").with(user(this.gebruikers.loadUserByUsername(Demo.MANAGER))))
			.andReturn();
		assertThat(antwoord.getResponse().getStatus()).isEqualTo(200);
		assertThat(antwoord.getResponse().getContentAsString()).doesNotContain(locatie);
		SpreekuurOverzicht.Overzicht overzicht = (SpreekuurOverzicht.Overzicht) antwoord.getModelAndView()
			.getModel()
			.get("overzicht");
		assertThat(overzicht.spreekuren()).noneMatch((s) -> s.spreekuur().teamId() == haven);
		long verwacht = this.jdbc.sql("""
				select count(*) from spreekuur_bezoek b
				join spreekuur_sessie s on s.id = b.sessie_id
				join spreekuur sp on sp.id = s.spreekuur_id
				join wijkteam t on t.id = sp.team_id
				join medewerker m on m.id = t.manager_id
				join gebruiker g on g.id = m.gebruiker_id
				where g.gebruikersnaam = :manager and t.actief and b.ingetrokken_op is null
				  and s.datum between :van and :tot and s.begint_op <= :nu
				""")
			.param("manager", Demo.MANAGER)
			.param("van", overzicht.van())
			.param("tot", overzicht.tot())
			.param("nu", Timestamp.from(Instant.now()))
			.query(Long.class)
			.single();
		assertThat(overzicht.totaal().bezoeken()).isEqualTo(verwacht);
	}

	@ParameterizedTest
	@ValueSource(strings = { Demo.WIJKWERKER, Demo.WIJKWERKER2, Demo.GEMEENTE, Demo.BEHEER, Demo.PRIVACY })
	void everyoneButAManagerIsRefused(String gebruiker) throws Exception {
		assertThat(status(get("/spreekuren/overzicht"), gebruiker)).isEqualTo(403);
	}

	@Test
	void withoutLoginTheLoginPageFollows() throws Exception {
		MvcResult antwoord = this.mvc.perform(get("/spreekuren/overzicht")).andReturn();
		assertThat(antwoord.getResponse().getStatus()).isEqualTo(302);
		assertThat(antwoord.getResponse().getRedirectedUrl()).contains("/login");
	}

	@Test
	void aTeamThatIsNotHisIsNotFoundAndAPeriodNotOfferedIsABadRequest() throws Exception {
		long haven = this.casussen.teamVan(Demo.WIJKWERKER2);
		long centrum = this.casussen.teamVan(Demo.WIJKWERKER);
		assertThat(status(get("/spreekuren/overzicht").param("team", String.valueOf(haven)), Demo.MANAGER))
			.isEqualTo(404);
		assertThat(status(get("/spreekuren/overzicht").param("team", String.valueOf(centrum)), Demo.MANAGER))
			.isEqualTo(200);
		assertThat(status(get("/spreekuren/overzicht").param("weken", "5"), Demo.MANAGER)).isEqualTo(400);
		assertThat(status(get("/spreekuren/overzicht").param("weken", "acht"), Demo.MANAGER)).isEqualTo(400);
		for (String weken : List.of("4", "8", "13")) {
			assertThat(status(get("/spreekuren/overzicht").param("weken", weken), Demo.MANAGER)).isEqualTo(200);
		}
	}

	@Test
	void oneTeamChosenShowsOnlyItsSpreekuren() throws Exception {
		CasusFixtures.NieuwTeam nieuw = this.casussen.nieuwTeam();
		String manager = this.casussen.manager(nieuw.partnerId());
		long medewerker = this.casussen.medewerkerVan(manager);
		long eerste = this.casussen.team(nieuw.clusterId(), medewerker);
		long tweede = this.casussen.team(nieuw.clusterId(), medewerker);
		String hier = SpreekuurOverzichtFixture.locatie();
		String daar = SpreekuurOverzichtFixture.locatie();
		this.fixture.sessie(this.fixture.spreekuur(eerste, "INLOOP", hier), maandag().minusWeeks(1), null);
		this.fixture.sessie(this.fixture.spreekuur(tweede, "INLOOP", daar), maandag().minusWeeks(1), null);

		assertThat(inhoud(get("/spreekuren/overzicht"), manager)).contains(hier).contains(daar);
		String gekozen = inhoud(get("/spreekuren/overzicht").param("team", String.valueOf(eerste)), manager);
		assertThat(gekozen).contains(hier).doesNotContain(daar);
		Document pagina = Jsoup.parse(gekozen);
		assertThat(pagina.select("#filter-team option[selected]").attr("value")).isEqualTo(String.valueOf(eerste));
		assertThat(pagina.select("#filter-weken option[selected]").attr("value")).isEqualTo("8");
	}

	@Test
	void htmxGetsTheFiguresWithoutThePage() throws Exception {
		String fragment = inhoud(get("/spreekuren/overzicht").param("weken", "13").header("HX-Request", "true"),
				Demo.MANAGER);
		assertThat(fragment).doesNotContain("<html").doesNotContain("<h1").contains("id=\"overzicht-resultaat\"");
	}

	@Test
	void aManagerWithoutTeamsAndTeamsWithoutSpreekurenGetAnEmptyState() throws Exception {
		CasusFixtures.NieuwTeam nieuw = this.casussen.nieuwTeam();
		String zonderTeams = this.casussen.manager(nieuw.partnerId());
		Document leeg = Jsoup.parse(inhoud(get("/spreekuren/overzicht"), zonderTeams));
		assertThat(leeg.select("main").text()).contains("U stuurt geen teams aan");
		assertThat(leeg.select("form[aria-label] select")).isEmpty();

		String metTeam = this.casussen.manager(nieuw.partnerId());
		this.casussen.team(nieuw.clusterId(), this.casussen.medewerkerVan(metTeam));
		Document zonder = Jsoup.parse(inhoud(get("/spreekuren/overzicht"), metTeam));
		assertThat(zonder.select("main").text()).contains("geen spreekuren").contains("geen bezoeken");
		assertThat(zonder.select("table")).isEmpty();
	}

	private int status(MockHttpServletRequestBuilder verzoek, String gebruiker) throws Exception {
		return this.mvc.perform(verzoek.with(user(this.gebruikers.loadUserByUsername(gebruiker))))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private String inhoud(MockHttpServletRequestBuilder verzoek, String gebruiker) throws Exception {
		MvcResult antwoord = this.mvc.perform(verzoek.with(user(this.gebruikers.loadUserByUsername(gebruiker))))
			.andReturn();
		assertThat(antwoord.getResponse().getStatus()).isEqualTo(200);
		return antwoord.getResponse().getContentAsString();
	}

}
