package nl.wijkdossier.organisatie;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.test.Demo;

import static nl.wijkdossier.organisatie.OrganisatieFixture.uniekeGebruikersnaam;
import static nl.wijkdossier.organisatie.OrganisatieFixture.vrijePc4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class MedewerkerBeheerTests {

	private static final String WACHTWOORD = "een-goed-begin-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService gebruikers;

	@Autowired
	OrganisatieBeheer beheer;

	@Autowired
	Organisatie leesmodel;

	@Autowired
	JdbcClient jdbc;

	OrganisatieFixture organisatie;

	long partner;

	long team;

	@BeforeEach
	void fixture() {
		this.organisatie = new OrganisatieFixture(this.beheer, this.jdbc);
		this.partner = this.organisatie.partner();
		this.team = this.organisatie.team(this.organisatie.cluster(), vrijePc4());
	}

	@Test
	void beheerderCreatesAMedewerkerWhoCanLogInWithHerNewPassword() throws Exception {
		String gebruikersnaam = uniekeGebruikersnaam();
		int medewerkers = this.organisatie.aantal("medewerker");
		int accounts = this.organisatie.aantal("gebruiker");
		this.mvc.perform(nieuweMedewerker(gebruikersnaam, "focus", "SCHULDEN"))
			.andExpect(redirectedUrl("/beheer/medewerkers"))
			.andExpect(flash().attribute("melding", "beheer.medewerker.aangemaakt"));
		assertThat(this.organisatie.aantal("medewerker")).isEqualTo(medewerkers + 1);
		assertThat(this.organisatie.aantal("gebruiker")).isEqualTo(accounts + 1);
		MedewerkerInfo medewerker = this.leesmodel.medewerker(idVan(gebruikersnaam)).orElseThrow();
		assertThat(medewerker.naam()).isEqualTo("Fatima " + gebruikersnaam);
		assertThat(medewerker.rol()).isEqualTo(Rol.WIJKWERKER);
		assertThat(medewerker.teamId()).isEqualTo(this.team);
		assertThat(medewerker.partnerId()).isEqualTo(this.partner);
		assertThat(medewerker.urenPerWeek()).isEqualByComparingTo("25.5");
		assertThat(medewerker.focus()).isEqualTo(Focus.SCHULDEN);
		this.mvc.perform(formLogin().user(gebruikersnaam).password(WACHTWOORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(gebruikersnaam));
	}

	@ParameterizedTest
	@ValueSource(strings = { "25,5", "25.5", " 25,50 " })
	void hoursMayBeWrittenWithACommaOrAPoint(String uren) throws Exception {
		String gebruikersnaam = uniekeGebruikersnaam();
		this.mvc.perform(nieuweMedewerker(gebruikersnaam, "urenPerWeek", uren))
			.andExpect(redirectedUrl("/beheer/medewerkers"));
		assertThat(this.leesmodel.medewerker(idVan(gebruikersnaam)).orElseThrow().urenPerWeek())
			.isEqualByComparingTo(new BigDecimal("25.5"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			voornaam       | ''             | Vul dit veld in.
			achternaam     | ''             | Vul dit veld in.
			email          | geen-adres     | Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.
			email          | ''             | Vul dit veld in.
			partnerId      | ''             | Maak een keuze.
			urenPerWeek    | 0              | Vul het aantal uren per week in: meer dan 0 en hoogstens 40
			urenPerWeek    | 40,5           | Vul het aantal uren per week in: meer dan 0 en hoogstens 40
			urenPerWeek    | 25,25          | Vul het aantal uren per week in: meer dan 0 en hoogstens 40
			urenPerWeek    | veel           | Vul het aantal uren per week in: meer dan 0 en hoogstens 40
			urenPerWeek    | ''             | Vul dit veld in.
			wachtwoord     | te-kort        | Het wachtwoord moet minstens 12 tekens hebben.
			wachtwoord     | ''             | Vul dit veld in.
			gebruikersnaam | Jan Jansen     | Een gebruikersnaam heeft 3 tot 60 tekens
			gebruikersnaam | wijkwerker     | De gebruikersnaam wijkwerker is al in gebruik.
			teamId         | ''             | Een wijkwerker hoort bij een wijkteam. Kies een team.
			rol            | BEHEERDER      | Kies de rol wijkwerker of wijkteammanager.
			""")
	void anInvalidMedewerkerIsRefusedWithADutchMessageAndNothingIsStored(String veld, String waarde, String melding)
			throws Exception {
		int medewerkers = this.organisatie.aantal("medewerker");
		int accounts = this.organisatie.aantal("gebruiker");
		this.mvc.perform(nieuweMedewerker(uniekeGebruikersnaam(), veld, (waarde != null) ? waarde : ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(melding)))
			.andExpect(content().string(containsString("id=\"" + veld + "-fout\"")));
		assertThat(this.organisatie.aantal("medewerker")).isEqualTo(medewerkers);
		assertThat(this.organisatie.aantal("gebruiker")).isEqualTo(accounts);
	}

	@Test
	void eMailAddressesAreUniqueIgnoringCase() throws Exception {
		long bestaand = this.organisatie.wijkwerker(this.partner, this.team);
		String email = this.leesmodel.medewerker(bestaand).orElseThrow().email();
		int medewerkers = this.organisatie.aantal("medewerker");
		this.mvc.perform(nieuweMedewerker(uniekeGebruikersnaam(), "email", email.toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("Het e-mailadres " + email.toUpperCase() + " hoort al bij een andere medewerker.")));
		assertThat(this.organisatie.aantal("medewerker")).isEqualTo(medewerkers);
	}

	@Test
	void aRefusedFormDoesNotSendThePasswordBack() throws Exception {
		this.mvc.perform(nieuweMedewerker(uniekeGebruikersnaam(), "email", "fout"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul een geldig e-mailadres in")))
			.andExpect(content().string(not(containsString(WACHTWOORD))));
	}

	@Test
	void aManagerNeedsNoTeamOfHisOwn() throws Exception {
		String gebruikersnaam = uniekeGebruikersnaam();
		this.mvc.perform(nieuweMedewerker(gebruikersnaam, "rol", "WIJKTEAMMANAGER", "teamId", ""))
			.andExpect(redirectedUrl("/beheer/medewerkers"));
		MedewerkerInfo manager = this.leesmodel.medewerker(idVan(gebruikersnaam)).orElseThrow();
		assertThat(manager.rol()).isEqualTo(Rol.WIJKTEAMMANAGER);
		assertThat(manager.teamId()).isNull();
	}

	@Test
	void editingAMedewerkerKeepsHerAccountInStep() throws Exception {
		long id = this.organisatie.wijkwerker(this.partner, this.team);
		long gebruiker = this.leesmodel.medewerker(id).orElseThrow().gebruikerId();
		long version = this.organisatie.version("medewerker", id);
		this.mvc.perform(get("/beheer/medewerkers/{id}/bewerken", id).with(beheer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")))
			.andExpect(content().string(containsString("value=\"32\"")))
			.andExpect(content().string(not(containsString("name=\"wachtwoord\""))));
		String email = uniekeGebruikersnaam() + "@elders.example";
		this.mvc
			.perform(wijzigMedewerker(id, version, "voornaam", "Anouk", "achternaam", "de Vries", "email", email, "rol",
					"WIJKTEAMMANAGER", "urenPerWeek", "36"))
			.andExpect(redirectedUrl("/beheer/medewerkers"))
			.andExpect(flash().attribute("melding", "beheer.medewerker.gewijzigd"));
		MedewerkerInfo medewerker = this.leesmodel.medewerker(id).orElseThrow();
		assertThat(medewerker.naam()).isEqualTo("Anouk de Vries");
		assertThat(medewerker.urenPerWeek()).isEqualByComparingTo("36");
		Account account = account(gebruiker);
		assertThat(account.weergavenaam()).isEqualTo("Anouk de Vries");
		assertThat(account.email()).isEqualTo(email);
		assertThat(account.rol()).isEqualTo(Rol.WIJKTEAMMANAGER);
	}

	@Test
	void aStaleVersionGetsTheConflictPageAndChangesNothing() throws Exception {
		long id = this.organisatie.wijkwerker(this.partner, this.team);
		long gezien = this.organisatie.version("medewerker", id);
		MedewerkerInfo voor = this.leesmodel.medewerker(id).orElseThrow();
		this.mvc.perform(wijzigMedewerker(id, gezien, "urenPerWeek", "24"))
			.andExpect(redirectedUrl("/beheer/medewerkers"));
		this.mvc.perform(wijzigMedewerker(id, gezien, "voornaam", "Laat", "rol", "WIJKTEAMMANAGER"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Iemand anders was u voor")));
		MedewerkerInfo na = this.leesmodel.medewerker(id).orElseThrow();
		assertThat(na.naam()).isEqualTo(voor.naam());
		assertThat(na.rol()).isEqualTo(Rol.WIJKWERKER);
		assertThat(na.urenPerWeek()).isEqualByComparingTo("24");
	}

	@Test
	void deactivatingAMedewerkerBlocksHerLoginAndReactivatingRestoresIt() throws Exception {
		long id = this.organisatie.wijkwerker(this.partner, this.team);
		String gebruikersnaam = account(this.leesmodel.medewerker(id).orElseThrow().gebruikerId()).gebruikersnaam();
		this.mvc.perform(formLogin().user(gebruikersnaam).password(Demo.WACHTWOORD)).andExpect(authenticated());
		this.mvc.perform(post("/beheer/medewerkers/{id}/deactiveren", id).with(beheer()).with(csrf()))
			.andExpect(redirectedUrl("/beheer/medewerkers"))
			.andExpect(flash().attribute("melding", "beheer.medewerker.gedeactiveerd"));
		assertThat(this.organisatie.actief("medewerker", id)).isFalse();
		assertThat(account(this.leesmodel.medewerker(id).orElseThrow().gebruikerId()).actief()).isFalse();
		this.mvc.perform(formLogin().user(gebruikersnaam).password(Demo.WACHTWOORD))
			.andExpect(redirectedUrl("/login?fout"))
			.andExpect(unauthenticated());
		this.mvc.perform(post("/beheer/medewerkers/{id}/activeren", id).with(beheer()).with(csrf()))
			.andExpect(redirectedUrl("/beheer/medewerkers"));
		assertThat(this.organisatie.actief("medewerker", id)).isTrue();
		this.mvc.perform(formLogin().user(gebruikersnaam).password(Demo.WACHTWOORD)).andExpect(authenticated());
	}

	@Test
	void aManagerWhoStillSteersATeamIsNotDeactivated() throws Exception {
		long manager = this.organisatie.manager(this.partner);
		this.beheer.zetManager(this.team, manager);
		this.mvc.perform(post("/beheer/medewerkers/{id}/deactiveren", manager).with(beheer()).with(csrf()))
			.andExpect(redirectedUrl("/beheer/medewerkers"))
			.andExpect(flash().attribute("weigering", "beheer.fout.medewerkerNogManager"));
		assertThat(this.organisatie.actief("medewerker", manager)).isTrue();
		assertThat(account(this.leesmodel.medewerker(manager).orElseThrow().gebruikerId()).actief()).isTrue();
	}

	@Test
	void aManagerWhoStillSteersATeamKeepsHisRole() throws Exception {
		long manager = this.organisatie.manager(this.partner);
		this.beheer.zetManager(this.team, manager);
		String teamNaam = this.organisatie.naam("wijkteam", this.team);
		this.mvc
			.perform(wijzigMedewerker(manager, this.organisatie.version("medewerker", manager), "rol", "WIJKWERKER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Deze medewerker is nog manager van " + teamNaam + ". Kies daar eerst een andere manager.")));
		assertThat(this.leesmodel.medewerker(manager).orElseThrow().rol()).isEqualTo(Rol.WIJKTEAMMANAGER);
	}

	@Test
	void theListShowsPartnerTeamRoleHoursAndStatus() throws Exception {
		long id = this.organisatie.wijkwerker(this.partner, this.team);
		this.beheer.zetMedewerkerActief(id, false);
		MedewerkerInfo medewerker = this.leesmodel.medewerker(id).orElseThrow();
		this.mvc.perform(get("/beheer/medewerkers").with(beheer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(medewerker.naam())))
			.andExpect(content().string(containsString(medewerker.partnerNaam())))
			.andExpect(content().string(containsString(medewerker.teamNaam())))
			.andExpect(content().string(containsString("Wijkwerker")))
			.andExpect(content().string(containsString("action=\"/beheer/medewerkers/" + id + "/activeren\"")));
	}

	/** A complete, valid new medewerker; {@code anders} replaces fields, in pairs. */
	private MockHttpServletRequestBuilder nieuweMedewerker(String gebruikersnaam, String... anders) {
		Map<String, String> velden = new LinkedHashMap<>();
		velden.put("voornaam", "Fatima");
		velden.put("achternaam", gebruikersnaam);
		velden.put("email", gebruikersnaam + "@wijkwerk.example");
		velden.put("gebruikersnaam", gebruikersnaam);
		velden.put("wachtwoord", WACHTWOORD);
		velden.put("partnerId", String.valueOf(this.partner));
		velden.put("teamId", String.valueOf(this.team));
		velden.put("rol", "WIJKWERKER");
		velden.put("urenPerWeek", "25,5");
		return formulier(post("/beheer/medewerkers"), velden, anders);
	}

	/**
	 * The medewerker as she is, with the version the user saw; {@code anders} replaces
	 * fields, in pairs.
	 */
	private MockHttpServletRequestBuilder wijzigMedewerker(long id, long version, String... anders) {
		MedewerkerInfo medewerker = this.leesmodel.medewerker(id).orElseThrow();
		Map<String, String> velden = new LinkedHashMap<>();
		velden.put("voornaam", "Test");
		velden.put("achternaam", medewerker.naam().substring("Test ".length()));
		velden.put("email", medewerker.email());
		velden.put("partnerId", String.valueOf(medewerker.partnerId()));
		velden.put("teamId", String.valueOf(this.team));
		velden.put("rol", medewerker.rol().name());
		velden.put("urenPerWeek", medewerker.urenTekst());
		velden.put("version", String.valueOf(version));
		return formulier(post("/beheer/medewerkers/{id}", id), velden, anders);
	}

	private MockHttpServletRequestBuilder formulier(MockHttpServletRequestBuilder request, Map<String, String> velden,
			String... anders) {
		for (int i = 0; i < anders.length; i += 2) {
			velden.put(anders[i], anders[i + 1]);
		}
		velden.forEach(request::param);
		return request.with(beheer()).with(csrf());
	}

	private long idVan(String gebruikersnaam) {
		return this.jdbc
			.sql("select m.id from medewerker m join gebruiker g on g.id = m.gebruiker_id where g.gebruikersnaam = ?")
			.param(gebruikersnaam)
			.query(Long.class)
			.single();
	}

	/**
	 * The account as stored (read with SQL: the test stays out of the account module).
	 */
	private Account account(long gebruikerId) {
		return this.jdbc.sql("select gebruikersnaam, weergavenaam, email, rol, actief from gebruiker where id = ?")
			.param(gebruikerId)
			.query((rs, row) -> new Account(rs.getString(1), rs.getString(2), rs.getString(3),
					Rol.valueOf(rs.getString(4)), rs.getBoolean(5)))
			.single();
	}

	private RequestPostProcessor beheer() {
		return user(this.gebruikers.loadUserByUsername(Demo.BEHEER));
	}

	record Account(String gebruikersnaam, String weergavenaam, String email, Rol rol, boolean actief) {
	}

}
