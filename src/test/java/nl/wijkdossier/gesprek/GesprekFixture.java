package nl.wijkdossier.gesprek;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.shared.ZrmDomein;
import nl.wijkdossier.test.Demo;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Cases of the demo wijkwerker's team for the conversation form's tests (each test its
 * own resident and case), the form as a browser posts it, and what the database holds
 * afterwards.
 */
final class GesprekFixture {

	private final JdbcClient jdbc;

	private final CasusFixtures casussen;

	private final UserDetailsService gebruikers;

	GesprekFixture(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer, UserDetailsService gebruikers) {
		this.jdbc = jdbc;
		this.casussen = new CasusFixtures(jdbc, inwoners, beheer);
		this.gebruikers = gebruikers;
	}

	static LocalDate vandaag() {
		return LocalDate.now(ClockConfiguration.ZONE);
	}

	RequestPostProcessor als(String gebruikersnaam) {
		return user(this.gebruikers.loadUserByUsername(gebruikersnaam));
	}

	/**
	 * A waiting case (AANGEMELD, no regievoerder, no contact) of the demo wijkwerker's
	 * team about debts and housing, reported ten days ago.
	 */
	CasusFixtures.CasusBouwer wachtend() {
		CasusFixtures.Inwoner inwoner = this.casussen.inwoner();
		return this.casussen.casus(inwoner.id(), this.casussen.teamVan(Demo.WIJKWERKER))
			.dagenGeleden(10)
			.domeinen(ZrmDomein.FINANCIEN, ZrmDomein.HUISVESTING);
	}

	long casus() {
		return wachtend().opslaan();
	}

	void sluitAf(long casusId) {
		this.jdbc.sql("""
				update casus set status = 'AFGESLOTEN', afgesloten_op = current_date, afsluitreden = 'DOEL_BEREIKT'
				where id = ?
				""").param(casusId).update();
	}

	/**
	 * The form as the page posts it: today, at home, with the resident, a report, one
	 * empty agreement row; {@code velden} (name, value pairs) replace or add fields.
	 */
	static MockHttpServletRequestBuilder gesprek(long casusId, String verslag, String... velden) {
		Map<String, String> formulier = new LinkedHashMap<>();
		formulier.put("datum", vandaag().toString());
		formulier.put("locatie", "THUIS");
		formulier.put("deelnemers", "INWONER");
		formulier.put("_deelnemers", "on");
		formulier.put("verslag", verslag);
		formulier.put("conceptId", "");
		formulier.put("conceptVersion", "");
		formulier.put("afspraken[0].omschrijving", "");
		formulier.put("afspraken[0].wie", "");
		formulier.put("afspraken[0].partner", "");
		formulier.put("afspraken[0].deadline", "");
		formulier.put("_mantelzorgerAanwezig", "on");
		formulier.put("_vrijwilligerGewenst", "on");
		formulier.put("_vermoedenHuiselijkGeweld", "on");
		for (int i = 0; i < velden.length; i += 2) {
			formulier.put(velden[i], velden[i + 1]);
		}
		MockHttpServletRequestBuilder verzoek = post("/casussen/{id}/gesprekken", casusId).with(csrf());
		formulier.forEach(verzoek::param);
		return verzoek;
	}

	/** The autosave as htmx posts it. */
	static MockHttpServletRequestBuilder concept(long casusId, String verslag) {
		return post("/casussen/{id}/gesprekken/concept", casusId).with(csrf())
			.header("HX-Request", "true")
			.param("datum", vandaag().toString())
			.param("locatie", "THUIS")
			.param("deelnemers", "INWONER")
			.param("verslag", verslag);
	}

	CasusFixtures casussen() {
		return this.casussen;
	}

	Map<String, Object> casusRij(long casusId) {
		return this.jdbc.sql("select * from casus where id = ?").param(casusId).query().singleRow();
	}

	int aantal(String sql, Object... parameters) {
		return this.jdbc.sql(sql).params(parameters).query(Integer.class).single();
	}

	/** Conversations, scores and agreements of a case together: "nothing stored" is 0. */
	int opgeslagen(long casusId) {
		return aantal("select count(*) from gesprek where casus_id = ?", casusId)
				+ aantal(
						"select count(*) from gesprek_zrm z join gesprek g on g.id = z.gesprek_id where g.casus_id = ?",
						casusId)
				+ aantal("select count(*) from afspraak where casus_id = ?", casusId)
				+ aantal("select count(*) from meldcode where casus_id = ?", casusId) + aantal(
						"select count(*) from casus_gebeurtenis where casus_id = ? and soort like 'gesprek%'", casusId);
	}

	long gesprekId(long casusId) {
		return this.jdbc.sql("select max(id) from gesprek where casus_id = ?")
			.param(casusId)
			.query(Long.class)
			.single();
	}

	Map<String, Object> concept(long conceptId) {
		return this.jdbc.sql("select id, version, inhoud::text as inhoud, casus_id from gesprek_concept where id = ?")
			.param(conceptId)
			.query()
			.singleRow();
	}

	int concepten(long casusId) {
		return aantal("select count(*) from gesprek_concept where casus_id = ?", casusId);
	}

	int log(long casusId, String gebeurtenis, String resultaat, String gebruikersnaam) {
		return aantal("""
				select count(*) from toegangslog
				where casus_id = ? and gebeurtenis = ? and resultaat = ? and gebruikersnaam = ?
				""", casusId, gebeurtenis, resultaat, gebruikersnaam);
	}

	long medewerkerVan(String gebruikersnaam) {
		return this.casussen.medewerkerVan(gebruikersnaam);
	}

}
