package nl.wijkdossier.spreekuur;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
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
 * Need-to-know on every route of the register, as a matrix: a wijkwerker of the session's
 * team and its manager may; a wijkwerker of another team of the cluster only when she is
 * on duty in that session; a wijkwerker of another cluster gets 404 and a DENIED
 * access-log row; gemeente, beheer and privacy get 403. Corrections are for managers
 * only. Nothing is registered by a refused request.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessieRegisterToegangTests {

	private static final List<String> GEBEURTENISSEN = List.of("SPREEKUUR_REGISTER_BEKEKEN",
			"SPREEKUUR_BEZOEK_GEREGISTREERD", "SPREEKUUR_BEZOEK_GECORRIGEERD", "INWONER_GEZOCHT");

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final UserDetailsService gebruikers;

	private final CasusFixtures casussen;

	private final SessieRegisterFixture fixture;

	@Autowired
	SessieRegisterToegangTests(MockMvc mvc, JdbcClient jdbc, UserDetailsService gebruikers, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.gebruikers = gebruikers;
		this.casussen = new CasusFixtures(jdbc, inwoners, beheer);
		this.fixture = new SessieRegisterFixture(jdbc);
	}

	private enum Verwacht {

		TOEGESTAAN, NIET_GEVONDEN, VERBODEN

	}

	private record Route(String naam, BiFunction<Long, Long, MockHttpServletRequestBuilder> verzoek,
			boolean alleenManager) {
	}

	private record Actor(String omschrijving, String gebruikersnaam, Verwacht sessie, boolean manager,
			boolean opRooster) {
	}

	private static List<Route> routes() {
		return List.of(new Route("GET register", (s, b) -> get("/spreekuren/sessies/{id}", s), false),
				new Route("POST bezoeken",
						(s, b) -> post("/spreekuren/sessies/{id}/bezoeken", s).with(csrf())
							.param("onderwerp", "WONEN")
							.param("resultaat", "AFGEHANDELD")
							.param("duurMinuten", "10"),
						false),
				new Route("GET inwoners", (s, b) -> get("/spreekuren/sessies/{id}/inwoners", s).param("q", "Jansen"),
						false),
				new Route("POST laatste/intrekken",
						(s, b) -> post("/spreekuren/sessies/{id}/bezoeken/laatste/intrekken", s).with(csrf()), false),
				new Route("GET correctie", (s, b) -> get("/spreekuren/sessies/{id}/bezoeken/{b}/correctie", s, b),
						true),
				new Route("POST correctie",
						(s, b) -> post("/spreekuren/sessies/{id}/bezoeken/{b}/correctie", s, b).with(csrf())
							.param("intrekken", "true")
							.param("reden", "Dubbel")
							.param("version", "0"),
						true));
	}

	private List<Actor> actoren() {
		String collega = collegaAnderTeamZelfdeCluster();
		return List.of(new Actor("wijkwerker van het team", Demo.WIJKWERKER, Verwacht.TOEGESTAAN, false, false),
				new Actor("manager van het team", Demo.MANAGER, Verwacht.TOEGESTAAN, true, false),
				new Actor("collega van een ander team in het cluster, op het rooster", collega, Verwacht.TOEGESTAAN,
						false, true),
				new Actor("collega van een ander team in het cluster, niet op het rooster", collega,
						Verwacht.NIET_GEVONDEN, false, false),
				new Actor("wijkwerker van een ander cluster", Demo.WIJKWERKER2, Verwacht.NIET_GEVONDEN, false, false),
				new Actor("gemeente", Demo.GEMEENTE, Verwacht.VERBODEN, false, false),
				new Actor("functioneel beheer", Demo.BEHEER, Verwacht.VERBODEN, false, false),
				new Actor("privacyfunctionaris", Demo.PRIVACY, Verwacht.VERBODEN, false, false));
	}

	private String collegaAnderTeamZelfdeCluster() {
		return this.jdbc.sql("""
				select g.gebruikersnaam from medewerker m join gebruiker g on g.id = m.gebruiker_id
				join wijkteam t on t.id = m.team_id
				where g.rol = 'WIJKWERKER' and m.actief and g.actief and t.id <> :eigenTeam
				  and t.cluster_id = (select cluster_id from wijkteam where id = :eigenTeam)
				order by g.id limit 1
				""").param("eigenTeam", this.casussen.teamVan(Demo.WIJKWERKER)).query(String.class).single();
	}

	@TestFactory
	List<DynamicTest> everyRouteTimesEveryKindOfUser() {
		List<DynamicTest> cellen = new ArrayList<>();
		for (Route route : routes()) {
			for (Actor actor : actoren()) {
				Verwacht verwacht = (route.alleenManager() && actor.sessie() != Verwacht.VERBODEN && !actor.manager())
						? Verwacht.VERBODEN : actor.sessie();
				cellen.add(DynamicTest.dynamicTest(route.naam() + " × " + actor.omschrijving() + " → " + verwacht,
						() -> controleer(route, actor, verwacht)));
			}
		}
		return cellen;
	}

	private void controleer(Route route, Actor actor, Verwacht verwacht) throws Exception {
		long sessie = this.fixture.sessieNu(this.casussen.teamVan(Demo.WIJKWERKER));
		long bezoek = this.fixture.bezoek(sessie, 1, "AFGEHANDELD", this.fixture.gebruikerId(Demo.WIJKWERKER));
		if (actor.opRooster()) {
			this.fixture.dienst(sessie, this.casussen.medewerkerVan(actor.gebruikersnaam()));
		}
		int geweigerdVoor = geweigerd(actor.gebruikersnaam());
		int status = this.mvc
			.perform(route.verzoek()
				.apply(sessie, bezoek)
				.with(user(this.gebruikers.loadUserByUsername(actor.gebruikersnaam()))))
			.andReturn()
			.getResponse()
			.getStatus();
		switch (verwacht) {
			case TOEGESTAAN -> assertThat(status).as("doorgelaten").isNotIn(403, 404);
			case VERBODEN -> assertThat(status).isEqualTo(403);
			case NIET_GEVONDEN -> {
				assertThat(status).isEqualTo(404);
				assertThat(geweigerd(actor.gebruikersnaam())).as("DENIED in de toegangslog")
					.isEqualTo(geweigerdVoor + 1);
			}
		}
		if (verwacht != Verwacht.TOEGESTAAN) {
			assertThat(this.fixture.alleBezoeken(sessie)).as("niets geregistreerd").isEqualTo(1);
			assertThat(this.fixture.bezoeken(sessie)).as("niets ingetrokken").isEqualTo(1);
		}
	}

	@Test
	void wijkwerker2CannotOpenTheRegisterOfAnotherClustersSession() throws Exception {
		long sessie = this.fixture.sessieNu(this.casussen.teamVan(Demo.WIJKWERKER));
		int voor = this.fixture.logRegels("SPREEKUUR_REGISTER_BEKEKEN", Demo.WIJKWERKER2, "DENIED");
		String html = this.mvc
			.perform(get("/spreekuren/sessies/{id}", sessie)
				.with(user(this.gebruikers.loadUserByUsername(Demo.WIJKWERKER2))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("Buurthuis De Schakel");
		assertThat(this.fixture.logRegels("SPREEKUUR_REGISTER_BEKEKEN", Demo.WIJKWERKER2, "DENIED"))
			.isEqualTo(voor + 1);
	}

	private int geweigerd(String gebruikersnaam) {
		int aantal = 0;
		for (String gebeurtenis : GEBEURTENISSEN) {
			aantal += this.fixture.logRegels(gebeurtenis, gebruikersnaam, "DENIED");
		}
		return aantal;
	}

}
