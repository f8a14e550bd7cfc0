package nl.wijkdossier.overleg;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Need-to-know on every casuïstiekoverleg route: a member of the meeting's team gets
 * through, a wijkwerker of another cluster gets 404 (the meeting's existence is not
 * revealed) with a DENIED access-log row, the gemeente 403; neither changes anything.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OverlegToegangTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final OverlegFixture fixture;

	@Autowired
	OverlegToegangTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.fixture = new OverlegFixture(jdbc, new CasusFixtures(jdbc, inwoners, beheer));
	}

	/** A meeting of Stad Centrum today with one case on it, and one case still off it. */
	private record Zaak(long overleg, long punt, long casus, long andereCasus, long opvolger) {
	}

	private record Route(String naam, String gebeurtenis, Function<Zaak, MockHttpServletRequestBuilder> verzoek) {
	}

	private final List<Route> routes = List.of(
			new Route("GET agenda", "OVERLEG_AGENDA_BEKEKEN", (z) -> get("/overleg/{o}", z.overleg())),
			new Route("POST agenda", "OVERLEG_GEAGENDEERD",
					(z) -> post("/overleg/{o}/agenda", z.overleg()).param("casusId", String.valueOf(z.andereCasus()))
						.param("vraag", "Vraag")),
			new Route("GET agendapunt", "OVERLEG_AGENDA_BEKEKEN",
					(z) -> get("/overleg/{o}/agenda/{p}", z.overleg(), z.punt())),
			new Route("POST bespreking", "OVERLEG_BESPROKEN",
					(z) -> post("/overleg/{o}/agenda/{p}/bespreking", z.overleg(), z.punt()).param("notities", "N")
						.param("besluit", "DOORGAAN")
						.param("opvolgerId", String.valueOf(z.opvolger()))),
			new Route("POST verwijderen", "CASUS_GEWIJZIGD",
					(z) -> post("/overleg/{o}/agenda/{p}/verwijderen", z.overleg(), z.punt())),
			new Route("GET agenderen vanuit dossier", "CASUS_BEKEKEN",
					(z) -> get("/casussen/{c}/overleg", z.andereCasus())),
			new Route("POST agenderen vanuit dossier", "OVERLEG_GEAGENDEERD",
					(z) -> post("/casussen/{c}/overleg", z.andereCasus())
						.param("overlegId", String.valueOf(z.overleg()))
						.param("vraag", "Vraag")));

	private Zaak zaak() {
		long overleg = this.fixture.overlegVanWijkwerker(OverlegFixture.vandaag());
		long casus = this.fixture.casusVanWijkwerker();
		long punt = this.fixture.agendapunt(overleg, casus, Demo.WIJKWERKER);
		return new Zaak(overleg, punt, casus, this.fixture.casusVanWijkwerker(),
				this.fixture.casussen().medewerkerVan(Demo.WIJKWERKER));
	}

	@TestFactory
	List<DynamicTest> everyMeetingRouteChecksWhoAttends() {
		List<DynamicTest> cellen = new ArrayList<>();
		for (Route route : this.routes) {
			cellen.add(DynamicTest.dynamicTest(route.naam() + " × eigen team → toegestaan", () -> {
				int status = status(route.verzoek().apply(zaak()), Demo.WIJKWERKER);
				assertThat(status).isNotIn(403, 404).isLessThan(500);
			}));
			cellen.add(DynamicTest.dynamicTest(route.naam() + " × wijkwerker ander cluster → 404 en DENIED", () -> {
				Zaak zaak = zaak();
				String voor = staat(zaak);
				int geweigerd = this.fixture.log(route.gebeurtenis(), Demo.WIJKWERKER2, null, "DENIED");
				assertThat(status(route.verzoek().apply(zaak), Demo.WIJKWERKER2)).isEqualTo(404);
				assertThat(this.fixture.log(route.gebeurtenis(), Demo.WIJKWERKER2, null, "DENIED"))
					.isEqualTo(geweigerd + 1);
				assertThat(staat(zaak)).isEqualTo(voor);
			}));
			cellen.add(DynamicTest.dynamicTest(route.naam() + " × gemeente → 403", () -> {
				Zaak zaak = zaak();
				String voor = staat(zaak);
				assertThat(status(route.verzoek().apply(zaak), Demo.GEMEENTE)).isEqualTo(403);
				assertThat(staat(zaak)).isEqualTo(voor);
			}));
		}
		return cellen;
	}

	@Test
	void theListShowsOnlyTheMeetingsOfHerOwnTeamsAndIsForbiddenToTheGemeente() throws Exception {
		long overleg = this.fixture.overlegVanWijkwerker(OverlegFixture.vandaag().plusDays(3));
		assertThat(inhoud(get("/overleg"), Demo.WIJKWERKER)).contains("href=\"/overleg/" + overleg + "\"");
		assertThat(inhoud(get("/overleg"), Demo.MANAGER)).contains("href=\"/overleg/" + overleg + "\"");
		assertThat(inhoud(get("/overleg"), Demo.WIJKWERKER2)).doesNotContain("href=\"/overleg/" + overleg + "\"");
		assertThat(inhoud(get("/overleg"), Demo.WIJKWERKER3)).doesNotContain("href=\"/overleg/" + overleg + "\"");
		assertThat(status(get("/overleg"), Demo.GEMEENTE)).isEqualTo(403);
		assertThat(status(get("/overleg"), Demo.BEHEER)).isEqualTo(403);
		assertThat(status(get("/overleg"), Demo.PRIVACY)).isEqualTo(403);
	}

	@Test
	void planningIsForbiddenToTheGemeente() throws Exception {
		long team = this.fixture.casussen().teamVan(Demo.WIJKWERKER);
		int voor = this.fixture.overleggen(team);
		assertThat(status(post("/overleg").param("teamId", String.valueOf(team))
			.param("datum", OverlegFixture.vandaag().plusDays(5).toString())
			.param("tijd", "11:11"), Demo.GEMEENTE)).isEqualTo(403);
		assertThat(this.fixture.overleggen(team)).isEqualTo(voor);
	}

	/**
	 * The agenda, the discussion and the timelines of both cases, to see nothing changed.
	 */
	private String staat(Zaak zaak) {
		return this.fixture.agendapunten(zaak.overleg()) + "/" + this.fixture.besprekingen(zaak.punt()) + "/"
				+ this.jdbc.sql("select count(*) from casus_gebeurtenis where casus_id in (?, ?)")
					.params(zaak.casus(), zaak.andereCasus())
					.query(Integer.class)
					.single();
	}

	private String inhoud(MockHttpServletRequestBuilder verzoek, String gebruiker) throws Exception {
		MvcResult result = uitvoeren(verzoek, gebruiker);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private int status(MockHttpServletRequestBuilder verzoek, String gebruiker) throws Exception {
		return uitvoeren(verzoek, gebruiker).getResponse().getStatus();
	}

	private MvcResult uitvoeren(MockHttpServletRequestBuilder verzoek, String gebruiker) throws Exception {
		return this.mvc.perform(verzoek.with(user(this.gebruikers.loadUserByUsername(gebruiker))).with(csrf()))
			.andReturn();
	}

}
