package nl.wijkdossier.verwijzing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
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
 * Need-to-know on every referral route: the case's own wijkwerker gets through, a
 * wijkwerker of another cluster gets 404 (existence not revealed) with a DENIED
 * access-log row, the gemeente 403; neither changes anything.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VerwijzingToegangTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final VerwijzingFixture fixture;

	@Autowired
	VerwijzingToegangTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer, SocialeKaart kaart) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.fixture = new VerwijzingFixture(jdbc, new CasusFixtures(jdbc, inwoners, beheer), kaart);
	}

	private record Route(String naam, String gebeurtenis,
			BiFunction<Long, Long, MockHttpServletRequestBuilder> verzoek) {
	}

	private List<Route> routes(long voorziening) {
		return List.of(new Route("GET nieuw", "CASUS_BEKEKEN", (c, v) -> get("/casussen/{id}/verwijzingen/nieuw", c)),
				new Route("GET nieuw (htmx)", "CASUS_BEKEKEN",
						(c, v) -> get("/casussen/{id}/verwijzingen/nieuw", c).param("q", "buurt")
							.header("HX-Request", "true")),
				new Route("POST verwijzingen", "VERWIJZING_AANGEMAAKT",
						(c, v) -> post("/casussen/{id}/verwijzingen", c)
							.param("voorzieningId", String.valueOf(voorziening))
							.param("reden", "Reden")
							.with(csrf())),
				new Route("GET verwijzing", "VERWIJZING_BEKEKEN",
						(c, v) -> get("/casussen/{id}/verwijzingen/{v}", c, v)),
				new Route("POST antwoord", "VERWIJZING_GEWIJZIGD",
						(c, v) -> post("/casussen/{id}/verwijzingen/{v}/antwoord", c, v).param("version", "0")
							.param("antwoord", "GEACCEPTEERD")
							.with(csrf())),
				new Route("POST afronden", "VERWIJZING_GEWIJZIGD",
						(c, v) -> post("/casussen/{id}/verwijzingen/{v}/afronden", c, v).param("version", "0")
							.param("terugkoppeling", "Klaar")
							.with(csrf())),
				new Route("POST gezien", "VERWIJZING_GEWIJZIGD", (c,
						v) -> post("/casussen/{id}/verwijzingen/{v}/gezien", c, v).param("version", "0").with(csrf())));
	}

	@TestFactory
	List<DynamicTest> everyReferralRouteChecksTheScope() {
		long voorziening = this.fixture.voorziening(VoorzieningSoort.INFORMEEL_INITIATIEF);
		List<DynamicTest> cellen = new ArrayList<>();
		for (Route route : routes(voorziening)) {
			cellen.add(DynamicTest.dynamicTest(route.naam() + " × eigen wijkwerker → toegestaan",
					() -> assertThat(status(route, Demo.WIJKWERKER, verwijzing(voorziening))).isNotIn(403, 404)));
			cellen.add(DynamicTest.dynamicTest(route.naam() + " × wijkwerker ander cluster → 404 en DENIED",
					() -> nietGevonden(route, verwijzing(voorziening))));
			cellen.add(DynamicTest.dynamicTest(route.naam() + " × gemeente → 403",
					() -> verboden(route, verwijzing(voorziening))));
		}
		return cellen;
	}

	/** A case of the demo wijkwerker with one sent referral: {casus, verwijzing}. */
	private long[] verwijzing(long voorziening) {
		long casus = this.fixture.casusVanWijkwerker();
		long verwijzing = this.jdbc.sql("""
				insert into verwijzing (casus_id, voorziening_id, reden, status, verstuurd_op, verstuurd_door)
				values (?, ?, 'Vooraf', 'VERSTUURD', now(), (select id from gebruiker where gebruikersnaam = ?))
				returning id""").params(casus, voorziening, Demo.WIJKWERKER).query(Long.class).single();
		return new long[] { casus, verwijzing };
	}

	private int status(Route route, String gebruiker, long[] zaak) throws Exception {
		return this.mvc
			.perform(route.verzoek().apply(zaak[0], zaak[1]).with(user(this.gebruikers.loadUserByUsername(gebruiker))))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private void nietGevonden(Route route, long[] zaak) throws Exception {
		Map<String, Object> voor = staat(zaak);
		assertThat(status(route, Demo.WIJKWERKER2, zaak)).isEqualTo(404);
		assertThat(this.jdbc.sql("""
				select count(*) from toegangslog where casus_id = ? and gebruikersnaam = ? and gebeurtenis = ?
				  and resultaat = 'DENIED'""")
			.params(zaak[0], Demo.WIJKWERKER2, route.gebeurtenis())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(staat(zaak)).isEqualTo(voor);
	}

	private void verboden(Route route, long[] zaak) throws Exception {
		Map<String, Object> voor = staat(zaak);
		assertThat(status(route, Demo.GEMEENTE, zaak)).isEqualTo(403);
		assertThat(staat(zaak)).isEqualTo(voor);
	}

	/** The referrals of the case and its timeline, to see that nothing changed. */
	private Map<String, Object> staat(long[] zaak) {
		return this.jdbc
			.sql("""
					select (select count(*) from verwijzing where casus_id = :casus) as verwijzingen,
					       (select string_agg(status || version || antwoord_gezien, ',') from verwijzing where casus_id = :casus) as stand,
					       (select count(*) from casus_gebeurtenis where casus_id = :casus) as tijdlijn
					""")
			.param("casus", zaak[0])
			.query()
			.singleRow();
	}

}
