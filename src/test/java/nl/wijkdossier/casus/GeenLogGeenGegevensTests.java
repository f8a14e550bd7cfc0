package nl.wijkdossier.casus;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.test.Browserloos;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No access-log row, no data: when the row cannot be written, the resident's data is not
 * shown. The database refuses the row (a trigger for one fresh colleague only), as it
 * would on a full disk or a broken log table; nothing is mocked.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GeenLogGeenGegevensTests {

	private final JdbcClient jdbc;

	private final CasusFixtures fixtures;

	@LocalServerPort
	int poort;

	@Autowired
	GeenLogGeenGegevensTests(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer) {
		this.jdbc = jdbc;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
	}

	@AfterEach
	void ruimOp() {
		this.jdbc.sql("drop trigger if exists tr_test_log_weigert on toegangslog").update();
		this.jdbc.sql("drop function if exists wd_test_log_weigert()").update();
	}

	@Test
	void whenTheAccessLogRowCannotBeWrittenTheDossierIsNotShown() {
		long team = this.fixtures.teamVan(Demo.WIJKWERKER);
		String collega = "logtest-" + UUID.randomUUID().toString().substring(0, 8);
		String hash = this.jdbc.sql("select wachtwoord_hash from gebruiker where gebruikersnaam = 'wijkwerker'")
			.query(String.class)
			.single();
		long gebruiker = this.jdbc.sql("""
				insert into gebruiker (gebruikersnaam, wachtwoord_hash, rol, weergavenaam)
				values (?, ?, 'WIJKWERKER', 'Log Test') returning id
				""").params(collega, hash).query(Long.class).single();
		long partner = this.jdbc.sql("select partner_id from medewerker where team_id = ? limit 1")
			.param(team)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into medewerker (voornaam, achternaam, email, partner_id, team_id, gebruiker_id, uren_per_week)
				values ('Log', 'Test', ?, ?, ?, ?, 32)
				""").params(collega + "@test.example", partner, team, gebruiker).update();
		CasusFixtures.Inwoner inwoner = this.fixtures.inwoner();
		long casus = this.fixtures.casus(inwoner.id(), team).opslaan();

		Browserloos browser = new Browserloos(this.poort);
		browser.logIn(collega, Demo.WACHTWOORD);
		assertThat(browser.get("/casussen/" + casus).body()).as("zonder storing zichtbaar")
			.contains(inwoner.achternaam());

		this.jdbc.sql("""
				create function wd_test_log_weigert() returns trigger language plpgsql as $$
				begin
				    if new.gebruikersnaam = '%s' then
				        raise exception 'toegangslog tijdelijk niet schrijfbaar';
				    end if;
				    return new;
				end;
				$$
				""".formatted(collega)).update();
		this.jdbc.sql("""
				create trigger tr_test_log_weigert before insert on toegangslog
				for each row execute function wd_test_log_weigert()
				""").update();

		HttpResponse<String> zonderLog = browser.get("/casussen/" + casus);
		assertThat(zonderLog.statusCode()).isEqualTo(500);
		assertThat(zonderLog.body()).contains("Er ging iets mis")
			.doesNotContain(inwoner.achternaam())
			.doesNotContain(inwoner.postcode());
	}

}
