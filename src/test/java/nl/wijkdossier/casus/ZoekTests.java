package nl.wijkdossier.casus;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.BeforeEach;
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

import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Searching residents: fuzzy on names, exact on birth date, address and BSN — and only
 * residents with a case the user may see, with links to those cases only. Every search is
 * logged, without its text.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ZoekTests {

	final MockMvc mvc;

	final UserDetailsService gebruikers;

	final JdbcClient jdbc;

	final Inwoners inwoners;

	final OrganisatieBeheer beheer;

	@Autowired
	ZoekTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.inwoners = inwoners;
		this.beheer = beheer;
	}

	CasusFixtures fixtures;

	CasusFixtures.Inwoner inwoner;

	long casus;

	@BeforeEach
	void eenInwonerVanHetTeamVanWijkwerker() {
		this.fixtures = new CasusFixtures(this.jdbc, this.inwoners, this.beheer);
		this.inwoner = this.fixtures.inwoner();
		this.casus = this.fixtures.casus(this.inwoner.id(), this.fixtures.teamVan(Demo.WIJKWERKER)).opslaan();
	}

	@Test
	void findsAResidentByANameWithATypo() throws Exception {
		String achternaam = this.inwoner.achternaam();
		// one letter dropped, one swapped, and lower case: "kwartlemeer..."
		String typfout = "kwartlemeer" + achternaam.substring(11).toLowerCase();

		assertThat(gevonden(Demo.WIJKWERKER, typfout)).contains(this.inwoner.id());
		assertThat(gevonden(Demo.WIJKWERKER, "Fenna " + achternaam)).first().isEqualTo(this.inwoner.id());
	}

	@Test
	void findsAResidentByBirthDateInDutchAndIsoFormat() throws Exception {
		String nederlands = this.inwoner.geboortedatum().format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
		String iso = this.inwoner.geboortedatum().toString();

		assertThat(gevonden(Demo.WIJKWERKER, nederlands)).contains(this.inwoner.id());
		assertThat(gevonden(Demo.WIJKWERKER, iso)).contains(this.inwoner.id());
	}

	@Test
	void findsAResidentByPostcodeAndHuisnummer() throws Exception {
		String adres = this.inwoner.postcode() + " " + this.inwoner.huisnummer();
		String zonderSpatie = this.inwoner.postcode().replace(" ", "").toLowerCase() + this.inwoner.huisnummer();

		assertThat(gevonden(Demo.WIJKWERKER, adres)).containsExactly(this.inwoner.id());
		assertThat(gevonden(Demo.WIJKWERKER, zonderSpatie)).containsExactly(this.inwoner.id());
	}

	@Test
	void findsAResidentByBsn() throws Exception {
		assertThat(gevonden(Demo.WIJKWERKER, this.inwoner.bsn())).containsExactly(this.inwoner.id());
	}

	@Test
	void findsNothingOutsideTheScopeOfWijkwerker2InAnotherCluster() throws Exception {
		assertThat(gevonden(Demo.WIJKWERKER2, this.inwoner.bsn())).isEmpty();
		assertThat(gevonden(Demo.WIJKWERKER2, "Fenna " + this.inwoner.achternaam())).doesNotContain(this.inwoner.id());
		assertThat(gevonden(Demo.WIJKWERKER2, this.inwoner.postcode() + " " + this.inwoner.huisnummer()))
			.doesNotContain(this.inwoner.id());
		assertThat(gevonden(Demo.WIJKWERKER, "Fenna " + this.inwoner.achternaam())).contains(this.inwoner.id());
		assertThat(html(Demo.WIJKWERKER2, this.inwoner.bsn())).doesNotContain(this.inwoner.achternaam());
	}

	@Test
	void showsLinksOnlyToTheCasesInScope() throws Exception {
		long anderCluster = this.fixtures.casus(this.inwoner.id(), this.fixtures.teamVan(Demo.WIJKWERKER2)).opslaan();

		String html = html(Demo.WIJKWERKER, this.inwoner.bsn());

		assertThat(html)
			.contains(this.inwoner.naam(), "href=\"/casussen/" + this.casus + "\"",
					this.inwoner.geboortedatum().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")))
			.doesNotContain("href=\"/casussen/" + anderCluster + "\"", "??");
		assertThat(html(Demo.WIJKWERKER2, this.inwoner.bsn())).contains("href=\"/casussen/" + anderCluster + "\"")
			.doesNotContain("href=\"/casussen/" + this.casus + "\"");
	}

	@Test
	void everySearchWritesOneLogRowWithoutTheSearchText() throws Exception {
		int voor = this.fixtures.logRegels("INWONER_GEZOCHT", Demo.WIJKWERKER, null, "OK");

		gevonden(Demo.WIJKWERKER, this.inwoner.bsn());

		assertThat(this.fixtures.logRegels("INWONER_GEZOCHT", Demo.WIJKWERKER, null, "OK")).isEqualTo(voor + 1);
		String rij = this.jdbc.sql("""
				select l::text from toegangslog l
				where gebeurtenis = 'INWONER_GEZOCHT' and gebruikersnaam = ? order by id desc limit 1
				""").param(Demo.WIJKWERKER).query(String.class).single();
		assertThat(rij).doesNotContain(this.inwoner.bsn()).contains(",E,INWONER_GEZOCHT,,,OK,");
	}

	@Test
	void htmxGetsOnlyTheResultsFragment() throws Exception {
		String fragment = this.mvc.perform(
				get("/zoeken").param("q", this.inwoner.bsn()).header("HX-Request", "true").with(als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).contains("id=\"zoekresultaten\"", this.inwoner.naam()).doesNotContain("<html", "<h1");
	}

	@Test
	void theEmptyPageSearchesNothingAndWorksWithoutJavaScript() throws Exception {
		int voor = this.fixtures.logRegels("INWONER_GEZOCHT", Demo.WIJKWERKER, null, "OK");
		String pagina = this.mvc.perform(get("/zoeken").with(als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(pagina).contains("<form", "action=\"/zoeken\"", "name=\"q\"",
				"hx-trigger=\"input changed delay:300ms, search\"");
		assertThat(this.fixtures.logRegels("INWONER_GEZOCHT", Demo.WIJKWERKER, null, "OK")).isEqualTo(voor);
	}

	@ParameterizedTest
	@ValueSource(strings = { Demo.GEMEENTE, Demo.BEHEER, Demo.PRIVACY })
	void rolesWithoutCasesCannotSearch(String gebruiker) throws Exception {
		this.mvc.perform(get("/zoeken").param("q", "Jansen").with(als(gebruiker))).andExpect(status().isForbidden());
	}

	@Test
	void theShapeOfTheTextDecidesWhatIsSearched() {
		assertThat(InwonerZoeker.Zoekvraag.van("111 222 333").soort()).isEqualTo(InwonerZoeker.Soort.BSN);
		assertThat(InwonerZoeker.Zoekvraag.van("1-3-1950").geboortedatum()).isEqualTo("1950-03-01");
		assertThat(InwonerZoeker.Zoekvraag.van("31-02-1950").soort()).isEqualTo(InwonerZoeker.Soort.NAAM);
		InwonerZoeker.Zoekvraag adres = InwonerZoeker.Zoekvraag.van("1325ab 12 a");
		assertThat(adres.postcode()).isEqualTo("1325 AB");
		assertThat(adres.huisnummer()).isEqualTo(12);
		assertThat(adres.toevoeging()).isEqualTo("A");
		assertThat(InwonerZoeker.Zoekvraag.van("J").soort()).isEqualTo(InwonerZoeker.Soort.TE_KORT);
		assertThat(InwonerZoeker.Zoekvraag.van("de Vries").soort()).isEqualTo(InwonerZoeker.Soort.NAAM);
	}

	private java.util.List<Long> gevonden(String gebruiker, String q) throws Exception {
		InwonerZoeker.Resultaat resultaat = (InwonerZoeker.Resultaat) this.mvc
			.perform(get("/zoeken").param("q", q).with(als(gebruiker)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("resultaat");
		return resultaat.gevonden().stream().map(InwonerZoeker.Gevonden::id).toList();
	}

	private String html(String gebruiker, String q) throws Exception {
		return this.mvc.perform(get("/zoeken").param("q", q).with(als(gebruiker)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor als(String gebruikersnaam) {
		return user(this.gebruikers.loadUserByUsername(gebruikersnaam));
	}

}
