package nl.wijkdossier.spreekuur;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.test.Browserloos;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public timetable over real HTTP: no login, no session cookie, cacheable; all
 * spreekuren of the city by neighbourhood; a postcode puts its team first, an invalid or
 * unknown one is said in words; no name of anyone on duty and nothing of visitors.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OpenbaarSpreekuurTests {

	private final JdbcClient jdbc;

	private final SpreekuurSchema schema;

	private final SpreekuurFixture fixture;

	@LocalServerPort
	private int poort;

	@Autowired
	OpenbaarSpreekuurTests(JdbcClient jdbc, SpreekuurSchema schema) {
		this.jdbc = jdbc;
		this.schema = schema;
		this.fixture = new SpreekuurFixture(jdbc, schema);
	}

	@Test
	void anyoneSeesEverySpreekuurOfTheCityWithoutLoginSessionOrCookie() {
		Browserloos browser = new Browserloos(this.poort);
		HttpResponse<String> antwoord = browser.get("/openbaar/spreekuren");
		assertThat(antwoord.statusCode()).isEqualTo(200);
		assertThat(antwoord.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(browser.sessieId()).isNull();
		assertThat(antwoord.headers().firstValue("Cache-Control")).hasValueSatisfying(
				(waarde) -> assertThat(waarde).contains("public").contains("max-age=300").doesNotContain("no-store"));
		assertThat(antwoord.body()).contains("Spreekuren van de wijkteams")
			.contains("Wijkteam Stad Centrum")
			.contains("Wijkteam Oosterwold")
			.contains("Inloopspreekuur")
			.contains("Administratief spreekuur")
			.contains("Vrijwilligerscentrale Polderstad")
			.doesNotContain("Uitloggen")
			.doesNotContain("_csrf");
		// the login page points residents here
		assertThat(browser.get("/login").body()).contains("href=\"/openbaar/spreekuren\"");
	}

	@Test
	void aPostcodeFindsItsTeamAndPutsItsSpreekurenFirst() {
		Browserloos browser = new Browserloos(this.poort);
		String body = browser.get("/openbaar/spreekuren?postcode=1331+AB").body();
		assertThat(body).contains("Uw postcode 1331 AB hoort bij Wijkteam Haven.");
		assertThat(body.indexOf("id=\"wijk-titel-" + this.fixture.team("Wijkteam Haven") + "\"")).isPositive()
			.isLessThan(body.indexOf("id=\"wijk-titel-" + this.fixture.team("Wijkteam Stad Centrum") + "\""));
		assertThat(browser.get("/openbaar/spreekuren?postcode=1312").body())
			.contains("hoort bij Wijkteam Stad Centrum");
		assertThat(browser.get("/openbaar/spreekuren?postcode=12AB").body()).contains("is geen geldige postcode")
			.contains("aria-invalid=\"true\"");
		assertThat(browser.get("/openbaar/spreekuren?postcode=9999+ZZ").body())
			.contains("Postcode 9999 ZZ hoort niet bij een van onze wijkteams.");
		assertThat(browser.sessieId()).isNull();
	}

	@Test
	void itNamesNobodyOnDutyAndNoReasonOfACancellation() {
		String locatie = SpreekuurFixture.uniek("Buurthuis Openbaar");
		long spreekuur = this.fixture.spreekuur("Wijkteam Stad Centrum", locatie, DayOfWeek.WEDNESDAY);
		long sessie = this.fixture.sessies(spreekuur).get(1);
		long collega = this.fixture.collegaVan("Wijkteam Stad Centrum");
		String naam = this.fixture.naamVan(collega);
		try {
			this.jdbc.sql("insert into spreekuur_dienst (sessie_id, medewerker_id) values (?, ?)")
				.param(sessie)
				.param(collega)
				.update();
			this.jdbc.sql("""
					insert into spreekuur_dienst (sessie_id, vrijwilliger_naam, vrijwilliger_organisatie)
					values (?, 'Wilhelmina Geheimhouding', 'Humanitas')
					""").param(sessie).update();
			this.jdbc.sql("update spreekuur_sessie set vervalt_reden = 'Karel Collega ziek' where id = ?")
				.param(this.fixture.sessies(spreekuur).get(2))
				.update();
			String body = new Browserloos(this.poort).get("/openbaar/spreekuren").body();
			assertThat(body).contains(locatie)
				.contains("Vervalt op")
				.doesNotContain(naam)
				.doesNotContain("Wilhelmina Geheimhouding")
				.doesNotContain("Karel Collega");
		}
		finally {
			this.jdbc
				.sql("delete from spreekuur_dienst where sessie_id in (select id from spreekuur_sessie"
						+ " where spreekuur_id = ?)")
				.param(spreekuur)
				.update();
			this.jdbc.sql("delete from spreekuur_sessie where spreekuur_id = ?").param(spreekuur).update();
			this.jdbc.sql("delete from spreekuur where id = ?").param(spreekuur).update();
		}
	}

}
