package nl.wijkdossier.casus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Need-to-know as a matrix: every route that takes a case id × every kind of user — the
 * case's own wijkwerker, a colleague of another team in the same cluster, a wijkwerker of
 * another cluster, the managers of the case's cluster and of another, and the three roles
 * that read no case. Out of scope is 404 (existence not revealed) with a DENIED
 * access-log row; a role without case access is 403; nothing changes in either. An
 * allowed user is let through (the action may still be refused by a business rule).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ToegangsmatrixTests {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final UserDetailsService gebruikers;

	private final CasusFixtures fixtures;

	@Autowired
	ToegangsmatrixTests(MockMvc mvc, JdbcClient jdbc, UserDetailsService gebruikers, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.gebruikers = gebruikers;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
	}

	private enum Verwacht {

		TOEGESTAAN, NIET_GEVONDEN, VERBODEN

	}

	private record Route(String naam, Function<Long, MockHttpServletRequestBuilder> verzoek, boolean alleenWijkwerker,
			boolean alleenPrivacy, boolean alleenManager) {

		Route(String naam, Function<Long, MockHttpServletRequestBuilder> verzoek, boolean alleenWijkwerker,
				boolean alleenPrivacy) {
			this(naam, verzoek, alleenWijkwerker, alleenPrivacy, false);
		}

		static Route voorManager(String naam, Function<Long, MockHttpServletRequestBuilder> verzoek) {
			return new Route(naam, verzoek, false, false, true);
		}

	}

	private record Actor(String omschrijving, String gebruikersnaam, Verwacht zaak, boolean isWijkwerker,
			boolean isPrivacy) {
	}

	private static MockHttpServletRequestBuilder actie(String pad, long id, String... velden) {
		MockHttpServletRequestBuilder verzoek = post(pad, id).with(csrf()).param("version", "0");
		for (int i = 0; i < velden.length; i += 2) {
			verzoek.param(velden[i], velden[i + 1]);
		}
		return verzoek;
	}

	private List<Route> routes() {
		String vandaag = java.time.LocalDate.now(nl.wijkdossier.shared.ClockConfiguration.ZONE).toString();
		return List.of(new Route("GET /casussen/{id}", (id) -> get("/casussen/{id}", id), false, false),
				new Route("POST wachtlijst", (id) -> actie("/casussen/{id}/wachtlijst", id), false, false),
				new Route("POST oppakken", (id) -> actie("/casussen/{id}/oppakken", id), true, false),
				new Route("POST toewijzen",
						(id) -> actie("/casussen/{id}/toewijzen", id, "medewerkerId",
								String.valueOf(this.fixtures.medewerkerVan(Demo.WIJKWERKER))),
						false, false),
				new Route("POST afsluiten", (id) -> actie("/casussen/{id}/afsluiten", id, "reden", "DOEL_BEREIKT"),
						false, false),
				new Route("POST heropenen", (id) -> actie("/casussen/{id}/heropenen", id), false, false),
				new Route("POST wmo/ontvangst", (id) -> actie("/casussen/{id}/wmo/ontvangst", id, "op", vandaag), false,
						false),
				new Route("POST wmo/clientondersteuning",
						(id) -> actie("/casussen/{id}/wmo/clientondersteuning", id, "aangeboden", "true"), false,
						false),
				new Route("POST wmo/opschorten",
						(id) -> actie("/casussen/{id}/wmo/opschorten", id, "van", vandaag, "reden",
								"Wacht op informatie"),
						false, false),
				new Route("POST wmo/hervatten", (id) -> actie("/casussen/{id}/wmo/hervatten", id, "op", vandaag), false,
						false),
				new Route("POST wmo/onderzoek", (id) -> actie("/casussen/{id}/wmo/onderzoek", id, "op", vandaag), false,
						false),
				new Route("POST wmo/aanvraag", (id) -> actie("/casussen/{id}/wmo/aanvraag", id, "op", vandaag), false,
						false),
				new Route("POST wmo/beschikking", (id) -> actie("/casussen/{id}/wmo/beschikking", id, "op", vandaag),
						false, false),
				new Route("GET inwoner", (id) -> get("/casussen/{id}/inwoner", id), false, false),
				new Route("POST inwoner",
						(id) -> actie("/casussen/{id}/inwoner", id, "voornaam", "Fenna", "achternaam", "Matrix",
								"geboortedatum", "1950-05-05", "postcode", "1312 AB", "huisnummer", "12"),
						false, false),
				new Route("POST /wachtlijst/{id}/oppakken", (id) -> actie("/wachtlijst/{id}/oppakken", id), true,
						false),
				Route.voorManager("GET regie", (id) -> get("/casussen/{id}/regie", id)),
				Route.voorManager("POST regie", (id) -> actie("/casussen/{id}/regie", id, "reden", "Matrix")),
				Route.voorManager("GET team", (id) -> get("/casussen/{id}/team", id)),
				Route.voorManager("POST team", (id) -> actie("/casussen/{id}/team", id, "reden", "Matrix")),
				new Route("GET overleg", (id) -> get("/casussen/{id}/overleg", id), false, false),
				new Route("POST overleg", (id) -> actie("/casussen/{id}/overleg", id, "vraag", "Matrix"), false, false),
				new Route("GET /toegangslog?casus", (id) -> get("/toegangslog").param("casus", String.valueOf(id)),
						false, true),
				new Route("GET /toegangslog/export?casus",
						(id) -> get("/toegangslog/export").param("casus", String.valueOf(id)), false, true));
	}

	private List<Actor> actoren() {
		String collegaZelfdeCluster = this.jdbc.sql("""
				select g.gebruikersnaam from medewerker m join gebruiker g on g.id = m.gebruiker_id
				join wijkteam t on t.id = m.team_id
				where g.rol = 'WIJKWERKER' and m.actief and g.actief and t.id <> :eigenTeam
				  and t.cluster_id = (select cluster_id from wijkteam where id = :eigenTeam)
				order by g.id limit 1
				""").param("eigenTeam", this.fixtures.teamVan(Demo.WIJKWERKER)).query(String.class).single();
		String managerAnderCluster = this.jdbc.sql("""
				select g.gebruikersnaam from wijkteam t join medewerker m on m.id = t.manager_id
				join gebruiker g on g.id = m.gebruiker_id
				where t.id = :team
				""").param("team", this.fixtures.teamVan(Demo.WIJKWERKER2)).query(String.class).single();
		return List.of(new Actor("wijkwerker van het eigen team", Demo.WIJKWERKER, Verwacht.TOEGESTAAN, true, false),
				new Actor("wijkwerker van een ander team in hetzelfde cluster", collegaZelfdeCluster,
						Verwacht.NIET_GEVONDEN, true, false),
				new Actor("wijkwerker van een ander cluster", Demo.WIJKWERKER2, Verwacht.NIET_GEVONDEN, true, false),
				new Actor("manager van het team", Demo.MANAGER, Verwacht.TOEGESTAAN, false, false),
				new Actor("manager van een ander cluster", managerAnderCluster, Verwacht.NIET_GEVONDEN, false, false),
				new Actor("gemeente", Demo.GEMEENTE, Verwacht.VERBODEN, false, false),
				new Actor("functioneel beheer", Demo.BEHEER, Verwacht.VERBODEN, false, false),
				new Actor("privacyfunctionaris", Demo.PRIVACY, Verwacht.VERBODEN, false, true));
	}

	@TestFactory
	List<DynamicTest> everyRouteTimesEveryRoleTimesOwnTeamOtherTeamOtherCluster() {
		long eigenTeam = this.fixtures.teamVan(Demo.WIJKWERKER);
		List<DynamicTest> cellen = new ArrayList<>();
		for (Route route : routes()) {
			for (Actor actor : actoren()) {
				Verwacht verwacht = verwacht(route, actor);
				cellen.add(DynamicTest.dynamicTest(route.naam() + " × " + actor.omschrijving() + " → " + verwacht,
						() -> controleer(route, actor, verwacht, eigenTeam)));
			}
		}
		return cellen;
	}

	private static Verwacht verwacht(Route route, Actor actor) {
		if (route.alleenPrivacy()) {
			return actor.isPrivacy() ? Verwacht.TOEGESTAAN : Verwacht.VERBODEN;
		}
		if (actor.zaak() == Verwacht.VERBODEN || (route.alleenWijkwerker() && !actor.isWijkwerker())
				|| (route.alleenManager() && actor.isWijkwerker())) {
			return Verwacht.VERBODEN;
		}
		return actor.zaak();
	}

	private void controleer(Route route, Actor actor, Verwacht verwacht, long eigenTeam) throws Exception {
		long inwoner = this.fixtures.inwoner().id();
		long casus = this.fixtures.casus(inwoner, eigenTeam).wmo().opslaan();
		Map<String, Object> voor = staat(casus);
		int geweigerdVoor = geweigerd(actor, casus);

		int status = this.mvc
			.perform(
					route.verzoek().apply(casus).with(user(this.gebruikers.loadUserByUsername(actor.gebruikersnaam()))))
			.andReturn()
			.getResponse()
			.getStatus();

		switch (verwacht) {
			case TOEGESTAAN -> assertThat(status).as("doorgelaten").isNotIn(403, 404);
			case VERBODEN -> {
				assertThat(status).isEqualTo(403);
				assertThat(staat(casus)).as("niets gewijzigd").isEqualTo(voor);
			}
			case NIET_GEVONDEN -> {
				assertThat(status).isEqualTo(404);
				assertThat(staat(casus)).as("niets gewijzigd").isEqualTo(voor);
				int geweigerdNa = geweigerd(actor, casus);
				assertThat(geweigerdNa).as("DENIED in de toegangslog").isEqualTo(geweigerdVoor + 1);
			}
		}
	}

	/**
	 * DENIED rows for this case and user, whatever was refused: the case or its resident.
	 */
	private int geweigerd(Actor actor, long casus) {
		int aantal = 0;
		for (String gebeurtenis : List.of("CASUS_BEKEKEN", "CASUS_GEWIJZIGD", "INWONER_BEKEKEN", "INWONER_GEWIJZIGD",
				"REGIE_OVERGEDRAGEN", "TEAM_GEWIJZIGD", "OVERLEG_GEAGENDEERD")) {
			aantal += this.fixtures.logRegels(gebeurtenis, actor.gebruikersnaam(), casus, "DENIED");
		}
		return aantal;
	}

	/** The case and its resident as far as a route could change them. */
	private Map<String, Object> staat(long casus) {
		return this.jdbc.sql("""
				select c.status, c.version, c.regievoerder_id, c.team_id, i.version as inwoner_version
				from casus c join inwoner i on i.id = c.inwoner_id where c.id = ?
				""").param(casus).query().singleRow();
	}

}
