package nl.wijkdossier.shared;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkdossier.test.Browserloos;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What travels over real HTTP through the servlet container: Dutch error pages, sessions,
 * health probes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HttpTests {

	@LocalServerPort
	int poort;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void forbiddenPageIsDutchInsideTheLayout() {
		Browserloos browser = new Browserloos(this.poort);
		browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		HttpResponse<String> antwoord = browser.get("/beheer/partners");
		assertThat(antwoord.statusCode()).isEqualTo(403);
		assertThat(antwoord.body()).contains("<html lang=\"nl\"", "Geen toegang", "Uitloggen");
		assertThat(antwoord.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void notFoundPageIsDutch() {
		Browserloos browser = new Browserloos(this.poort);
		browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		HttpResponse<String> antwoord = browser.get("/bestaat-niet");
		assertThat(antwoord.statusCode()).isEqualTo(404);
		assertThat(antwoord.body()).contains("Niet gevonden", "Naar de startpagina").doesNotContain("Whitelabel");
	}

	@Test
	void loginGivesANewSessionIdAgainstFixation() {
		Browserloos browser = new Browserloos(this.poort);
		browser.get("/login");
		String voor = browser.sessieId();
		HttpResponse<String> login = browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
		assertThat(voor).isNotNull();
		assertThat(browser.sessieId()).isNotNull().isNotEqualTo(voor);
	}

	@Test
	void sessionCookieIsHttpOnlyAndSameSite() {
		Browserloos browser = new Browserloos(this.poort);
		HttpResponse<String> login = browser.get("/login");
		assertThat(login.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).contains("JSESSIONID", "HttpOnly", "SameSite=Lax"));
	}

	@Test
	void staticAssetsAreCacheableAndServedWithoutLogin() {
		HttpResponse<String> css = new Browserloos(this.poort).get("/webjars/bootstrap/css/bootstrap.min.css");
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cc) -> assertThat(cc).contains("max-age").doesNotContain("no-store"));
		assertThat(new Browserloos(this.poort).get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
	}

	@Test
	void deactivatingAnAccountEndsItsOpenSessionAtOnce() {
		String naam = "sessie-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		String hash = this.jdbc.sql("select wachtwoord_hash from gebruiker where gebruikersnaam = 'gemeente'")
			.query(String.class)
			.single();
		this.jdbc.sql(
				"insert into gebruiker (gebruikersnaam, wachtwoord_hash, rol, weergavenaam) values (?, ?, 'GEMEENTE', ?)")
			.params(naam, hash, naam)
			.update();
		Browserloos browser = new Browserloos(this.poort);
		browser.logIn(naam, Demo.WACHTWOORD);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		this.jdbc.sql("update gebruiker set actief = false where gebruikersnaam = ?").param(naam).update();
		HttpResponse<String> daarna = browser.get("/");
		assertThat(daarna.statusCode()).isEqualTo(302);
		assertThat(daarna.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).contains("/login?verlopen"));
		assertThat(browser.get("/").statusCode()).as("de sessie is weg").isEqualTo(302);
	}

	@Test
	void aRoleChangeEndsTheOpenSession() {
		String naam = "rol-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		String hash = this.jdbc.sql("select wachtwoord_hash from gebruiker where gebruikersnaam = 'gemeente'")
			.query(String.class)
			.single();
		this.jdbc.sql(
				"insert into gebruiker (gebruikersnaam, wachtwoord_hash, rol, weergavenaam) values (?, ?, 'PRIVACY', ?)")
			.params(naam, hash, naam)
			.update();
		Browserloos browser = new Browserloos(this.poort);
		browser.logIn(naam, Demo.WACHTWOORD);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		this.jdbc.sql("update gebruiker set rol = 'GEMEENTE' where gebruikersnaam = ?").param(naam).update();
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void healthProbesArePublicAndUp() {
		Browserloos browser = new Browserloos(this.poort);
		assertThat(browser.get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
		assertThat(browser.get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
	}

}
