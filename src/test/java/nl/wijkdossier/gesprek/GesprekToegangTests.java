package nl.wijkdossier.gesprek;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.test.Demo;

import static nl.wijkdossier.gesprek.GesprekFixture.concept;
import static nl.wijkdossier.gesprek.GesprekFixture.gesprek;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Need-to-know on every conversation route: the case's own wijkwerker is let through, a
 * wijkwerker of another cluster gets 404 with a DENIED access-log row of what she tried
 * (and nothing changes), the gemeente gets 403.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GesprekToegangTests {

	private final MockMvc mvc;

	private final GesprekFixture fixture;

	@Autowired
	GesprekToegangTests(MockMvc mvc, JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer,
			UserDetailsService gebruikers) {
		this.mvc = mvc;
		this.fixture = new GesprekFixture(jdbc, inwoners, beheer, gebruikers);
	}

	private record Route(String naam, String gebeurtenis, Supplier<MockHttpServletRequestBuilder> verzoek) {
	}

	@Test
	void everyConversationRouteIsForTheCaseTeamOnly() throws Exception {
		long casusId = this.fixture.casus();
		this.mvc.perform(gesprek(casusId, "Eerste gesprek").with(this.fixture.als(Demo.WIJKWERKER)));
		long gesprekId = this.fixture.gesprekId(casusId);
		long conceptId = bewaar(casusId);
		String basis = "/casussen/" + casusId + "/gesprekken";
		List<Route> routes = List.of(new Route("formulier", "GESPREK_CONCEPT_BEKEKEN", () -> get(basis + "/nieuw")),
				new Route("concept openen", "GESPREK_CONCEPT_BEKEKEN",
						() -> get(basis + "/nieuw").param("concept", String.valueOf(conceptId))),
				new Route("afspraakregel", "GESPREK_CONCEPT_BEKEKEN",
						() -> get(basis + "/nieuw").param("afspraakRij", "1").header("HX-Request", "true")),
				new Route("vastleggen", "GESPREK_VASTGELEGD", () -> gesprek(casusId, "Tweede gesprek")),
				new Route("concept opslaan", "GESPREK_CONCEPT_OPGESLAGEN",
						() -> gesprek(casusId, "Concept", "actie", "concept")),
				new Route("autosave", "GESPREK_CONCEPT_OPGESLAGEN",
						() -> concept(casusId, "Autosave").param("conceptId", String.valueOf(conceptId))
							.param("conceptVersion", "0")),
				new Route("verwijderen bevestigen", "GESPREK_CONCEPT_BEKEKEN",
						() -> get(basis + "/concept/" + conceptId + "/verwijderen")),
				new Route("gesprek", "GESPREK_BEKEKEN", () -> get(basis + "/" + gesprekId)),
				new Route("correctie", "GESPREK_GECORRIGEERD",
						() -> post(basis + "/" + gesprekId + "/correcties").with(csrf())
							.param("reden", "Tikfout")
							.param("verslag", "Eerste gesprek, gecorrigeerd")
							.param("versie", "1")),
				new Route("concept verwijderen", "GESPREK_CONCEPT_VERWIJDERD",
						() -> post(basis + "/concept/" + conceptId + "/verwijderen").with(csrf())));
		int gesprekken = this.fixture.aantal("select count(*) from gesprek where casus_id = ?", casusId);
		for (Route route : routes) {
			int geweigerd = this.fixture.log(casusId, route.gebeurtenis(), "DENIED", Demo.WIJKWERKER2);
			MvcResult vreemd = this.mvc.perform(route.verzoek().get().with(this.fixture.als(Demo.WIJKWERKER2)))
				.andReturn();
			assertThat(vreemd.getResponse().getStatus()).as(route.naam() + " als wijkwerker2").isEqualTo(404);
			assertThat(vreemd.getResponse().getContentAsString()).as(route.naam()).doesNotContain("Eerste gesprek");
			assertThat(this.fixture.log(casusId, route.gebeurtenis(), "DENIED", Demo.WIJKWERKER2))
				.as(route.naam() + ": DENIED-regel")
				.isEqualTo(geweigerd + 1);
			MvcResult gemeente = this.mvc.perform(route.verzoek().get().with(this.fixture.als(Demo.GEMEENTE)))
				.andReturn();
			assertThat(gemeente.getResponse().getStatus()).as(route.naam() + " als gemeente").isEqualTo(403);
		}
		assertThat(this.fixture.aantal("select count(*) from gesprek where casus_id = ?", casusId))
			.isEqualTo(gesprekken);
		assertThat(this.fixture.aantal("select count(*) from gesprek_correctie c join gesprek g on g.id = c.gesprek_id"
				+ " where g.casus_id = ?", casusId))
			.isZero();
		assertThat(this.fixture.concept(conceptId).get("version")).isEqualTo(0L);
		assertThat(this.fixture.concepten(casusId)).isEqualTo(1);

		for (Route route : routes) {
			MvcResult eigen = this.mvc.perform(route.verzoek().get().with(this.fixture.als(Demo.WIJKWERKER)))
				.andReturn();
			assertThat(eigen.getResponse().getStatus()).as(route.naam() + " als eigen wijkwerker").isIn(200, 302);
		}
		assertThat(this.fixture.concepten(casusId)).as("verwijderd door de eigen wijkwerker").isEqualTo(1);
	}

	private long bewaar(long casusId) throws Exception {
		String html = this.mvc
			.perform(concept(casusId, "Concept van de eigen wijkwerker").with(this.fixture.als(Demo.WIJKWERKER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile("id=\"conceptId\" name=\"conceptId\" value=\"(\\d+)\"")
			.matcher(html);
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

}
