package nl.wijkdossier.casus;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.wijkdossier.test.Demo;

import static nl.wijkdossier.casus.CasusFixture.intake;
import static nl.wijkdossier.casus.CasusFixture.met;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The intake: a valid one becomes a case of the routed team with its resident, timeline
 * line and access-log row; an invalid one shows Dutch errors at the fields and stores
 * nothing; a known resident is offered before a second one is made.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AanmeldingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService gebruikers;

	@Autowired
	JdbcClient jdbc;

	CasusFixture casussen;

	@BeforeEach
	void fixture() {
		this.casussen = new CasusFixture(this.mvc, this.gebruikers, this.jdbc);
	}

	@Test
	void aValidIntakeBecomesACaseOfTheTeamOfThePostcode() throws Exception {
		String bsn = CasusFixture.geldigBsn();
		MvcResult result = this.mvc
			.perform(met(met(intake(), "bsn", bsn), "urgentie", "HOOG").param("wmoMelding", "true")
				.with(this.casussen.als(Demo.WIJKWERKER)))
			.andExpect(redirectedUrlPattern("/casussen/*"))
			.andExpect(flash().attribute("melding", "aanmelding.geregistreerd"))
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().substring("/casussen/".length()));
		Map<String, Object> casus = this.casussen.casus(id);
		long stadCentrum = this.casussen.teamVoorPostcode(CasusFixture.POSTCODE_EIGEN_TEAM);
		assertThat(casus.get("team_id")).isEqualTo(stadCentrum);
		assertThat(casus.get("status")).isEqualTo("AANGEMELD");
		assertThat(casus.get("urgentie")).isEqualTo("HOOG");
		assertThat(casus.get("kanaal")).isEqualTo("TELEFOON");
		assertThat(casus.get("wmo_melding")).isEqualTo(true);
		assertThat(casus.get("hulpvraag")).isEqualTo("Schulden lopen op, post blijft ongeopend.");
		long inwoner = ((Number) casus.get("inwoner_id")).longValue();
		assertThat(this.jdbc.sql("select bsn from inwoner where id = ?").param(inwoner).query(String.class).single())
			.isEqualTo(bsn);
		assertThat(this.casussen.tijdlijn(id, "aanmelding")).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from toegangslog where casus_id = ? and inwoner_id = ?
				and gebeurtenis = 'AANMELDING_GEREGISTREERD' and actie = 'C' and resultaat = 'OK'
				and gebruikersnaam = 'wijkwerker'
				""").params(id, inwoner).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aGpReferralRecordsThePracticeAsTheResidentsHuisarts() throws Exception {
		long id = this.casussen
			.meld(met(met(intake(), "kanaal", "HUISARTS"), "aanmelder", "Huisartsenpraktijk De Polder"));
		String huisarts = this.jdbc
			.sql("select i.huisarts from inwoner i join casus c on c.inwoner_id = i.id where c.id = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(huisarts).isEqualTo("Huisartsenpraktijk De Polder");
	}

	static Stream<Arguments> ongeldigeInvoer() {
		return Stream.of(Arguments.of("bsn", "123456789", "Dit is geen geldig BSN"),
				Arguments.of("geboortedatum", "2999-01-01", "De geboortedatum kan niet in de toekomst liggen."),
				Arguments.of("geboortedatum", "1899-12-31", "Vul een geboortedatum in vanaf 1900."),
				Arguments.of("geboortedatum", "31-02-1970", "Vul een geldige datum in"),
				Arguments.of("postcode", "9999 ZZ", "Deze postcode ligt buiten het werkgebied van alle wijkteams."),
				Arguments.of("postcode", "12345", "Vul een geldige postcode in, zoals 1325 AB."),
				Arguments.of("hulpvraag", "   ", "Beschrijf de hulpvraag."),
				Arguments.of("huisnummer", "12a", "Vul een huisnummer in"),
				Arguments.of("voornaam", "", "Vul dit veld in."));
	}

	@ParameterizedTest(name = "{0} = \"{1}\"")
	@MethodSource("ongeldigeInvoer")
	void invalidInputShowsADutchErrorAtTheFieldAndStoresNothing(String veld, String waarde, String fout)
			throws Exception {
		Tellingen voor = tel();
		MockHttpServletRequestBuilder verzoek = intake();
		verzoek = met(verzoek, veld, waarde);
		this.mvc.perform(verzoek.with(this.casussen.als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(fout)))
			.andExpect(content().string(containsString("id=\"" + veld + "-fout\"")))
			.andExpect(content().string(containsString("Controleer het formulier")));
		assertThat(tel()).isEqualTo(voor);
	}

	@Test
	void aGpReferralNeedsThePractice() throws Exception {
		Tellingen voor = tel();
		this.mvc
			.perform(met(met(intake(), "kanaal", "HUISARTS"), "aanmelder", "").with(this.casussen.als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul bij een melding van de huisarts de praktijk in.")))
			.andExpect(content().string(containsString("aria-describedby=\"aanmelder-hulp aanmelder-fout\"")));
		assertThat(tel()).isEqualTo(voor);
	}

	@Test
	void aKnownResidentIsOfferedAndLinkingCreatesNoSecondResident() throws Exception {
		MockHttpServletRequestBuilder eerste = intake();
		long eersteCasus = this.casussen.meld(eerste);
		Map<String, Object> bestaand = this.jdbc.sql(
				"select i.id, i.voornaam, i.achternaam, i.geboortedatum from inwoner i join casus c on c.inwoner_id = i.id where c.id = ?")
			.param(eersteCasus)
			.query()
			.singleRow();
		long inwonerId = ((Number) bestaand.get("id")).longValue();
		String achternaam = (String) bestaand.get("achternaam");
		String geboortedatum = bestaand.get("geboortedatum").toString();
		Tellingen voor = tel();

		this.mvc
			.perform(met(met(met(intake(), "achternaam", achternaam), "geboortedatum", geboortedatum), "bsn", "")
				.with(this.casussen.als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Is dit een inwoner die we al kennen?")))
			.andExpect(content().string(containsString("Testa " + achternaam)))
			.andExpect(content().string(containsString("name=\"inwonerId\" value=\"" + inwonerId + "\"")));
		assertThat(this.casussen.aantal("inwoner")).isEqualTo(voor.inwoners());
		assertThat(this.casussen.aantal("casus")).isEqualTo(voor.casussen());

		long tweedeCasus = this.casussen
			.meld(met(met(intake(), "achternaam", achternaam), "geboortedatum", geboortedatum).param("inwonerId",
					String.valueOf(inwonerId)));
		assertThat(this.casussen.aantal("inwoner")).isEqualTo(voor.inwoners());
		assertThat(this.casussen.casus(tweedeCasus).get("inwoner_id")).isEqualTo(inwonerId);
	}

	@Test
	void aResidentWithTheSameBsnIsNeverCreatedTwice() throws Exception {
		String bsn = CasusFixture.geldigBsn();
		this.casussen.meld(met(intake(), "bsn", bsn));
		Tellingen voor = tel();
		this.mvc
			.perform(met(intake(), "bsn", bsn).param("nieuweInwoner", "true").with(this.casussen.als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Er is al een inwoner met dit BSN.")));
		assertThat(this.casussen.aantal("inwoner")).isEqualTo(voor.inwoners());
		assertThat(this.casussen.aantal("casus")).isEqualTo(voor.casussen());
		assertThat(this.jdbc.sql("select count(*) from inwoner where bsn = ?").param(bsn).query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void anotherTeamThanThePostcodesNeedsAReason() throws Exception {
		long haven = this.casussen.teamVoorPostcode(CasusFixture.POSTCODE_ANDER_CLUSTER);
		Tellingen voor = tel();
		this.mvc.perform(intake().param("teamId", String.valueOf(haven)).with(this.casussen.als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Geef daarvoor een reden.")));
		assertThat(tel()).isEqualTo(voor);

		this.mvc
			.perform(intake().param("teamId", String.valueOf(haven))
				.param("teamReden", "Inwoner verhuist volgende week naar Haven")
				.with(this.casussen.als(Demo.WIJKWERKER)))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("melding", "aanmelding.geregistreerdAnderTeam"));
		long id = this.jdbc.sql("select max(id) from casus").query(Long.class).single();
		assertThat(this.casussen.casus(id).get("team_id")).isEqualTo(haven);
		assertThat(this.jdbc.sql("select detail from casus_gebeurtenis where casus_id = ? and soort = 'teamGekozen'")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("Inwoner verhuist volgende week naar Haven");
	}

	@Test
	void typingAPostcodeShowsTheTeamItRoutesTo() throws Exception {
		this.mvc
			.perform(get("/aanmeldingen/nieuw").param("postcode", "1312ab")
				.header("HX-Request", "true")
				.with(this.casussen.als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit wordt een casus van Wijkteam Stad Centrum.")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc
			.perform(get("/aanmeldingen/nieuw").param("postcode", "9999 ZZ")
				.header("HX-Request", "true")
				.with(this.casussen.als(Demo.WIJKWERKER)))
			.andExpect(content().string(containsString("buiten het werkgebied van alle wijkteams")));
	}

	@Test
	void theFormHasTheContractedFieldNamesAndAccessibleGroups() throws Exception {
		String html = this.mvc.perform(get("/aanmeldingen/nieuw").with(this.casussen.als(Demo.MANAGER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String veld : new String[] { "bsn", "voornaam", "achternaam", "geboortedatum", "postcode", "huisnummer",
				"huisnummerToevoeging", "straat", "woonplaats", "telefoon", "kanaal", "aanmelder", "hulpvraag",
				"domeinen", "urgentie", "wmoMelding", "teamId", "teamReden" }) {
			assertThat(html).as(veld).contains("name=\"" + veld + "\"");
		}
		assertThat(html).contains("<legend class=\"form-label fs-6\">Levensdomeinen (ZRM)</legend>")
			.contains("Maatschappelijke participatie")
			.contains("hx-get=\"/aanmeldingen/nieuw\"");
	}

	@Test
	void onlyWijkwerkersAndManagersRegisterIntakes() throws Exception {
		for (String gebruiker : new String[] { Demo.GEMEENTE, Demo.BEHEER, Demo.PRIVACY }) {
			this.mvc.perform(get("/aanmeldingen/nieuw").with(this.casussen.als(gebruiker)))
				.andExpect(status().isForbidden());
			Tellingen voor = tel();
			this.mvc.perform(intake().with(this.casussen.als(gebruiker))).andExpect(status().isForbidden());
			assertThat(tel()).isEqualTo(voor);
		}
	}

	private Tellingen tel() {
		return new Tellingen(this.casussen.aantal("inwoner"), this.casussen.aantal("casus"),
				this.casussen.aantal("toegangslog"), this.casussen.aantal("casus_gebeurtenis"));
	}

	record Tellingen(int inwoners, int casussen, int toegangslog, int tijdlijn) {
	}

}
