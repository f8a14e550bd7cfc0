package nl.wijkdossier.audit;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The privacy officer answers "who looked at my file?": the log of a case or of a
 * resident with all her cases, in order of time, on screen and as CSV — and reading it is
 * itself logged. Nobody else may read it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ToegangslogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService gebruikers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void privacyOfficerSeesWhoOpenedACaseIncludingADenialInOrderOfTime() throws Exception {
		long casus = vrijCasusnummer();
		rij("2026-01-15 09:30:00+00", Demo.WIJKWERKER2, "CASUS_BEKEKEN", null, casus, "DENIED");
		rij("2026-01-14 08:05:07+00", Demo.WIJKWERKER, "CASUS_BEKEKEN", null, casus, "OK");
		rij("2026-01-14 08:06:00+00", Demo.MANAGER, "CASUS_BEKEKEN", null, casus + 1, "OK");

		String pagina = this.mvc
			.perform(get("/toegangslog").param("casus", String.valueOf(casus)).with(als(Demo.PRIVACY)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		// 08:05:07 UTC is 09:05:07 in Amsterdam (winter time)
		assertThat(pagina).contains("14-01-2026 09:05:07", "15-01-2026 10:30:00", "Casus bekeken", "Geweigerd",
				"Toegestaan", ">" + Demo.WIJKWERKER2 + "<", "2 regels");
		assertThat(pagina.indexOf("14-01-2026 09:05:07")).isLessThan(pagina.indexOf("15-01-2026 10:30:00"));
		assertThat(pagina).doesNotContain("14-01-2026 09:06:00", "??");
	}

	@Test
	void viewingTheLogIsItselfLogged() throws Exception {
		long casus = vrijCasusnummer();
		this.mvc.perform(get("/toegangslog").param("casus", String.valueOf(casus)).with(als(Demo.PRIVACY)))
			.andExpect(status().isOk());
		assertThat(logRijen("TOEGANGSLOG_BEKEKEN", casus)).isEqualTo(1);
	}

	@Test
	void theLogOfAResidentHoldsHerOwnRowsAndThoseOfHerCases() throws Exception {
		long inwoner = inwoner();
		long haarCasus = casus(inwoner);
		long andereCasus = casus(inwoner());
		rij("2026-02-01 10:00:00+00", Demo.WIJKWERKER, "INWONER_BEKEKEN", inwoner, null, "OK");
		rij("2026-02-02 10:00:00+00", Demo.WIJKWERKER2, "CASUS_BEKEKEN", null, haarCasus, "DENIED");
		rij("2026-02-03 10:00:00+00", Demo.MANAGER, "CASUS_BEKEKEN", null, andereCasus, "OK");

		String pagina = this.mvc
			.perform(get("/toegangslog").param("inwoner", String.valueOf(inwoner)).with(als(Demo.PRIVACY)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(pagina).contains("01-02-2026 11:00:00", "02-02-2026 11:00:00", "Inwoner bekeken", "Geweigerd")
			.doesNotContain("03-02-2026 11:00:00");
	}

	@Test
	void csvExportHasAHeaderAndTheRowsSeparatedBySemicolonsAndIsLogged() throws Exception {
		long casus = vrijCasusnummer();
		rij("2026-03-10 12:00:00+00", Demo.WIJKWERKER, "CASUS_BEKEKEN", null, casus, "OK");
		rij("2026-03-11 12:00:00+00", Demo.WIJKWERKER2, "CASUS_BEKEKEN", null, casus, "DENIED");

		var antwoord = this.mvc
			.perform(get("/toegangslog/export").param("casus", String.valueOf(casus)).with(als(Demo.PRIVACY)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		String csv = antwoord.getContentAsString(StandardCharsets.UTF_8);
		String[] regels = csv.replace("\uFEFF", "").split("\r\n");

		assertThat(antwoord.getContentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
		assertThat(antwoord.getHeader("Content-Disposition")).contains("attachment", "toegangslog-casus-" + casus);
		assertThat(regels[0])
			.isEqualTo("Tijdstip;Gebruiker;Naam;Rol;Namens;Actie;Gebeurtenis;Inwoner;Casus;Resultaat;IP-adres");
		assertThat(regels).hasSize(3);
		assertThat(regels[1]).startsWith("10-03-2026 13:00:00;wijkwerker;")
			.contains(";Wijkwerker;", ";Lezen;Casus bekeken;;" + casus + ";Toegestaan;");
		assertThat(regels[2]).startsWith("11-03-2026 13:00:00;wijkwerker2;").contains(";Geweigerd;");
		assertThat(logRijen("TOEGANGSLOG_GEEXPORTEERD", casus)).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { Demo.WIJKWERKER, Demo.MANAGER, Demo.GEMEENTE, Demo.BEHEER })
	void nobodyButThePrivacyOfficerReadsTheLog(String gebruiker) throws Exception {
		this.mvc.perform(get("/toegangslog").param("casus", "1").with(als(gebruiker)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/toegangslog/export").param("casus", "1").with(als(gebruiker)))
			.andExpect(status().isForbidden());
	}

	@Test
	void privacyHomeOffersTheLookup() throws Exception {
		String pagina = this.mvc.perform(get("/").with(als(Demo.PRIVACY)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(pagina).contains("action=\"/toegangslog\"", "name=\"casus\"", "name=\"inwoner\"");
	}

	@Test
	void csvCellsCannotStartAFormulaAndAreQuotedWhereNeeded() {
		assertThat(ToegangslogController.csv("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(ToegangslogController.csv("Jansen; Piet")).isEqualTo("\"Jansen; Piet\"");
		assertThat(ToegangslogController.csv("Piet")).isEqualTo("Piet");
	}

	/** A resident in plain SQL: this module's tests do not depend on the case module. */
	private long inwoner() {
		return this.jdbc.sql("""
				insert into inwoner (voornaam, achternaam, geboortedatum, postcode, huisnummer, aangemaakt_op)
				values ('Toos', 'Logboek', date '1950-05-05', '1311 AB', 1, now()) returning id
				""").query(Long.class).single();
	}

	private long casus(long inwoner) {
		return this.jdbc.sql("""
				insert into casus (inwoner_id, team_id, status, urgentie, kanaal, hulpvraag, wmo_melding, gemeld_op,
				                   aangemeld_op)
				select :inwoner, m.team_id, 'AANGEMELD', 'NORMAAL', 'TELEFOON', 'Hulp', false, current_date, now()
				from medewerker m join gebruiker g on g.id = m.gebruiker_id where g.gebruikersnaam = :naam
				returning id
				""").param("inwoner", inwoner).param("naam", Demo.WIJKWERKER).query(Long.class).single();
	}

	private void rij(String tijdstip, String gebruikersnaam, String gebeurtenis, Long inwoner, Long casus,
			String resultaat) {
		this.jdbc.sql("""
				insert into toegangslog (tijdstip, gebruiker_id, gebruikersnaam, rol, actie, gebeurtenis, inwoner_id,
				                         casus_id, resultaat, ip)
				select cast(:tijdstip as timestamptz), g.id, g.gebruikersnaam, g.rol, 'R', :gebeurtenis, :inwoner,
				       :casus, :resultaat, '10.0.0.7'
				from gebruiker g where g.gebruikersnaam = :naam
				""")
			.param("tijdstip", tijdstip)
			.param("gebeurtenis", gebeurtenis)
			.param("inwoner", inwoner)
			.param("casus", casus)
			.param("resultaat", resultaat)
			.param("naam", gebruikersnaam)
			.update();
	}

	private int logRijen(String gebeurtenis, long casus) {
		return this.jdbc
			.sql("select count(*) from toegangslog where gebeurtenis = ? and casus_id = ? and gebruikersnaam = ?")
			.params(gebeurtenis, casus, Demo.PRIVACY)
			.query(Integer.class)
			.single();
	}

	/** A case number no real case has, so only this test's rows are about it. */
	private static long vrijCasusnummer() {
		return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
	}

	private RequestPostProcessor als(String gebruikersnaam) {
		return user(this.gebruikers.loadUserByUsername(gebruikersnaam));
	}

}
