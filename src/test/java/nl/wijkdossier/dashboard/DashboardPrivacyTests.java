package nl.wijkdossier.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No person reaches the gemeente: every dashboard (the city, each cluster, each team) for
 * every kind of period, and every CSV export of each, is free of the residents' names,
 * birth dates, postcode with huisnummer and BSN, and of links to cases.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardPrivacyTests {

	private static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	@Autowired
	DashboardPrivacyTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
	}

	@Test
	void noDashboardPageOrExportShowsAResidentOrACase() throws Exception {
		List<String> verboden = verbodenTeksten();
		assertThat(verboden).as("the demo residents").hasSizeGreaterThan(400);
		List<String> paden = new ArrayList<>();
		paden.add("/dashboard");
		this.jdbc.sql("select id from cluster order by id")
			.query(Long.class)
			.list()
			.forEach((id) -> paden.add("/dashboard/clusters/" + id));
		this.jdbc.sql("select id from wijkteam order by id")
			.query(Long.class)
			.list()
			.forEach((id) -> paden.add("/dashboard/teams/" + id));
		LocalDate vandaag = LocalDate.now(ClockConfiguration.ZONE);
		String[][] periodes = { {}, { "periode", "MAAND" }, { "periode", "KWARTAAL" }, { "periode", "JAAR" },
				{ "periode", "ANDERS", "van", vandaag.minusYears(2).toString(), "tot", vandaag.toString() } };
		RequestPostProcessor gemeente = user(this.gebruikers.loadUserByUsername(Demo.GEMEENTE));
		int verzoeken = 0;
		for (String pad : paden) {
			for (String[] periode : periodes) {
				boolean alleExports = periode.length == 0 || "ANDERS".equals(periode[1]) || pad.equals("/dashboard");
				var verzoek = get(pad).with(gemeente);
				for (int i = 0; i < periode.length; i += 2) {
					verzoek.param(periode[i], periode[i + 1]);
				}
				String html = this.mvc.perform(verzoek)
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8);
				controleer(pad, html, verboden);
				verzoeken++;
				if (!alleExports) {
					continue;
				}
				for (String figuur : figuren(html)) {
					var export = get(pad).param("export", figuur).with(gemeente);
					for (int i = 0; i < periode.length; i += 2) {
						export.param(periode[i], periode[i + 1]);
					}
					String csv = this.mvc.perform(export)
						.andExpect(status().isOk())
						.andReturn()
						.getResponse()
						.getContentAsString(StandardCharsets.UTF_8);
					controleer(pad + " " + figuur, csv, verboden);
					verzoeken++;
				}
			}
		}
		assertThat(verzoeken).as("pages and exports fetched").isGreaterThan(200);
	}

	private static void controleer(String wat, String inhoud, List<String> verboden) {
		assertThat(inhoud).as(wat).doesNotContain("/casussen/");
		for (String tekst : verboden) {
			if (inhoud.contains(tekst)) {
				throw new AssertionError(wat + " shows resident data: " + tekst);
			}
		}
	}

	/** The figure ids from the page's export links. */
	private static List<String> figuren(String html) {
		List<String> ids = new ArrayList<>();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("export=([a-z0-9-]+)").matcher(html);
		while (m.find()) {
			if (!ids.contains(m.group(1))) {
				ids.add(m.group(1));
			}
		}
		assertThat(ids).contains("aanmeldingen", "afgesloten", "lopend", "wachtlijst", "wmo-termijnen", "trend");
		return ids;
	}

	/**
	 * Every resident's full name, BSN, postcode with huisnummer (with and without space)
	 * and birth date (as shown in Dutch and as ISO) — birth dates since 2020 left out, as
	 * they could equal a period's dates on the page.
	 */
	private List<String> verbodenTeksten() {
		List<String> teksten = new ArrayList<>();
		this.jdbc.sql("select voornaam, achternaam, bsn, postcode, huisnummer, geboortedatum from inwoner")
			.query((rs) -> {
				teksten.add(rs.getString("voornaam") + " " + rs.getString("achternaam"));
				if (rs.getString("bsn") != null) {
					teksten.add(rs.getString("bsn"));
				}
				String postcode = rs.getString("postcode");
				teksten.add(postcode + " " + rs.getInt("huisnummer"));
				teksten.add(postcode.replace(" ", "") + " " + rs.getInt("huisnummer"));
				LocalDate geboren = rs.getObject("geboortedatum", LocalDate.class);
				if (geboren.getYear() < 2020) {
					teksten.add(geboren.format(NL));
					teksten.add(geboren.toString());
				}
			});
		return teksten;
	}

}
