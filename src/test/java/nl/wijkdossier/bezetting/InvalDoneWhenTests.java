package nl.wijkdossier.bezetting;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.shared.web.Datums;
import nl.wijkdossier.test.Browserloos;
import nl.wijkdossier.test.Demo;
import nl.wijkdossier.test.VerstelbareKlok;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's "done when" for cover, over real HTTP with the demo accounts and a clock that
 * is moved across the period: {@code manager} registers an absence of {@code wijkwerker}
 * and appoints {@code wijkwerker3} (another team of the cluster) from the suggestions;
 * {@code wijkwerker3} opens wijkwerker's case from the first to the last day of the
 * inval, not the day before and not the day after; her looks are logged on behalf of
 * {@code wijkwerker}; her list of cases to cover follows the same days, and so do the
 * home fragments ("U valt in voor …", "Mijn afwezigheid"). The absence is removed
 * afterwards, so other tests see the demo as it was.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(VerstelbareKlok.Configuratie.class)
class InvalDoneWhenTests {

	private static final VerstelbareKlok KLOK = VerstelbareKlok.KLOK;

	@LocalServerPort
	int poort;

	private final JdbcClient jdbc;

	private final CasusFixtures fixtures;

	private final List<Long> afwezigheden = new ArrayList<>();

	@Autowired
	InvalDoneWhenTests(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer) {
		this.jdbc = jdbc;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
	}

	@AfterEach
	void ruimOp() {
		KLOK.zet(LocalDate.now(ClockConfiguration.ZONE));
		for (long id : this.afwezigheden) {
			this.jdbc.sql("delete from inval where afwezigheid_id = ?").param(id).update();
			this.jdbc.sql("delete from afwezigheid where id = ?").param(id).update();
		}
	}

	@Test
	void theInvallerFromAnotherTeamOfTheClusterOpensTheCasesForThePeriodAndNotAfter() {
		LocalDate vandaag = LocalDate.now(ClockConfiguration.ZONE);
		KLOK.zet(vandaag);
		long wijkwerker = this.fixtures.medewerkerVan(Demo.WIJKWERKER);
		long wijkwerker3 = this.fixtures.medewerkerVan(Demo.WIJKWERKER3);
		CasusFixtures.Inwoner inwoner = this.fixtures.inwoner();
		long casus = this.fixtures.casus(inwoner.id(), this.fixtures.teamVan(Demo.WIJKWERKER))
			.inBehandeling(wijkwerker)
			.opslaan();
		LocalDate van = vandaag.plusDays(1);
		LocalDate tot = vandaag.plusDays(3);

		Browserloos manager = new Browserloos(this.poort);
		manager.logIn(Demo.MANAGER, Demo.WACHTWOORD);
		Map<String, String> afwezigheid = new LinkedHashMap<>();
		afwezigheid.put("medewerkerId", String.valueOf(wijkwerker));
		afwezigheid.put("soort", "VAKANTIE");
		afwezigheid.put("van", van.toString());
		afwezigheid.put("tot", tot.toString());
		HttpResponse<String> geregistreerd = manager.post("/afwezigheid/nieuw", "/afwezigheid", afwezigheid);
		assertThat(geregistreerd.statusCode()).as(geregistreerd.body()).isEqualTo(302);
		String pagina = geregistreerd.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceFirst("^https?://[^/]+", "");
		assertThat(pagina).matches("/afwezigheid/\\d+");
		long id = Long.parseLong(pagina.substring(pagina.lastIndexOf('/') + 1));
		this.afwezigheden.add(id);

		String naam3 = naam(wijkwerker3);
		HttpResponse<String> detail = manager.get(pagina);
		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat(detail.body()).contains("value=\"" + wijkwerker3 + "\"").contains(naam3);

		Map<String, String> inval = new LinkedHashMap<>();
		inval.put("invallerId", String.valueOf(wijkwerker3));
		inval.put("van", van.toString());
		inval.put("tot", tot.toString());
		inval.put("version", String.valueOf(
				this.jdbc.sql("select version from afwezigheid where id = ?").param(id).query(Long.class).single()));
		HttpResponse<String> aangewezen = manager.post(pagina, pagina + "/inval", inval);
		assertThat(aangewezen.statusCode()).as(aangewezen.body()).isEqualTo(302);

		Browserloos invaller = new Browserloos(this.poort);
		invaller.logIn(Demo.WIJKWERKER3, Demo.WACHTWOORD);
		String dossier = "/casussen/" + casus;

		assertThat(invaller.get(dossier).statusCode()).as("the day before").isEqualTo(404);
		assertThat(invaller.get("/inval").body()).doesNotContain(inwoner.naam());

		KLOK.zet(van);
		assertThat(invaller.get(dossier).statusCode()).as("the first day").isEqualTo(200);
		HttpResponse<String> lijst = invaller.get("/inval");
		assertThat(lijst.statusCode()).isEqualTo(200);
		assertThat(lijst.body()).contains(inwoner.naam()).contains("href=\"" + dossier + "\"");

		String home = invaller.get("/").body();
		assertThat(home).contains("U valt in voor " + naam(wijkwerker) + " t/m " + Datums.dag(tot) + ", ")
			.contains("href=\"/inval\"");
		Browserloos afwezige = new Browserloos(this.poort);
		afwezige.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		assertThat(afwezige.get("/").body()).contains("Mijn afwezigheid")
			.contains("Vakantie")
			.contains(Datums.dag(van) + " t/m " + Datums.dag(tot))
			.contains("Invaller: " + naam3);

		KLOK.zet(tot);
		assertThat(invaller.get(dossier).statusCode()).as("the last day").isEqualTo(200);

		KLOK.zet(tot.plusDays(1));
		assertThat(invaller.get(dossier).statusCode()).as("the day after").isEqualTo(404);
		assertThat(invaller.get("/inval").body()).doesNotContain(inwoner.naam());

		assertThat(namens(casus, "CASUS_BEKEKEN")).as("both named in the access log").isEqualTo(2);
		assertThat(namens(casus, "INVAL_CASUSSEN_BEKEKEN")).isEqualTo(1);
		assertThat(this.fixtures.logRegels("CASUS_BEKEKEN", Demo.WIJKWERKER3, casus, "DENIED")).isEqualTo(2);
		assertThat(this.fixtures.tijdlijnRegels(casus, "invalAangewezen")).isEqualTo(1);
	}

	private String naam(long medewerker) {
		return this.jdbc.sql("select voornaam || ' ' || achternaam from medewerker where id = ?")
			.param(medewerker)
			.query(String.class)
			.single();
	}

	/** Rows of this event on the case by wijkwerker3 on behalf of wijkwerker. */
	private int namens(long casus, String gebeurtenis) {
		return this.jdbc.sql("""
				select count(*) from toegangslog l join gebruiker g on g.id = l.namens_gebruiker_id
				where l.casus_id = :casus and l.gebruikersnaam = :invaller and g.gebruikersnaam = :afwezige
				  and l.gebeurtenis = :gebeurtenis and l.resultaat = 'OK'
				""")
			.param("casus", casus)
			.param("invaller", Demo.WIJKWERKER3)
			.param("afwezige", Demo.WIJKWERKER)
			.param("gebeurtenis", gebeurtenis)
			.query(Integer.class)
			.single();
	}

}
