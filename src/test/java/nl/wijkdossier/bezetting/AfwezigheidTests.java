package nl.wijkdossier.bezetting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import nl.wijkdossier.shared.ClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The rules of absence over HTTP: who may register what (a wijkwerker her own holiday,
 * never illness; a manager anyone of his teams, any type, also afterwards), every refusal
 * a Dutch message next to its field with 422 and nothing stored, no overlap, changing the
 * end (which shortens the invallen), withdrawing, a stale version, and who sees the type.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AfwezigheidTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final Inwoners inwoners;

	private final OrganisatieBeheer beheer;

	@Autowired
	AfwezigheidTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.inwoners = inwoners;
		this.beheer = beheer;
	}

	private static LocalDate vandaag() {
		return LocalDate.now(ClockConfiguration.ZONE);
	}

	private BezettingFixture fixture() {
		return new BezettingFixture(this.jdbc, this.inwoners, this.beheer);
	}

	@Test
	void aWijkwerkerRegistersHerOwnHolidayButNeitherIllnessNorSomeoneElsesAbsence() throws Exception {
		BezettingFixture f = fixture();
		MvcResult eigen = registreer(f.a1, f.medewerker(f.a1), "VAKANTIE", vandaag().plusDays(1),
				vandaag().plusDays(5));
		assertThat(eigen.getResponse().getStatus()).isEqualTo(302);
		assertThat(eigen.getResponse().getRedirectedUrl()).isEqualTo("/afwezigheid");
		assertThat(f.afwezigheden(f.a1)).isEqualTo(1);

		MvcResult ziek = registreer(f.a1, f.medewerker(f.a1), "ZIEKTE", vandaag().plusDays(10), vandaag().plusDays(12));
		assertThat(ziek.getResponse().getStatus()).isEqualTo(422);
		assertThat(fout(ziek, "soort")).isEqualTo("Ziekte meldt u bij uw manager; die registreert het.");

		MvcResult collega = registreer(f.a1, f.medewerker(f.a2), "VAKANTIE", vandaag().plusDays(10),
				vandaag().plusDays(12));
		assertThat(collega.getResponse().getStatus()).isEqualTo(422);
		assertThat(collega.getResponse().getContentAsString())
			.contains("U kunt alleen uw eigen afwezigheid doorgeven.");
		assertThat(f.afwezigheden(f.a1)).isEqualTo(1);
		assertThat(f.afwezigheden(f.a2)).isZero();

		Document formulier = pagina(get("/afwezigheid/nieuw"), f.a1);
		assertThat(formulier.select("input[name=soort]").eachAttr("value")).containsExactly("VAKANTIE", "VERLOF",
				"OPLEIDING");
		assertThat(formulier.select("input[type=hidden][name=medewerkerId]").attr("value"))
			.isEqualTo(String.valueOf(f.medewerker(f.a1)));
		assertThat(formulier.text()).contains("nooit medische gegevens");
	}

	@Test
	void everyRefusalSaysWhyInDutchNextToItsFieldAndStoresNothing() throws Exception {
		BezettingFixture f = fixture();
		long ik = f.medewerker(f.a1);

		MvcResult leeg = this.mvc.perform(post("/afwezigheid").with(csrf()).with(als(f.m))).andReturn();
		assertThat(leeg.getResponse().getStatus()).isEqualTo(422);
		assertThat(fout(leeg, "medewerkerId")).isEqualTo("Kies de medewerker die afwezig is.");
		assertThat(fout(leeg, "soort")).isEqualTo("Kies de soort afwezigheid.");
		assertThat(fout(leeg, "van")).isEqualTo("Vul de eerste dag in.");
		assertThat(fout(leeg, "tot")).isEqualTo("Vul de laatste dag in.");

		MvcResult onzin = this.mvc
			.perform(post("/afwezigheid").with(csrf())
				.with(als(f.a1))
				.param("medewerkerId", String.valueOf(ik))
				.param("soort", "VAKANTIE")
				.param("van", "2026-13-45")
				.param("tot", vandaag().toString()))
			.andReturn();
		assertThat(onzin.getResponse().getStatus()).isEqualTo(422);
		assertThat(fout(onzin, "van")).startsWith("Vul een geldige datum in");

		assertThat(fout(registreer(f.a1, ik, "VAKANTIE", vandaag().plusDays(5), vandaag().plusDays(2)), "tot"))
			.isEqualTo("De laatste dag ligt voor de eerste dag.");
		assertThat(fout(registreer(f.a1, ik, "VAKANTIE", vandaag().minusDays(10), vandaag().minusDays(1)), "tot"))
			.startsWith("Deze periode ligt helemaal in het verleden.");
		assertThat(fout(registreer(f.a1, ik, "VERLOF", vandaag(), vandaag().plusYears(1)), "tot"))
			.startsWith("Een afwezigheid duurt ten hoogste een jaar.");
		assertThat(fout(registreer(f.a1, ik, "OPLEIDING", vandaag().plusYears(3), vandaag().plusYears(3)), "van"))
			.contains("Controleer het jaartal");
		assertThat(f.afwezigheden(f.a1)).isZero();

		assertThat(registreer(f.a1, ik, "VAKANTIE", vandaag().plusDays(3), vandaag().plusDays(9)).getResponse()
			.getStatus()).isEqualTo(302);
		MvcResult overlap = registreer(f.a1, ik, "OPLEIDING", vandaag().plusDays(9), vandaag().plusDays(10));
		assertThat(overlap.getResponse().getStatus()).isEqualTo(422);
		assertThat(fout(overlap, "van"))
			.isEqualTo("Er is al afwezigheid geregistreerd van " + dag(vandaag().plusDays(3)) + " t/m "
					+ dag(vandaag().plusDays(9)) + ". Pas die aan in plaats van een tweede te registreren.");
		MvcResult managerOverlap = registreer(f.m, ik, "ZIEKTE", vandaag().plusDays(1), vandaag().plusDays(3));
		assertThat(managerOverlap.getResponse().getStatus()).as("the manager is bound by it too").isEqualTo(422);
		assertThat(f.afwezigheden(f.a1)).isEqualTo(1);
		Document pagina = Jsoup.parse(overlap.getResponse().getContentAsString());
		assertThat(pagina.select("#van").attr("aria-describedby")).contains("van-fout");
		assertThat(pagina.select("#foutoverzicht a[href=#van]")).hasSize(1);
	}

	@Test
	void aManagerRegistersAnyTypeAlsoAfterwardsButOnlyForHisTeams() throws Exception {
		BezettingFixture f = fixture();
		MvcResult ziek = registreer(f.m, f.medewerker(f.b1), "ZIEKTE", vandaag().minusDays(40),
				vandaag().minusDays(30));
		assertThat(ziek.getResponse().getStatus()).isEqualTo(302);
		long id = this.jdbc.sql("select id from afwezigheid where medewerker_id = ?")
			.param(f.medewerker(f.b1))
			.query(Long.class)
			.single();
		assertThat(ziek.getResponse().getRedirectedUrl()).isEqualTo("/afwezigheid/" + id);
		assertThat(this.jdbc.sql("select soort || ' ' || geregistreerd_door from afwezigheid where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("ZIEKTE " + f.gebruiker(f.m));

		MvcResult ander = registreer(f.m, f.medewerker(f.x1), "VAKANTIE", vandaag().plusDays(1), vandaag().plusDays(2));
		assertThat(ander.getResponse().getStatus()).isEqualTo(422);
		assertThat(fout(ander, "medewerkerId")).isEqualTo("Kies een medewerker van uw teams.");
		assertThat(f.afwezigheden(f.x1)).isZero();

		Document formulier = pagina(get("/afwezigheid/nieuw").param("medewerker", String.valueOf(f.medewerker(f.a2))),
				f.m);
		assertThat(formulier.select("#medewerkerId option").eachText()).hasSize(4)
			.anyMatch((t) -> t.startsWith("Test " + f.a1))
			.noneMatch((t) -> t.contains(f.x1));
		assertThat(formulier.select("#medewerkerId option[selected]").attr("value"))
			.isEqualTo(String.valueOf(f.medewerker(f.a2)));
		assertThat(formulier.select("input[name=soort]").eachAttr("value")).contains("ZIEKTE");
	}

	@Test
	void onlyHerselfAndHerManagerSeeTheTypeColleaguesSeeAfwezig() throws Exception {
		BezettingFixture f = fixture();
		long afwezigheid = f.afwezigheid(f.a1, "ZIEKTE", vandaag().minusDays(2), vandaag().plusDays(5));
		long casus = f.casusVan(f.a1, f.teamA);

		String collega = pagina(get("/afwezigheid"), f.a2).select("#team-afwezig").first().parent().text();
		assertThat(collega).contains("Test " + f.a1).contains("Afwezig").doesNotContain("Ziekte");
		assertThat(pagina(get("/afwezigheid"), f.a1).select("[data-afwezigheid=" + afwezigheid + "]").text())
			.contains("Ziekte")
			.contains("Ziekte registreert en wijzigt uw manager.");
		assertThat(pagina(get("/afwezigheid"), f.m).select("[data-afwezigheid=" + afwezigheid + "]").text())
			.contains("Ziekte")
			.contains("zonder bezetting");
		long ander = f.afwezigheid(f.b1, "VERLOF", vandaag().plusDays(1), vandaag().plusDays(1));
		Document gefilterd = pagina(get("/afwezigheid").param("medewerker", String.valueOf(f.medewerker(f.a1))), f.m);
		assertThat(gefilterd.select("tr[data-afwezigheid]").eachAttr("data-afwezigheid"))
			.containsExactly(String.valueOf(afwezigheid));
		assertThat(pagina(get("/afwezigheid"), f.m).select("tr[data-afwezigheid]").eachAttr("data-afwezigheid"))
			.containsExactly(String.valueOf(afwezigheid), String.valueOf(ander));

		String dossierCollega = pagina(get("/casussen/" + casus), f.a2).select(".bezetting-dossier").text();
		assertThat(dossierCollega).contains("Test " + f.a1 + " is afwezig t/m " + dag(vandaag().plusDays(5)) + ".")
			.contains("Zonder bezetting")
			.doesNotContain("Ziekte");
		assertThat(pagina(get("/casussen/" + casus), f.m).select(".bezetting-dossier").text()).contains("(Ziekte)");
		assertThat(pagina(get("/casussen/" + f.casusVan(f.a2, f.teamA)), f.a2).select(".bezetting-dossier"))
			.as("nothing when the regievoerder is present")
			.isEmpty();
	}

	@Test
	void aManagerAppointsAnInvallerFromTheClusterWhoGetsATimelineLineOnEveryOpenCase() throws Exception {
		BezettingFixture f = fixture();
		long open = f.casusVan(f.a1, f.teamA);
		long gesloten = f.casusVan(f.a1, f.teamA);
		this.jdbc.sql(
				"update casus set status = 'AFGESLOTEN', afgesloten_op = current_date, afsluitreden = 'DOEL_BEREIKT' where id = ?")
			.param(gesloten)
			.update();
		long afwezigheid = f.afwezigheid(f.a1, "VAKANTIE", vandaag(), vandaag().plusDays(6));

		MvcResult aangewezen = wijsAan(f.m, afwezigheid, f.medewerker(f.b1), vandaag(), vandaag().plusDays(6),
				f.version(afwezigheid));
		assertThat(aangewezen.getResponse().getStatus()).isEqualTo(302);
		assertThat(
				this.jdbc.sql("select detail from casus_gebeurtenis where casus_id = ? and soort = 'invalAangewezen'")
					.param(open)
					.query(String.class)
					.list())
			.containsExactly("Test " + f.b1 + ", " + dag(vandaag()) + " – " + dag(vandaag().plusDays(6)));
		assertThat(f.casussen.tijdlijnRegels(gesloten, "invalAangewezen")).isZero();
		assertThat(pagina(get("/casussen/" + open), f.a2).text()).contains("Invaller aangewezen: Test " + f.b1);

		Document detail = pagina(get("/afwezigheid/" + afwezigheid), f.m);
		assertThat(detail.select("table.invallen tbody tr").text()).contains("Test " + f.b1);
		assertThat(detail.select("ul.bezetting li").eachText())
			.containsExactly(dag(vandaag()) + " t/m " + dag(vandaag().plusDays(6)) + ": Test " + f.b1);
	}

	@Test
	void theInvallerComesFromTheSameClusterAndIsPresentAndTheIntervalFitsTheAbsence() throws Exception {
		BezettingFixture f = fixture();
		long afwezigheid = f.afwezigheid(f.a1, "ZIEKTE", vandaag().minusDays(3), vandaag().plusDays(10));
		long version = f.version(afwezigheid);

		MvcResult anderCluster = wijsAan(f.m, afwezigheid, f.medewerker(f.x1), vandaag(), vandaag().plusDays(2),
				version);
		assertThat(anderCluster.getResponse().getStatus()).isEqualTo(422);
		assertThat(Jsoup.parse(anderCluster.getResponse().getContentAsString()).select("#invallerId-fout").text())
			.isEqualTo("Kies een wijkwerker uit een team van hetzelfde cluster.");
		assertThat(fout(wijsAan(f.m, afwezigheid, f.medewerker(f.a1), vandaag(), vandaag(), version), null))
			.as("not herself")
			.contains("Deze collega is zelf afwezig");
		assertThat(
				fout(wijsAan(f.m, afwezigheid, f.medewerker(f.b1), vandaag().minusDays(1), vandaag(), version), "van"))
			.startsWith("Een inval begint vandaag of later");
		assertThat(
				fout(wijsAan(f.m, afwezigheid, f.medewerker(f.b1), vandaag(), vandaag().plusDays(11), version), "tot"))
			.isEqualTo("Kies een dag binnen de afwezigheid (" + dag(vandaag().minusDays(3)) + " t/m "
					+ dag(vandaag().plusDays(10)) + ").");

		f.afwezigheid(f.b1, "OPLEIDING", vandaag().plusDays(2), vandaag().plusDays(2));
		MvcResult zelfAfwezig = wijsAan(f.m, afwezigheid, f.medewerker(f.b1), vandaag(), vandaag().plusDays(4),
				version);
		assertThat(Jsoup.parse(zelfAfwezig.getResponse().getContentAsString()).select("#invallerId-fout").text())
			.isEqualTo("Deze collega is zelf afwezig van " + dag(vandaag().plusDays(2)) + " t/m "
					+ dag(vandaag().plusDays(2)) + ".");

		assertThat(
				wijsAan(f.m, afwezigheid, f.medewerker(f.a2), vandaag(), vandaag().plusDays(4), version).getResponse()
					.getStatus())
			.as("a colleague of her own team")
			.isEqualTo(302);
		MvcResult overlap = wijsAan(f.m, afwezigheid, f.medewerker(f.b1), vandaag().plusDays(4), vandaag().plusDays(5),
				f.version(afwezigheid));
		assertThat(fout(overlap, "van")).startsWith("Test " + f.a2 + " valt al in van " + dag(vandaag()));
		assertThat(this.jdbc.sql("select count(*) from inval where afwezigheid_id = ?")
			.param(afwezigheid)
			.query(Integer.class)
			.single()).isEqualTo(1);

		MvcResult oud = wijsAan(f.m, afwezigheid, f.medewerker(f.b1), vandaag().plusDays(6), vandaag().plusDays(7),
				version);
		assertThat(oud.getResponse().getStatus()).as("a stale version").isEqualTo(409);
		assertThat(oud.getResponse().getContentAsString()).contains("Iemand anders heeft deze afwezigheid");
	}

	@Test
	void theSuggestionsAreTheClustersPresentColleaguesLowestCaseloadPerFteFirst() throws Exception {
		BezettingFixture f = fixture();
		for (int i = 0; i < 4; i++) {
			f.casusVan(f.a2, f.teamA);
		}
		f.casusVan(f.b1, f.teamB);
		String extra = f.casussen.wijkwerker(this.jdbc.sql("select partner_id from medewerker where id = ?")
			.param(f.medewerker(f.b1))
			.query(Long.class)
			.single(), f.teamB);
		f.afwezigheid(extra, "VAKANTIE", vandaag().plusDays(3), vandaag().plusDays(4));
		long afwezigheid = f.afwezigheid(f.a1, "ZIEKTE", vandaag(), vandaag().plusDays(7));

		Document detail = pagina(get("/afwezigheid/" + afwezigheid), f.m);
		List<String> kandidaten = detail.select("#kandidaten .kandidaat label").eachText();
		assertThat(kandidaten).hasSize(2);
		// 1 case at 32 hours = 1.125 per FTE; 4 cases = 4.5 per FTE
		assertThat(kandidaten.get(0)).startsWith("Test " + f.b1)
			.contains("1,1 casussen per fte (1 actief, 32 uur per week)")
			.contains("Voorstel");
		assertThat(kandidaten.get(1)).startsWith("Test " + f.a2)
			.contains("(eigen team)")
			.contains("4,5 casussen per fte");
		assertThat(detail.select("#van").val()).isEqualTo(vandaag().toString());
		assertThat(detail.select("#tot").val()).isEqualTo(vandaag().plusDays(7).toString());

		Document korter = pagina(get("/afwezigheid/" + afwezigheid).param("van", vandaag().toString())
			.param("tot", vandaag().plusDays(1).toString())
			.header("HX-Request", "true"), f.m);
		assertThat(korter.select("fieldset#kandidaten .kandidaat label").eachText())
			.as("present for the shorter period")
			.hasSize(3)
			.anyMatch((t) -> t.startsWith("Test " + extra));
		assertThat(korter.select("h1")).as("only the fragment").isEmpty();
	}

	@Test
	void changingTheEndShortensTheInvallenAndAStaleVersionIsRefused() throws Exception {
		BezettingFixture f = fixture();
		long casus = f.casusVan(f.a1, f.teamA);
		long afwezigheid = f.afwezigheid(f.a1, "ZIEKTE", vandaag().minusDays(1), vandaag().plusDays(10));
		f.inval(afwezigheid, f.b1, vandaag(), vandaag().plusDays(4));
		long later = f.inval(afwezigheid, f.a2, vandaag().plusDays(5), vandaag().plusDays(10));
		long version = f.version(afwezigheid);

		MvcResult oud = einde(f.m, afwezigheid, vandaag().plusDays(2), version - 1);
		assertThat(oud.getResponse().getStatus()).isEqualTo(409);
		assertThat(f.version(afwezigheid)).isEqualTo(version);

		MvcResult voorBegin = einde(f.m, afwezigheid, vandaag().minusDays(3), version);
		assertThat(voorBegin.getResponse().getStatus()).isEqualTo(422);
		assertThat(Jsoup.parse(voorBegin.getResponse().getContentAsString()).select("#einde-fout").text())
			.isEqualTo("De laatste dag ligt voor de eerste dag.");

		MvcResult korter = einde(f.m, afwezigheid, vandaag().plusDays(2), version);
		assertThat(korter.getResponse().getStatus()).isEqualTo(302);
		assertThat(this.jdbc.sql("select tot from afwezigheid where id = ?")
			.param(afwezigheid)
			.query(LocalDate.class)
			.single()).isEqualTo(vandaag().plusDays(2));
		assertThat(this.jdbc.sql("select invaller_id || ':' || tot from inval where afwezigheid_id = ?")
			.param(afwezigheid)
			.query(String.class)
			.list()).containsExactly(f.medewerker(f.b1) + ":" + vandaag().plusDays(2));
		assertThat(this.jdbc.sql("select count(*) from inval where id = ?").param(later).query(Integer.class).single())
			.isZero();
		assertThat(f.casussen.tijdlijnRegels(casus, "invalIngekort")).isEqualTo(1);
		assertThat(f.casussen.tijdlijnRegels(casus, "invalIngetrokken")).isEqualTo(1);
	}

	@Test
	void aWijkwerkerChangesAndWithdrawsHerOwnHolidayWithinHerLimits() throws Exception {
		BezettingFixture f = fixture();
		long lopend = f.afwezigheid(f.a1, "VAKANTIE", vandaag().minusDays(5), vandaag().plusDays(5));
		long komend = f.afwezigheid(f.a1, "VERLOF", vandaag().plusDays(20), vandaag().plusDays(21));
		long ziek = f.afwezigheid(f.a1, "ZIEKTE", vandaag().plusDays(30), vandaag().plusDays(31));

		MvcResult teVroeg = einde(f.a1, lopend, vandaag().minusDays(2), f.version(lopend));
		assertThat(teVroeg.getResponse().getStatus()).isEqualTo(422);
		Document pagina = Jsoup.parse(teVroeg.getResponse().getContentAsString());
		assertThat(pagina.select("#einde-" + lopend + "-fout").text())
			.startsWith("De laatste dag kan op zijn vroegst gisteren zijn.");
		assertThat(pagina.select("#einde-" + lopend).attr("aria-describedby")).isEqualTo("einde-" + lopend + "-fout");
		MvcResult begonnen = trekIn(f.a1, lopend, f.version(lopend));
		assertThat(begonnen.getResponse().getStatus()).isEqualTo(422);
		assertThat(begonnen.getResponse().getContentAsString()).contains("is al begonnen");
		assertThat(einde(f.a1, lopend, vandaag().minusDays(1), f.version(lopend)).getResponse().getStatus())
			.as("back today: yesterday was the last day")
			.isEqualTo(302);
		MvcResult voorbij = einde(f.a1, lopend, vandaag().plusDays(1), f.version(lopend));
		assertThat(voorbij.getResponse().getStatus()).isEqualTo(422);
		assertThat(voorbij.getResponse().getContentAsString()).contains("Deze afwezigheid is voorbij.");

		MvcResult ziekte = einde(f.a1, ziek, vandaag().plusDays(30), f.version(ziek));
		assertThat(ziekte.getResponse().getStatus()).isEqualTo(422);
		assertThat(ziekte.getResponse().getContentAsString()).contains("Ziekte registreert en wijzigt uw manager.");

		assertThat(trekIn(f.a1, komend, f.version(komend)).getResponse().getStatus()).isEqualTo(302);
		assertThat(this.jdbc.sql("select count(*) from afwezigheid where id = ?")
			.param(komend)
			.query(Integer.class)
			.single()).isZero();
		assertThat(einde(f.a2, ziek, vandaag().plusDays(30), f.version(ziek)).getResponse().getStatus())
			.as("a colleague's absence does not exist for her")
			.isEqualTo(404);
	}

	@Test
	void withdrawingAnInvalEndsTheAccessAtOnceAndKeepsWhatHappened() throws Exception {
		BezettingFixture f = fixture();
		long afwezigheid = f.afwezigheid(f.a1, "ZIEKTE", vandaag().minusDays(4), vandaag().plusDays(6));
		long begonnen = f.inval(afwezigheid, f.b1, vandaag().minusDays(3), vandaag().plusDays(1));
		long komend = f.inval(afwezigheid, f.a2, vandaag().plusDays(2), vandaag().plusDays(6));

		assertThat(trekInvalIn(f.m, afwezigheid, begonnen, f.version(afwezigheid)).getResponse().getStatus())
			.isEqualTo(302);
		assertThat(this.jdbc.sql("select tot from inval where id = ?").param(begonnen).query(LocalDate.class).single())
			.isEqualTo(vandaag().minusDays(1));
		assertThat(trekInvalIn(f.m, afwezigheid, komend, f.version(afwezigheid)).getResponse().getStatus())
			.isEqualTo(302);
		assertThat(this.jdbc.sql("select count(*) from inval where id = ?").param(komend).query(Integer.class).single())
			.isZero();
		MvcResult voorbij = trekInvalIn(f.m, afwezigheid, begonnen, f.version(afwezigheid));
		assertThat(voorbij.getResponse().getStatus()).isEqualTo(422);
		assertThat(voorbij.getResponse().getContentAsString()).contains("Deze inval is al voorbij.");
	}

	@Test
	void everyRouteIsForWijkwerkersAndManagersAndOneAbsenceOnlyForItsManager() throws Exception {
		BezettingFixture f = fixture();
		long afwezigheid = f.afwezigheid(f.a1, "VAKANTIE", vandaag().plusDays(1), vandaag().plusDays(3));
		long inval = f.inval(afwezigheid, f.b1, vandaag().plusDays(1), vandaag().plusDays(2));
		long version = f.version(afwezigheid);
		String pad = "/afwezigheid/" + afwezigheid;
		String v = String.valueOf(version);
		Map<String, Supplier<MockHttpServletRequestBuilder>> vanManager = new LinkedHashMap<>();
		vanManager.put("GET " + pad, () -> get(pad));
		vanManager.put("POST inval",
				() -> post(pad + "/inval").with(csrf())
					.param("invallerId", String.valueOf(f.medewerker(f.a2)))
					.param("van", vandaag().plusDays(3).toString())
					.param("tot", vandaag().plusDays(3).toString())
					.param("version", v));
		vanManager.put("POST inval intrekken",
				() -> post(pad + "/inval/" + inval + "/intrekken").with(csrf()).param("version", v));
		Map<String, Supplier<MockHttpServletRequestBuilder>> wijzigen = new LinkedHashMap<>();
		wijzigen.put("POST einde",
				() -> post(pad + "/einde").with(csrf())
					.param("tot", vandaag().plusDays(2).toString())
					.param("version", v));
		wijzigen.put("POST intrekken", () -> post(pad + "/intrekken").with(csrf()).param("version", v));
		Map<String, Supplier<MockHttpServletRequestBuilder>> alle = new LinkedHashMap<>();
		alle.put("GET /afwezigheid", () -> get("/afwezigheid"));
		alle.put("GET /afwezigheid/nieuw", () -> get("/afwezigheid/nieuw"));
		alle.put("GET /inval", () -> get("/inval"));
		alle.put("POST /afwezigheid", () -> post("/afwezigheid").with(csrf()));
		alle.putAll(vanManager);
		alle.putAll(wijzigen);

		for (String rol : List.of("gemeente", "beheer", "privacy")) {
			alle.forEach((naam, route) -> assertThat(status(route.get(), rol)).as("%s %s", rol, naam).isEqualTo(403));
		}
		for (String buitenstaander : List.of("wijkwerker2", f.x1, f.mx, f.a2, f.a1)) {
			vanManager.forEach(
					(naam, route) -> assertThat(status(route.get(), buitenstaander)).as("%s %s", buitenstaander, naam)
						.isEqualTo(404));
			if (!buitenstaander.equals(f.a1)) {
				wijzigen.forEach((naam, route) -> assertThat(status(route.get(), buitenstaander))
					.as("%s %s", buitenstaander, naam)
					.isEqualTo(404));
			}
		}
		assertThat(status(get("/afwezigheid").param("medewerker", String.valueOf(f.medewerker(f.x1))), f.m))
			.isEqualTo(404);
		assertThat(status(get("/inval"), f.m)).isEqualTo(403);
		assertThat(status(get(pad), f.m)).isEqualTo(200);
		assertThat(f.version(afwezigheid)).as("nothing changed").isEqualTo(version);
		assertThat(this.jdbc.sql("select count(*) from inval where afwezigheid_id = ?")
			.param(afwezigheid)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private int status(MockHttpServletRequestBuilder verzoek, String gebruiker) {
		try {
			return this.mvc.perform(verzoek.with(als(gebruiker))).andReturn().getResponse().getStatus();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MvcResult registreer(String gebruiker, long medewerker, String soort, LocalDate van, LocalDate tot)
			throws Exception {
		return this.mvc
			.perform(post("/afwezigheid").with(csrf())
				.with(als(gebruiker))
				.param("medewerkerId", String.valueOf(medewerker))
				.param("soort", soort)
				.param("van", van.toString())
				.param("tot", tot.toString()))
			.andReturn();
	}

	private MvcResult wijsAan(String gebruiker, long afwezigheid, long invaller, LocalDate van, LocalDate tot,
			long version) throws Exception {
		return this.mvc
			.perform(post("/afwezigheid/" + afwezigheid + "/inval").with(csrf())
				.with(als(gebruiker))
				.param("invallerId", String.valueOf(invaller))
				.param("van", van.toString())
				.param("tot", tot.toString())
				.param("version", String.valueOf(version)))
			.andReturn();
	}

	private MvcResult einde(String gebruiker, long afwezigheid, LocalDate tot, long version) throws Exception {
		return this.mvc
			.perform(post("/afwezigheid/" + afwezigheid + "/einde").with(csrf())
				.with(als(gebruiker))
				.param("tot", tot.toString())
				.param("version", String.valueOf(version)))
			.andReturn();
	}

	private MvcResult trekIn(String gebruiker, long afwezigheid, long version) throws Exception {
		return this.mvc
			.perform(post("/afwezigheid/" + afwezigheid + "/intrekken").with(csrf())
				.with(als(gebruiker))
				.param("version", String.valueOf(version)))
			.andReturn();
	}

	private MvcResult trekInvalIn(String gebruiker, long afwezigheid, long inval, long version) throws Exception {
		return this.mvc
			.perform(post("/afwezigheid/" + afwezigheid + "/inval/" + inval + "/intrekken").with(csrf())
				.with(als(gebruiker))
				.param("version", String.valueOf(version)))
			.andReturn();
	}

	private Document pagina(MockHttpServletRequestBuilder verzoek, String gebruiker) throws Exception {
		MvcResult antwoord = this.mvc.perform(verzoek.with(als(gebruiker))).andReturn();
		assertThat(antwoord.getResponse().getStatus()).as(antwoord.getResponse().getContentAsString()).isEqualTo(200);
		return Jsoup.parse(antwoord.getResponse().getContentAsString());
	}

	/** The error next to a field (or, for null, the page's error texts). */
	private static String fout(MvcResult antwoord, String veld) throws Exception {
		Document pagina = Jsoup.parse(antwoord.getResponse().getContentAsString());
		if (veld == null) {
			return pagina.select(".invalid-feedback, .alert-danger").text();
		}
		return pagina.select("#" + veld + "-fout").text();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor als(String gebruiker) {
		return user(this.gebruikers.loadUserByUsername(gebruiker));
	}

	private static String dag(LocalDate dag) {
		return nl.wijkdossier.shared.web.Datums.dag(dag);
	}

}
