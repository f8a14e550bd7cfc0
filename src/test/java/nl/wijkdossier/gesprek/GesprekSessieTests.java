package nl.wijkdossier.gesprek;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft outlives its session, over real HTTP: typed and autosaved in one session, it is
 * there in a new session and after a forced logout; an autosave without a session is
 * answered 401 (so the page keeps the text and offers to log in) and stores nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GesprekSessieTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern CONCEPT_ID = Pattern.compile("id=\"conceptId\" name=\"conceptId\" value=\"(\\d+)\"");

	@LocalServerPort
	int poort;

	private final GesprekFixture fixture;

	@Autowired
	GesprekSessieTests(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer, UserDetailsService gebruikers) {
		this.fixture = new GesprekFixture(jdbc, inwoners, beheer, gebruikers);
	}

	@Test
	void aDraftTypedInOneSessionIsThereInANewSessionAndAfterAForcedLogout() {
		long casusId = this.fixture.casus();
		String formulier = "/casussen/" + casusId + "/gesprekken/nieuw";
		Sessie eerste = new Sessie(this.poort);
		eerste.logIn(Demo.WIJKWERKER);
		String pagina = eerste.get(formulier).body();
		HttpResponse<String> opgeslagen = eerste.htmxPost("/casussen/" + casusId + "/gesprekken/concept", csrf(pagina),
				velden("Zij vertelde over haar zoon in Groningen en de rekeningen die blijven liggen."));
		assertThat(opgeslagen.statusCode()).as(opgeslagen.body()).isEqualTo(200);
		assertThat(opgeslagen.body()).contains("Concept opgeslagen om");
		long conceptId = conceptId(opgeslagen.body());

		Sessie tweede = new Sessie(this.poort);
		tweede.logIn(Demo.WIJKWERKER);
		assertThat(tweede.sessieId()).isNotEqualTo(eerste.sessieId());
		HttpResponse<String> verder = tweede.get(formulier + "?concept=" + conceptId);
		assertThat(verder.statusCode()).isEqualTo(200);
		assertThat(verder.body()).contains("de rekeningen die blijven liggen.</textarea>");

		eerste.post("/logout", csrf(pagina), Map.of());
		assertThat(eerste.get(formulier).statusCode()).as("uitgelogd").isEqualTo(302);
		eerste.logIn(Demo.WIJKWERKER);
		assertThat(eerste.get("/casussen/" + casusId).body()).contains(formulier + "?concept=" + conceptId);
		assertThat(eerste.get(formulier).body()).contains("Verder met concept van");
	}

	@Test
	void anAutosaveWithoutASessionIs401AndStoresNothing() {
		long casusId = this.fixture.casus();
		Sessie sessie = new Sessie(this.poort);
		sessie.logIn(Demo.WIJKWERKER);
		String pagina = sessie.get("/casussen/" + casusId + "/gesprekken/nieuw").body();
		String token = csrf(pagina);
		sessie.post("/logout", token, Map.of());

		HttpResponse<String> verlopen = sessie.htmxPost("/casussen/" + casusId + "/gesprekken/concept", token,
				velden("Tekst die niet verloren mag gaan"));
		assertThat(verlopen.statusCode()).isEqualTo(401);
		assertThat(verlopen.body()).doesNotContain("<form");

		Sessie zonder = new Sessie(this.poort);
		HttpResponse<String> anoniem = zonder.htmxPost("/casussen/" + casusId + "/gesprekken/concept", "geen",
				velden("Tekst van niemand"));
		assertThat(anoniem.statusCode()).isEqualTo(401);
		assertThat(this.fixture.concepten(casusId)).isZero();
	}

	private static Map<String, String> velden(String verslag) {
		Map<String, String> velden = new LinkedHashMap<>();
		velden.put("datum", GesprekFixture.vandaag().toString());
		velden.put("locatie", "THUIS");
		velden.put("deelnemers", "INWONER");
		velden.put("verslag", verslag);
		velden.put("conceptId", "");
		velden.put("conceptVersion", "");
		return velden;
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("CSRF-token op de pagina").isTrue();
		return matcher.group(1);
	}

	private static long conceptId(String html) {
		Matcher matcher = CONCEPT_ID.matcher(html);
		assertThat(matcher.find()).as(html).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	/** One browser session: its own cookies, no redirects followed. */
	private static final class Sessie {

		private final String basis;

		private final CookieManager cookies = new CookieManager();

		private final HttpClient client;

		Sessie(int poort) {
			this.basis = "http://localhost:" + poort;
			this.client = HttpClient.newBuilder()
				.cookieHandler(this.cookies)
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
		}

		void logIn(String gebruikersnaam) {
			String token = csrf(get("/login").body());
			HttpResponse<String> antwoord = post("/login", token,
					Map.of("username", gebruikersnaam, "password", Demo.WACHTWOORD));
			assertThat(antwoord.headers().firstValue("Location").orElse("")).doesNotContain("/login");
		}

		HttpResponse<String> get(String pad) {
			return stuur(
					HttpRequest.newBuilder(URI.create(this.basis + pad)).header("Accept", "text/html").GET().build());
		}

		HttpResponse<String> post(String pad, String token, Map<String, String> velden) {
			return stuur(formulier(pad, token, velden).build());
		}

		HttpResponse<String> htmxPost(String pad, String token, Map<String, String> velden) {
			return stuur(formulier(pad, token, velden).header("HX-Request", "true").build());
		}

		String sessieId() {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((c) -> c.getName().equals("JSESSIONID"))
				.map(java.net.HttpCookie::getValue)
				.findFirst()
				.orElse(null);
		}

		private HttpRequest.Builder formulier(String pad, String token, Map<String, String> velden) {
			StringBuilder body = new StringBuilder("_csrf=" + enc(token));
			velden.forEach((naam, waarde) -> body.append('&').append(enc(naam)).append('=').append(enc(waarde)));
			return HttpRequest.newBuilder(URI.create(this.basis + pad))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
		}

		private HttpResponse<String> stuur(HttpRequest request) {
			try {
				return this.client.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		private static String enc(String waarde) {
			return URLEncoder.encode(waarde, StandardCharsets.UTF_8);
		}

	}

}
