package nl.wijkdossier.casus;

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

import nl.wijkdossier.test.Demo;

import static nl.wijkdossier.casus.CasusFixture.intake;
import static nl.wijkdossier.casus.CasusFixture.met;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dossier: shown within scope and logged before it renders; out of scope it does not
 * exist (404, DENIED row); roles that read no case at all are refused (403).
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierTests {

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
	void wijkwerkerOpensADossierOfHerTeamAndTheViewIsLogged() throws Exception {
		String bsn = CasusFixture.geldigBsn();
		long id = this.casussen.meld(met(intake(), "bsn", bsn).param("domeinen", "HUISVESTING"));
		String achternaam = (String) this.jdbc
			.sql("select i.achternaam from inwoner i join casus c on c.inwoner_id = i.id where c.id = ?")
			.param(id)
			.query()
			.singleValue();
		String html = this.mvc.perform(get("/casussen/{id}", id).with(this.casussen.als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Dossier Testa " + achternaam)
			.contains("******" + bsn.substring(6))
			.doesNotContain(bsn)
			.contains("Wijkteam Stad Centrum")
			.contains("Aangemeld")
			.contains("Schulden lopen op, post blijft ongeopend.")
			.contains("Huisvesting")
			.contains("Financi\u00ebn")
			.contains("door Dochter")
			.contains("Tijdlijn")
			.contains("Aangemeld voor")
			.contains("Ik pak deze casus op");
		assertThat(html).containsPattern("\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}");
		assertThat(this.casussen.toegangslog(id, "CASUS_BEKEKEN", "OK", Demo.WIJKWERKER)).isEqualTo(1);
		assertThat(this.jdbc.sql(
				"select count(*) from toegangslog where casus_id = ? and gebeurtenis = 'CASUS_BEKEKEN' and inwoner_id is not null")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theManagerOfTheTeamOpensTheDossier() throws Exception {
		long id = this.casussen.meld(intake());
		this.mvc.perform(get("/casussen/{id}", id).with(this.casussen.als(Demo.MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Toewijzen")));
		assertThat(this.casussen.toegangslog(id, "CASUS_BEKEKEN", "OK", Demo.MANAGER)).isEqualTo(1);
	}

	@Test
	void wijkwerkerOfAnotherClusterGetsNotFoundAndADeniedRow() throws Exception {
		long id = this.casussen.meld(intake());
		this.mvc.perform(get("/casussen/{id}", id).with(this.casussen.als(Demo.WIJKWERKER2)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Testa"))));
		assertThat(this.casussen.toegangslog(id, "CASUS_BEKEKEN", "DENIED", Demo.WIJKWERKER2)).isEqualTo(1);
		assertThat(this.casussen.toegangslog(id, "CASUS_BEKEKEN", "OK", Demo.WIJKWERKER2)).isZero();
	}

	@Test
	void aCaseThatDoesNotExistLooksTheSameAsOneOutOfScope() throws Exception {
		this.mvc.perform(get("/casussen/{id}", Long.MAX_VALUE).with(this.casussen.als(Demo.WIJKWERKER)))
			.andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@ValueSource(strings = { Demo.GEMEENTE, Demo.BEHEER, Demo.PRIVACY })
	void rolesThatReadNoCaseAreRefused(String gebruiker) throws Exception {
		long id = this.casussen.meld(intake());
		this.mvc.perform(get("/casussen/{id}", id).with(this.casussen.als(gebruiker)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Testa"))));
		assertThat(this.casussen.toegangslog(id, "CASUS_BEKEKEN", "OK", gebruiker)).isZero();
	}

	@Test
	void theWmoClockShowsItsDeadlinesInColourAndInWords() throws Exception {
		long id = this.casussen.meld(intake().param("wmoMelding", "true"));
		this.mvc.perform(get("/casussen/{id}", id).with(this.casussen.als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wmo-klok")))
			.andExpect(content().string(containsString("deadline deadline-groen")))
			.andExpect(content().string(containsString("Groen: op tijd, nog 42 dagen")))
			.andExpect(content().string(containsString("Persoonlijk plan")));
	}

	@Test
	void everyDemoCaseOfTheTeamRendersWhateverItsStateForWorkerAndManager() throws Exception {
		java.util.List<Long> ids = this.jdbc.sql("select id from casus where team_id = ? order by id limit 60")
			.param(this.casussen.teamVan(Demo.WIJKWERKER))
			.query(Long.class)
			.list();
		assertThat(ids).hasSizeGreaterThan(40);
		for (long id : ids) {
			for (String gebruiker : new String[] { Demo.WIJKWERKER, Demo.MANAGER }) {
				this.mvc.perform(get("/casussen/{id}", id).with(this.casussen.als(gebruiker)))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("Tijdlijn")));
			}
		}
		assertThat(
				this.jdbc.sql("select count(*) from toegangslog where gebeurtenis = 'CASUS_BEKEKEN' and casus_id = ?")
					.param(ids.get(0))
					.query(Integer.class)
					.single())
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void aCaseWithoutWmoMeldingHasNoClock() throws Exception {
		long id = this.casussen.meld(intake());
		this.mvc.perform(get("/casussen/{id}", id).with(this.casussen.als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Wmo-klok"))));
	}

}
