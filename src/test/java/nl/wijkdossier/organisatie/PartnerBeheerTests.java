package nl.wijkdossier.organisatie;

import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.wijkdossier.test.Demo;

import static nl.wijkdossier.organisatie.OrganisatieFixture.uniek;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class PartnerBeheerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService gebruikers;

	@Autowired
	OrganisatieBeheer beheer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Validator validator;

	OrganisatieFixture organisatie;

	@BeforeEach
	void fixture() {
		this.organisatie = new OrganisatieFixture(this.beheer, this.jdbc);
	}

	@Test
	void beheerderAddsAPartner() throws Exception {
		String naam = uniek("Buurtzorg");
		int voor = this.organisatie.aantal("convenantpartner");
		this.mvc.perform(post("/beheer/partners").param("naam", "  " + naam + " ").with(beheer()).with(csrf()))
			.andExpect(redirectedUrl("/beheer/partners"))
			.andExpect(flash().attribute("melding", "beheer.partner.aangemaakt"));
		assertThat(this.organisatie.aantal("convenantpartner")).isEqualTo(voor + 1);
		this.mvc.perform(get("/beheer/partners").with(beheer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(naam)));
	}

	@Test
	void theNewPartnerFormShowsAnEmptyNameField() throws Exception {
		this.mvc.perform(get("/beheer/partners/nieuw").with(beheer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Nieuwe convenantpartner</h1>")))
			.andExpect(content().string(containsString("<label class=\"form-label\" for=\"naam\">")))
			.andExpect(content().string(containsString("action=\"/beheer/partners\"")));
	}

	@Test
	void aPartnerNeedsAName() throws Exception {
		int voor = this.organisatie.aantal("convenantpartner");
		this.mvc.perform(post("/beheer/partners").param("naam", "   ").with(beheer()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul dit veld in.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(this.organisatie.aantal("convenantpartner")).isEqualTo(voor);
	}

	@Test
	void partnerNamesAreUniqueIgnoringCase() throws Exception {
		String naam = uniek("Welzijn");
		this.beheer.nieuwePartner(naam);
		int voor = this.organisatie.aantal("convenantpartner");
		this.mvc.perform(post("/beheer/partners").param("naam", naam.toUpperCase()).with(beheer()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("De naam \u201E" + naam.toUpperCase() + "\u201D is al in gebruik.")));
		assertThat(this.organisatie.aantal("convenantpartner")).isEqualTo(voor);
	}

	/**
	 * Boot's validator resolves {beheer.fout...} from the bundles, in the user's
	 * language.
	 */
	@Test
	void beanValidationMessagesComeFromTheMessageBundles() {
		assertThat(meldingen(new NaamForm(" ", null), Locale.forLanguageTag("nl-NL")))
			.containsExactly("Vul dit veld in.");
		assertThat(meldingen(new NaamForm(" ", null), Locale.ENGLISH)).containsExactly("Please fill in this field.");
	}

	private List<String> meldingen(Object formulier, Locale taal) {
		LocaleContextHolder.setLocale(taal);
		try {
			return this.validator.validate(formulier).stream().map(ConstraintViolation::getMessage).toList();
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void beheerderRenamesAPartner() throws Exception {
		long id = this.organisatie.partner();
		long version = this.organisatie.version("convenantpartner", id);
		this.mvc.perform(get("/beheer/partners/{id}/bewerken", id).with(beheer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")))
			.andExpect(content().string(containsString("action=\"/beheer/partners/" + id + "\"")));
		String nieuweNaam = uniek("Hernoemd");
		this.mvc
			.perform(post("/beheer/partners/{id}", id).param("naam", nieuweNaam)
				.param("version", String.valueOf(version))
				.with(beheer())
				.with(csrf()))
			.andExpect(redirectedUrl("/beheer/partners"))
			.andExpect(flash().attribute("melding", "beheer.partner.gewijzigd"));
		assertThat(this.organisatie.naam("convenantpartner", id)).isEqualTo(nieuweNaam);
	}

	@Test
	void renamingToAnotherPartnersNameIsRefused() throws Exception {
		long id = this.organisatie.partner();
		String naam = this.organisatie.naam("convenantpartner", id);
		this.mvc
			.perform(post("/beheer/partners/{id}", id).param("naam", "Wijkwerk Flevoland")
				.param("version", String.valueOf(this.organisatie.version("convenantpartner", id)))
				.with(beheer())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is al in gebruik")));
		assertThat(this.organisatie.naam("convenantpartner", id)).isEqualTo(naam);
	}

	@Test
	void aStaleVersionGetsTheConflictPageAndChangesNothing() throws Exception {
		long id = this.organisatie.partner();
		long gezien = this.organisatie.version("convenantpartner", id);
		String tussendoor = uniek("Collega");
		this.beheer.wijzigPartner(id, gezien, tussendoor);
		this.mvc
			.perform(post("/beheer/partners/{id}", id).param("naam", uniek("Te laat"))
				.param("version", String.valueOf(gezien))
				.with(beheer())
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Iemand anders was u voor")));
		assertThat(this.organisatie.naam("convenantpartner", id)).isEqualTo(tussendoor);
	}

	@Test
	void beheerderDeactivatesAndReactivatesAPartnerAndTheListShowsIt() throws Exception {
		long id = this.organisatie.partner();
		this.mvc.perform(post("/beheer/partners/{id}/deactiveren", id).with(beheer()).with(csrf()))
			.andExpect(redirectedUrl("/beheer/partners"))
			.andExpect(flash().attribute("melding", "beheer.partner.gedeactiveerd"));
		assertThat(this.organisatie.actief("convenantpartner", id)).isFalse();
		this.mvc.perform(get("/beheer/partners").with(beheer()))
			.andExpect(content().string(containsString("Inactief")))
			.andExpect(content().string(containsString("action=\"/beheer/partners/" + id + "/activeren\"")));
		this.mvc.perform(post("/beheer/partners/{id}/activeren", id).with(beheer()).with(csrf()))
			.andExpect(redirectedUrl("/beheer/partners"));
		assertThat(this.organisatie.actief("convenantpartner", id)).isTrue();
	}

	@Test
	void theFlashMessageIsShownAfterTheRedirect() throws Exception {
		// the flash message lives in the session, in PostgreSQL: the next request finds
		// it
		// through the session cookie, as a browser's would
		MvcResult aangemaakt = this.mvc
			.perform(post("/beheer/partners")
				.param("naam", "Flits " + java.util.UUID.randomUUID().toString().substring(0, 8))
				.with(beheer())
				.with(csrf()))
			.andExpect(redirectedUrl("/beheer/partners"))
			.andReturn();
		this.mvc.perform(get("/beheer/partners").cookie(aangemaakt.getResponse().getCookies()).with(beheer()))
			.andExpect(content().string(containsString("De convenantpartner is toegevoegd.")));
		this.mvc.perform(get("/beheer/partners").cookie(aangemaakt.getResponse().getCookies()).with(beheer()))
			.andExpect(
					content().string(org.hamcrest.Matchers.not(containsString("De convenantpartner is toegevoegd."))));
	}

	@Test
	void anUnknownPartnerIsNotFound() throws Exception {
		this.mvc.perform(get("/beheer/partners/{id}/bewerken", Long.MAX_VALUE).with(beheer()))
			.andExpect(status().isNotFound());
	}

	private RequestPostProcessor beheer() {
		return user(this.gebruikers.loadUserByUsername(Demo.BEHEER));
	}

}
