package nl.wijkdossier.casus;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Intakes of residents no other test knows (unique names, birth dates and house numbers,
 * valid BSNs), made through the real form, so tests change only their own cases and never
 * the demo data.
 */
final class CasusFixture {

	/** A PC4 of Wijkteam Stad Centrum, the team of the demo wijkwerker (1311–1315). */
	static final String POSTCODE_EIGEN_TEAM = "1312 AB";

	/** A PC4 of Wijkteam Haven, in another cluster (1331–1335): wijkwerker2's team. */
	static final String POSTCODE_ANDER_CLUSTER = "1333 CD";

	private static final AtomicInteger TELLER = new AtomicInteger();

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	CasusFixture(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
	}

	RequestPostProcessor als(String gebruikersnaam) {
		return user(this.gebruikers.loadUserByUsername(gebruikersnaam));
	}

	/**
	 * A complete, valid intake form for a new, unique resident of the wijkwerker's team.
	 */
	static MockHttpServletRequestBuilder intake() {
		int n = TELLER.incrementAndGet();
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate geboren = LocalDate.of(1930 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28));
		return post("/aanmeldingen").param("bsn", geldigBsn())
			.param("voornaam", "Testa")
			.param("achternaam", "Uniek" + letters(n) + letters(random.nextInt(1_000_000)))
			.param("geboortedatum", geboren.toString())
			.param("postcode", POSTCODE_EIGEN_TEAM)
			.param("huisnummer", String.valueOf(1 + random.nextInt(9000)))
			.param("straat", "Teststraat")
			.param("woonplaats", "Polderstad")
			.param("telefoon", "036 123 4567")
			.param("kanaal", "TELEFOON")
			.param("aanmelder", "Dochter")
			.param("hulpvraag", "Schulden lopen op, post blijft ongeopend.")
			.param("domeinen", "FINANCIEN", "SOCIAAL_NETWERK")
			.param("urgentie", "NORMAAL")
			.with(csrf());
	}

	/**
	 * The request with one parameter's value replaced (a second value would be bound as
	 * "a,b").
	 */
	static MockHttpServletRequestBuilder met(MockHttpServletRequestBuilder verzoek, String veld, String waarde) {
		return verzoek.with((request) -> {
			request.removeParameter(veld);
			request.addParameter(veld, waarde);
			return request;
		});
	}

	/** Registers an intake as this user and returns the new case's id. */
	long meld(String gebruikersnaam, MockHttpServletRequestBuilder intake) throws Exception {
		MvcResult result = this.mvc.perform(intake.with(als(gebruikersnaam)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection())
			.andReturn();
		String url = result.getResponse().getRedirectedUrl();
		if (url == null || !url.startsWith("/casussen/")) {
			throw new IllegalStateException("Geen casus aangemaakt: " + url);
		}
		return Long.parseLong(url.substring("/casussen/".length()));
	}

	long meld(MockHttpServletRequestBuilder intake) throws Exception {
		return meld(nl.wijkdossier.test.Demo.WIJKWERKER, intake);
	}

	Map<String, Object> casus(long id) {
		return this.jdbc.sql("select * from casus where id = ?").param(id).query().singleRow();
	}

	long version(long id) {
		return this.jdbc.sql("select version from casus where id = ?").param(id).query(Long.class).single();
	}

	String status(long id) {
		return this.jdbc.sql("select status from casus where id = ?").param(id).query(String.class).single();
	}

	int aantal(String tabel) {
		return this.jdbc.sql("select count(*) from " + tabel).query(Integer.class).single();
	}

	int toegangslog(long casusId, String gebeurtenis, String resultaat, String gebruikersnaam) {
		return this.jdbc.sql(
				"select count(*) from toegangslog where casus_id = ? and gebeurtenis = ? and resultaat = ? and gebruikersnaam = ?")
			.params(casusId, gebeurtenis, resultaat, gebruikersnaam)
			.query(Integer.class)
			.single();
	}

	int tijdlijn(long casusId, String soort) {
		return this.jdbc.sql("select count(*) from casus_gebeurtenis where casus_id = ? and soort = ?")
			.params(casusId, soort)
			.query(Integer.class)
			.single();
	}

	long teamVoorPostcode(String postcode) {
		return this.jdbc.sql("select team_id from werkgebied_postcode where pc4 = ?")
			.param(postcode.substring(0, 4))
			.query(Long.class)
			.single();
	}

	long medewerkerId(String gebruikersnaam) {
		return this.jdbc
			.sql("select m.id from medewerker m join gebruiker g on g.id = m.gebruiker_id where g.gebruikersnaam = ?")
			.param(gebruikersnaam)
			.query(Long.class)
			.single();
	}

	long teamVan(String gebruikersnaam) {
		return this.jdbc.sql(
				"select m.team_id from medewerker m join gebruiker g on g.id = m.gebruiker_id where g.gebruikersnaam = ?")
			.param(gebruikersnaam)
			.query(Long.class)
			.single();
	}

	/** An active wijkwerker of the team who is not the demo wijkwerker. */
	long collegaIn(long teamId, String behalve) {
		return this.jdbc.sql("""
				select m.id from medewerker m join gebruiker g on g.id = m.gebruiker_id
				where m.team_id = ? and m.actief and g.gebruikersnaam <> ? order by m.id limit 1
				""").params(teamId, behalve).query(Long.class).single();
	}

	/**
	 * A nine-digit number that passes the 11-proef, random enough never to repeat in a
	 * test run.
	 */
	static String geldigBsn() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (true) {
			int[] d = new int[9];
			d[0] = 1 + random.nextInt(9);
			int som = 9 * d[0];
			for (int i = 1; i < 8; i++) {
				d[i] = random.nextInt(10);
				som += (9 - i) * d[i];
			}
			int laatste = som % 11;
			if (laatste < 10) {
				d[8] = laatste;
				StringBuilder bsn = new StringBuilder();
				for (int c : d) {
					bsn.append(c);
				}
				return bsn.toString();
			}
		}
	}

	/** A number as letters (names have no digits): 12 → "bc". */
	static String letters(int getal) {
		StringBuilder tekst = new StringBuilder();
		String cijfers = String.valueOf(getal);
		for (char c : cijfers.toCharArray()) {
			tekst.append((char) ('a' + (c - '0')));
		}
		return tekst.toString();
	}

}
