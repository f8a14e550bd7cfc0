package nl.wijkdossier.account;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may do what, and how login behaves: the security contract of every page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityTests {

	/**
	 * Each throttling test logs in from its own address, so tests do not block each
	 * other.
	 */
	private static final AtomicInteger ADRES = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService gebruikers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anonymousVisitorIsSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/beheer/partners")).andExpect(redirectedUrl("/login"));
	}

	/**
	 * An htmx request (an autosave) after the session ended must not receive the login
	 * page to swap into the form: it gets a bare 401, so the page can offer to log in
	 * again and keep what was typed. Without the header nothing changes.
	 */
	@Test
	void anHtmxRequestWithoutSessionGets401InsteadOfTheLoginPage() throws Exception {
		this.mvc.perform(get("/zoeken").header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().string(""));
		this.mvc.perform(post("/casussen/1/gesprekken/concept").header("HX-Request", "true").with(csrf()))
			.andExpect(status().isUnauthorized());
		// the session (and with it the CSRF token) is gone: also 401, not 403
		this.mvc.perform(post("/casussen/1/gesprekken/concept").header("HX-Request", "true"))
			.andExpect(status().isUnauthorized());
		// a logged-in htmx request without a CSRF token is refused as well
		this.mvc.perform(post("/casussen/1/gesprekken/concept").header("HX-Request", "true").with(als(Demo.WIJKWERKER)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/zoeken")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aForbiddenHtmxRequestIsStill403() throws Exception {
		this.mvc.perform(get("/beheer/partners").header("HX-Request", "true").with(als(Demo.WIJKWERKER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void loginPageIsDutchAndCarriesTheStandardFields() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"nl\"")))
			.andExpect(content().string(containsString("Gebruikersnaam")))
			.andExpect(content().string(containsString("name=\"username\"")))
			.andExpect(content().string(containsString("name=\"password\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { Demo.WIJKWERKER, Demo.WIJKWERKER2, Demo.MANAGER, Demo.GEMEENTE, Demo.BEHEER, Demo.PRIVACY })
	void everyDemoAccountLogsInAndSeesItsHome(String gebruikersnaam) throws Exception {
		MvcResult login = this.mvc.perform(inlog(gebruikersnaam, Demo.WACHTWOORD, nieuwAdres()))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		jakarta.servlet.http.Cookie sessie = login.getResponse().getCookie("JSESSIONID");
		assertThat(sessie).as("the session cookie (the session itself lives in PostgreSQL)").isNotNull();
		assertThat(sessie.isHttpOnly()).isTrue();
		assertThat(sessie.getAttribute("SameSite")).isEqualTo("Lax");
		this.mvc.perform(get("/").cookie(sessie))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Welkom")));
	}

	@ParameterizedTest
	@CsvSource({ "wijkwerker, home/wijkwerker, Mijn team", "manager, home/manager, Mijn teams",
			"gemeente, home/gemeente, geaggregeerde cijfers", "beheer, home/beheer, actieve wijkteams",
			"privacy, home/privacy, Actieve accounts per rol" })
	void eachRoleHasItsOwnHome(String gebruikersnaam, String view, String tekst) throws Exception {
		this.mvc.perform(get("/").with(als(gebruikersnaam)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.view().name(view))
			.andExpect(content().string(containsString(tekst)));
	}

	@ParameterizedTest
	@ValueSource(strings = { Demo.WIJKWERKER, Demo.MANAGER, Demo.GEMEENTE, Demo.PRIVACY })
	void onlyBeheerManagesTheOrganisation(String gebruikersnaam) throws Exception {
		this.mvc.perform(get("/beheer/partners").with(als(gebruikersnaam))).andExpect(status().isForbidden());
	}

	@Test
	void gemeenteSeesNoPersonOnItsHome() throws Exception {
		String pagina = this.mvc.perform(get("/").with(als(Demo.GEMEENTE)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String medewerker = this.jdbc.sql("select achternaam from medewerker order by id limit 1")
			.query(String.class)
			.single();
		assertThat(pagina).contains("Cluster Stad").doesNotContain(medewerker);
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/logout").with(als(Demo.WIJKWERKER))).andExpect(status().isForbidden());
		this.mvc.perform(post("/login").param("username", Demo.WIJKWERKER).param("password", Demo.WACHTWOORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void logoutIsNoGetRequest() throws Exception {
		this.mvc.perform(get("/logout").with(als(Demo.WIJKWERKER))).andExpect(status().isNotFound());
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		this.mvc.perform(post("/logout").with(als(Demo.WIJKWERKER)).with(csrf()))
			.andExpect(redirectedUrl("/login?uitgelogd"));
	}

	@Test
	void wrongPasswordAndUnknownAccountGetTheSameAnswer() throws Exception {
		String adres = nieuwAdres();
		this.mvc.perform(inlog(Demo.WIJKWERKER, "verkeerd-wachtwoord", adres)).andExpect(redirectedUrl("/login?fout"));
		this.mvc.perform(inlog("bestaat-niet-" + UUID.randomUUID(), "verkeerd-wachtwoord", adres))
			.andExpect(redirectedUrl("/login?fout"));
		this.mvc.perform(get("/login").param("fout", ""))
			.andExpect(content().string(containsString("Gebruikersnaam of wachtwoord onjuist.")))
			.andExpect(content().string(containsString("aria-describedby=\"login-fout\"")));
	}

	@Test
	void afterFiveFailuresAnAccountMustWaitEvenWithTheRightPassword() throws Exception {
		String account = nieuwAccount();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(inlog(account, "fout-wachtwoord-" + i, nieuwAdres()))
				.andExpect(redirectedUrl("/login?fout"));
		}
		this.mvc.perform(inlog(account, Demo.WACHTWOORD, nieuwAdres())).andExpect(redirectedUrl("/login?wacht"));
		this.mvc.perform(get("/login").param("wacht", ""))
			.andExpect(content().string(containsString("Te veel mislukte pogingen")));
	}

	@Test
	void throttlingAnUnknownAccountLooksTheSameAsAKnownOne() throws Exception {
		String onbekend = "onbekend-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(inlog(onbekend, "x-wachtwoord-" + i, nieuwAdres()))
				.andExpect(redirectedUrl("/login?fout"));
		}
		this.mvc.perform(inlog(onbekend, "x-wachtwoord", nieuwAdres())).andExpect(redirectedUrl("/login?wacht"));
	}

	@Test
	void anAddressWithManyFailuresMustWaitForEveryAccount() throws Exception {
		String adres = nieuwAdres();
		for (int i = 0; i < 20; i++) {
			this.mvc.perform(inlog("gok-" + i, "fout-wachtwoord", adres)).andExpect(redirectedUrl("/login?fout"));
		}
		this.mvc.perform(inlog(Demo.WIJKWERKER, Demo.WACHTWOORD, adres)).andExpect(redirectedUrl("/login?wacht"));
		this.mvc.perform(inlog(Demo.WIJKWERKER, Demo.WACHTWOORD, nieuwAdres())).andExpect(redirectedUrl("/"));
	}

	@Test
	void aGoodLoginClearsTheAccountsFailures() throws Exception {
		String account = nieuwAccount();
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(inlog(account, "fout-wachtwoord-" + i, nieuwAdres()));
		}
		this.mvc.perform(inlog(account, Demo.WACHTWOORD, nieuwAdres())).andExpect(redirectedUrl("/"));
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(inlog(account, "fout-wachtwoord-" + i, nieuwAdres()))
				.andExpect(redirectedUrl("/login?fout"));
		}
		this.mvc.perform(inlog(account, Demo.WACHTWOORD, nieuwAdres())).andExpect(redirectedUrl("/"));
	}

	@Test
	void deactivatedAccountCannotLogIn() throws Exception {
		String account = nieuwAccount();
		this.jdbc.sql("update gebruiker set actief = false where gebruikersnaam = ?").param(account).update();
		this.mvc.perform(inlog(account, Demo.WACHTWOORD, nieuwAdres())).andExpect(redirectedUrl("/login?fout"));
	}

	@Test
	void passwordsAreStoredAsArgon2idHashes() {
		String hash = this.jdbc.sql("select wachtwoord_hash from gebruiker where gebruikersnaam = 'wijkwerker'")
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(Demo.WACHTWOORD);
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/").with(als(Demo.WIJKWERKER)))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("style-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("Cache-Control", containsString("no-store")));
		this.mvc.perform(get("/login")).andExpect(header().exists("Content-Security-Policy"));
	}

	@Test
	void unknownPageGivesTheDutch404() throws Exception {
		this.mvc.perform(get("/bestaat-niet").with(als(Demo.WIJKWERKER))).andExpect(status().isNotFound());
	}

	private RequestPostProcessor als(String gebruikersnaam) {
		return user(this.gebruikers.loadUserByUsername(gebruikersnaam));
	}

	private static MockHttpServletRequestBuilder inlog(String gebruikersnaam, String wachtwoord, String adres) {
		return post("/login").param("username", gebruikersnaam)
			.param("password", wachtwoord)
			.with(csrf())
			.with((MockHttpServletRequest request) -> {
				request.setRemoteAddr(adres);
				return request;
			});
	}

	private static String nieuwAdres() {
		return "10.9." + (ADRES.get() / 250) + "." + (ADRES.getAndIncrement() % 250 + 1);
	}

	/**
	 * A fresh account with the demo password, so throttling one does not disturb other
	 * tests.
	 */
	private String nieuwAccount() {
		String naam = "test-" + UUID.randomUUID().toString().substring(0, 8);
		String hash = this.jdbc.sql("select wachtwoord_hash from gebruiker where gebruikersnaam = 'wijkwerker'")
			.query(String.class)
			.single();
		this.jdbc.sql("insert into gebruiker (gebruikersnaam, wachtwoord_hash, rol, weergavenaam) values (?, ?, ?, ?)")
			.params(naam, hash, "WIJKWERKER", "Test " + naam)
			.update();
		return naam;
	}

}
