package nl.wijkdossier.gesprek;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.test.Demo;

import static nl.wijkdossier.gesprek.GesprekFixture.concept;
import static nl.wijkdossier.gesprek.GesprekFixture.gesprek;
import static nl.wijkdossier.gesprek.GesprekFixture.vandaag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Never lose typing: the autosave creates and updates the author's draft, a second window
 * never overwrites it, the draft is only ever its author's, "Concept opslaan" works
 * without script, a draft can be deleted, and finalising removes it (or keeps a newer
 * one).
 */
@SpringBootTest
@AutoConfigureMockMvc
class GesprekConceptTests {

	private static final Pattern CONCEPT_ID = Pattern.compile("id=\"conceptId\" name=\"conceptId\" value=\"(\\d+)\"");

	private final MockMvc mvc;

	private final GesprekFixture fixture;

	@Autowired
	GesprekConceptTests(MockMvc mvc, JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer,
			UserDetailsService gebruikers) {
		this.mvc = mvc;
		this.fixture = new GesprekFixture(jdbc, inwoners, beheer, gebruikers);
	}

	@Test
	void theAutosaveCreatesTheDraftThenUpdatesItsVersion() throws Exception {
		long casusId = this.fixture.casus();
		MvcResult eerste = this.mvc.perform(concept(casusId, "Mevrouw woont sinds 1987").with(wijkwerker()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Concept opgeslagen om ")))
			.andExpect(content().string(containsString("id=\"conceptVersion\" name=\"conceptVersion\" value=\"0\"")))
			.andExpect(content().string(not(containsString("<html"))))
			.andReturn();
		long conceptId = conceptId(eerste);
		assertThat(eerste.getResponse().getHeader("HX-Replace-Url"))
			.isEqualTo("/casussen/" + casusId + "/gesprekken/nieuw?concept=" + conceptId);
		assertThat((String) this.fixture.concept(conceptId).get("inhoud")).contains("Mevrouw woont sinds 1987")
			.doesNotContain("conceptId");

		this.mvc
			.perform(concept(casusId, "Mevrouw woont sinds 1987 in deze flat.").with(wijkwerker())
				.param("conceptId", String.valueOf(conceptId))
				.param("conceptVersion", "0")
				.param("zrmScore[FINANCIEN]", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"conceptVersion\" value=\"1\"")));
		Map<String, Object> rij = this.fixture.concept(conceptId);
		assertThat(rij.get("version")).isEqualTo(1L);
		assertThat((String) rij.get("inhoud")).contains("in deze flat.").contains("\"FINANCIEN\": \"2\"");
		assertThat(this.fixture.concepten(casusId)).isEqualTo(1);
		assertThat(this.fixture.log(casusId, "GESPREK_CONCEPT_OPGESLAGEN", "OK", Demo.WIJKWERKER)).isEqualTo(2);
		assertThat(this.fixture.opgeslagen(casusId)).isZero();
	}

	@Test
	void aDraftSavedInAnotherWindowIsNeverOverwritten() throws Exception {
		long casusId = this.fixture.casus();
		long conceptId = bewaar(casusId, "Versie van venster A");
		this.mvc
			.perform(concept(casusId, "Versie van venster B").with(wijkwerker())
				.param("conceptId", String.valueOf(conceptId))
				.param("conceptVersion", "0"))
			.andExpect(status().isOk());
		this.mvc
			.perform(concept(casusId, "Oude versie van venster A").with(wijkwerker())
				.param("conceptId", String.valueOf(conceptId))
				.param("conceptVersion", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Niet opgeslagen.")))
			.andExpect(content().string(containsString("In een ander venster is intussen een nieuwere versie")))
			.andExpect(content().string(containsString("nieuw?concept=" + conceptId)))
			.andExpect(content().string(containsString("data-gesprek-apart")));
		Map<String, Object> rij = this.fixture.concept(conceptId);
		assertThat(rij.get("version")).isEqualTo(1L);
		assertThat((String) rij.get("inhoud")).contains("Versie van venster B");
		assertThat(this.fixture.concepten(casusId)).isEqualTo(1);
	}

	@Test
	void aDraftThatIsGoneIsNotRecreatedSilently() throws Exception {
		long casusId = this.fixture.casus();
		long conceptId = bewaar(casusId, "Eerste tekst");
		this.mvc
			.perform(post("/casussen/{id}/gesprekken/concept/{c}/verwijderen", casusId, conceptId).with(csrf())
				.with(wijkwerker()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(concept(casusId, "Nog meer tekst").with(wijkwerker())
				.param("conceptId", String.valueOf(conceptId))
				.param("conceptVersion", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Dit concept bestaat niet meer")));
		assertThat(this.fixture.concepten(casusId)).isZero();
	}

	@Test
	void aDraftIsResumedWhereItWasLeft() throws Exception {
		long casusId = this.fixture.casus();
		long conceptId = bewaar(casusId, "Halverwege het verhaal over de buren");
		this.mvc.perform(get("/casussen/{id}/gesprekken/nieuw", casusId).with(wijkwerker()))
			.andExpect(content().string(containsString("Verder met concept van")))
			.andExpect(content()
				.string(containsString("href=\"/casussen/" + casusId + "/gesprekken/nieuw?concept=" + conceptId)));
		this.mvc
			.perform(get("/casussen/{id}/gesprekken/nieuw", casusId).param("concept", String.valueOf(conceptId))
				.with(wijkwerker()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Halverwege het verhaal over de buren</textarea>")))
			.andExpect(
					content().string(containsString("id=\"conceptId\" name=\"conceptId\" value=\"" + conceptId + "\"")))
			.andExpect(content().string(containsString("Verder met het concept van")))
			.andExpect(content().string(containsString("Concept verwijderen")));
		assertThat(this.fixture.log(casusId, "GESPREK_CONCEPT_BEKEKEN", "OK", Demo.WIJKWERKER)).isEqualTo(2);
		this.mvc.perform(get("/casussen/{id}", casusId).with(wijkwerker()))
			.andExpect(content().string(containsString("nieuw?concept=" + conceptId)));
	}

	@Test
	void nobodyButTheAuthorOpensOverwritesOrDeletesADraft() throws Exception {
		long casusId = this.fixture.casus();
		long conceptId = bewaar(casusId, "Alleen van mij");
		this.mvc
			.perform(get("/casussen/{id}/gesprekken/nieuw", casusId).param("concept", String.valueOf(conceptId))
				.with(this.fixture.als(Demo.MANAGER)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Alleen van mij"))));
		assertThat(this.fixture.log(casusId, "GESPREK_CONCEPT_BEKEKEN", "DENIED", Demo.MANAGER)).isEqualTo(1);
		this.mvc
			.perform(concept(casusId, "Overschreven").with(this.fixture.als(Demo.MANAGER))
				.param("conceptId", String.valueOf(conceptId))
				.param("conceptVersion", "0"))
			.andExpect(status().isNotFound());
		assertThat(this.fixture.log(casusId, "GESPREK_CONCEPT_OPGESLAGEN", "DENIED", Demo.MANAGER)).isEqualTo(1);
		this.mvc
			.perform(get("/casussen/{id}/gesprekken/concept/{c}/verwijderen", casusId, conceptId)
				.with(this.fixture.als(Demo.MANAGER)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/casussen/{id}/gesprekken/concept/{c}/verwijderen", casusId, conceptId).with(csrf())
				.with(this.fixture.als(Demo.MANAGER)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/casussen/{id}", casusId).with(this.fixture.als(Demo.MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("nieuw?concept=" + conceptId))));
		long andereCasus = this.fixture.casus();
		this.mvc
			.perform(get("/casussen/{id}/gesprekken/nieuw", andereCasus).param("concept", String.valueOf(conceptId))
				.with(wijkwerker()))
			.andExpect(status().isNotFound());
		Map<String, Object> rij = this.fixture.concept(conceptId);
		assertThat(rij.get("version")).isEqualTo(0L);
		assertThat((String) rij.get("inhoud")).contains("Alleen van mij");
	}

	@Test
	void conceptOpslaanWorksWithoutScriptAndChecksNothing() throws Exception {
		long casusId = this.fixture.casus();
		MvcResult resultaat = this.mvc
			.perform(gesprek(casusId, "", "datum", vandaag().plusDays(3).toString(), "zrmScore[FINANCIEN]", "9",
					"afspraken[0].omschrijving", "Half bedacht", "actie", "concept")
				.with(wijkwerker()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("melding", "gesprek.concept.bewaard"))
			.andReturn();
		String url = resultaat.getResponse().getRedirectedUrl();
		assertThat(url).startsWith("/casussen/" + casusId + "/gesprekken/nieuw?concept=");
		long conceptId = Long.parseLong(url.substring(url.indexOf('=') + 1));
		assertThat((String) this.fixture.concept(conceptId).get("inhoud")).contains("Half bedacht")
			.contains(vandaag().plusDays(3).toString());
		assertThat(this.fixture.opgeslagen(casusId)).isZero();
		this.mvc.perform(get(url).with(wijkwerker()))
			.andExpect(content().string(containsString("value=\"Half bedacht\"")))
			.andExpect(content().string(containsString("<option value=\"\">Niet gescoord</option>")));
	}

	@Test
	void aStaleDraftWithoutScriptIsKeptAsASeparateDraftOnRequest() throws Exception {
		long casusId = this.fixture.casus();
		long conceptId = bewaar(casusId, "Eerste");
		this.mvc
			.perform(concept(casusId, "Tweede").with(wijkwerker())
				.param("conceptId", String.valueOf(conceptId))
				.param("conceptVersion", "0"))
			.andExpect(status().isOk());
		this.mvc
			.perform(gesprek(casusId, "Mijn tekst uit het oude venster", "conceptId", String.valueOf(conceptId),
					"conceptVersion", "0", "actie", "concept")
				.with(wijkwerker()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"concept-conflict\"")))
			.andExpect(content().string(containsString("Mijn tekst uit het oude venster</textarea>")))
			.andExpect(content().string(containsString("value=\"conceptApart\"")));
		this.mvc
			.perform(gesprek(casusId, "Mijn tekst uit het oude venster", "conceptId", String.valueOf(conceptId),
					"conceptVersion", "0", "actie", "conceptApart")
				.with(wijkwerker()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixture.concepten(casusId)).isEqualTo(2);
		assertThat((String) this.fixture.concept(conceptId).get("inhoud")).contains("Tweede");
	}

	@Test
	void aDraftIsDeletedAfterConfirmation() throws Exception {
		long casusId = this.fixture.casus();
		long conceptId = bewaar(casusId, "Dit gesprek ging niet door");
		this.mvc
			.perform(get("/casussen/{id}/gesprekken/concept/{c}/verwijderen", casusId, conceptId).with(wijkwerker()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit gesprek ging niet door")))
			.andExpect(content().string(containsString("Ja, verwijderen")));
		assertThat(this.fixture.concepten(casusId)).isEqualTo(1);
		this.mvc
			.perform(post("/casussen/{id}/gesprekken/concept/{c}/verwijderen", casusId, conceptId).with(csrf())
				.with(wijkwerker()))
			.andExpect(redirectedUrl("/casussen/" + casusId))
			.andExpect(flash().attribute("melding", "gesprek.concept.verwijderd"));
		assertThat(this.fixture.concepten(casusId)).isZero();
		assertThat(this.fixture.log(casusId, "GESPREK_CONCEPT_VERWIJDERD", "OK", Demo.WIJKWERKER)).isEqualTo(1);
	}

	@Test
	void finalisingRemovesItsDraftButKeepsANewerOne() throws Exception {
		long casusId = this.fixture.casus();
		long conceptId = bewaar(casusId, "Bijna klaar");
		this.mvc
			.perform(gesprek(casusId, "Klaar", "conceptId", String.valueOf(conceptId), "conceptVersion", "0")
				.with(wijkwerker()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("melding", "gesprek.vastgelegd"));
		assertThat(this.fixture.concepten(casusId)).isZero();

		long tweede = bewaar(casusId, "Tweede gesprek");
		this.mvc
			.perform(concept(casusId, "Tweede gesprek, aangevuld in een ander venster").with(wijkwerker())
				.param("conceptId", String.valueOf(tweede))
				.param("conceptVersion", "0"))
			.andExpect(status().isOk());
		this.mvc
			.perform(gesprek(casusId, "Tweede gesprek", "conceptId", String.valueOf(tweede), "conceptVersion", "0")
				.with(wijkwerker()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("melding", "gesprek.vastgelegdConceptBehouden"));
		assertThat(this.fixture.aantal("select count(*) from gesprek where casus_id = ?", casusId)).isEqualTo(2);
		assertThat((String) this.fixture.concept(tweede).get("inhoud")).contains("aangevuld in een ander venster");
	}

	@Test
	void aRefusedFinaliseKeepsTheDraft() throws Exception {
		long casusId = this.fixture.casus();
		long conceptId = bewaar(casusId, "Concepttekst");
		this.mvc
			.perform(gesprek(casusId, "", "conceptId", String.valueOf(conceptId), "conceptVersion", "0")
				.with(wijkwerker()))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.fixture.concept(conceptId).get("version")).isEqualTo(0L);
		assertThat(this.fixture.opgeslagen(casusId)).isZero();
	}

	private long bewaar(long casusId, String verslag) throws Exception {
		return conceptId(this.mvc.perform(concept(casusId, verslag).with(wijkwerker()))
			.andExpect(status().isOk())
			.andExpect(header().exists("HX-Replace-Url"))
			.andReturn());
	}

	private static long conceptId(MvcResult resultaat) throws Exception {
		Matcher matcher = CONCEPT_ID.matcher(resultaat.getResponse().getContentAsString());
		assertThat(matcher.find()).as(resultaat.getResponse().getContentAsString()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor wijkwerker() {
		return this.fixture.als(Demo.WIJKWERKER);
	}

}
