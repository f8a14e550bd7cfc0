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

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
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

	private static final List<String> DEMO_CLUSTERS = List.of("Cluster Stad", "Cluster Haven en Poort",
			"Cluster Buiten en Hout");

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final CasusFixtures fixtures;

	@Autowired
	DashboardPrivacyTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
	}

	@Test
	void noDashboardPageOrExportShowsAResidentOrACase() throws Exception {
		CasusFixtures.NieuwTeam klein = this.fixtures.nieuwTeam();
		for (int i = 0; i < 3; i++) {
			this.fixtures.casus(this.fixtures.inwoner().id(), klein.teamId()).dagenGeleden(3 * i).opslaan();
		}
		Verboden verboden = new Verboden(verbodenTeksten());
		assertThat(verboden.aantal()).as("the demo residents").isGreaterThan(400);
		List<String> paden = new ArrayList<>();
		paden.add("/dashboard");
		this.jdbc.sql("select id from cluster where naam in (:demo) order by id")
			.param("demo", DEMO_CLUSTERS)
			.query(Long.class)
			.list()
			.forEach((id) -> paden.add("/dashboard/clusters/" + id));
		List<Long> teams = teams();
		assertThat(teams).as("the demo teams and a few small fixture teams, this test's own among them")
			.hasSizeGreaterThan(11);
		teams.forEach((id) -> paden.add("/dashboard/teams/" + id));
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
		assertThat(verzoeken).as("pages and exports fetched").isGreaterThan(100);
	}

	private static void controleer(String wat, String inhoud, Verboden verboden) {
		assertThat(inhoud).as(wat).doesNotContain("/casussen/");
		verboden.eerste(inhoud).ifPresent((tekst) -> {
			throw new AssertionError(wat + " shows resident data: " + tekst);
		});
	}

	/**
	 * The demo clusters' teams (the demo residents' cases are there) and the three
	 * smallest teams other tests made, whose counts are all small — the cases the
	 * suppression exists for. Every other fixture team is alike; visiting them all only
	 * made this test slow.
	 */
	private List<Long> teams() {
		List<Long> teams = new ArrayList<>(this.jdbc.sql("""
				select t.id from wijkteam t join cluster c on c.id = t.cluster_id
				where c.naam in (:demo) order by t.id
				""").param("demo", DEMO_CLUSTERS).query(Long.class).list());
		teams.addAll(this.jdbc.sql("""
				select t.id from wijkteam t join cluster c on c.id = t.cluster_id
				where c.naam not in (:demo) and exists (select 1 from casus k where k.team_id = t.id)
				order by (select count(*) from casus k where k.team_id = t.id), t.id limit 3
				""").param("demo", DEMO_CLUSTERS).query(Long.class).list());
		return teams;
	}

	/**
	 * The forbidden texts, found in one pass: every one of them starts with a letter or
	 * digit, so only the places where a word starts need a look-up per length — instead
	 * of searching the whole page once for each of the ~2,500 texts.
	 */
	private static final class Verboden {

		private final java.util.Set<String> teksten;

		private final int[] lengtes;

		Verboden(List<String> teksten) {
			this.teksten = new java.util.HashSet<>(teksten);
			this.lengtes = teksten.stream().mapToInt(String::length).distinct().sorted().toArray();
			assertThat(teksten).allMatch((t) -> Character.isLetterOrDigit(t.charAt(0)));
		}

		int aantal() {
			return this.teksten.size();
		}

		java.util.Optional<String> eerste(String inhoud) {
			for (int i = 0; i < inhoud.length(); i++) {
				if (!Character.isLetterOrDigit(inhoud.charAt(i))) {
					continue;
				}
				for (int lengte : this.lengtes) {
					if (i + lengte > inhoud.length()) {
						break;
					}
					String stuk = inhoud.substring(i, i + lengte);
					if (this.teksten.contains(stuk)) {
						return java.util.Optional.of(stuk);
					}
				}
			}
			return java.util.Optional.empty();
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
		assertThat(ids).contains("aanmeldingen", "afgesloten", "lopend", "wachtlijst", "wmo-termijnen", "trend",
				"zrm-verandering", "spreekuur-onderwerpen", "spreekuur-resultaten", "caseload", "verwijzingen",
				"verwijzingen-informeel", "sst-escalaties", "maatwerkbudget");
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
