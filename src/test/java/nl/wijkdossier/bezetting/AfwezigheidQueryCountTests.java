package nl.wijkdossier.bezetting;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.test.StatementTeller;
import nl.wijkdossier.test.StatementTeller.Teller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The manager's absence pages are written for scale: the number of SQL statements of the
 * overview does not grow with the number of absences, invallen and cases, nor that of one
 * absence with its invallen, case counts and suggestions (no N+1).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementTeller.Tellen.class)
class AfwezigheidQueryCountTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final Inwoners inwoners;

	private final OrganisatieBeheer beheer;

	@Autowired
	AfwezigheidQueryCountTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.inwoners = inwoners;
		this.beheer = beheer;
	}

	@Test
	void theOverviewAndOneAbsenceSendTheSameNumberOfStatementsForFewOrMany() throws Exception {
		BezettingFixture f = new BezettingFixture(this.jdbc, this.inwoners, this.beheer);
		LocalDate vandaag = LocalDate.now(ClockConfiguration.ZONE);
		long eerste = f.afwezigheid(f.a1, "ZIEKTE", vandaag, vandaag.plusDays(2));
		f.inval(eerste, f.b1, vandaag, vandaag);
		f.casusVan(f.a1, f.teamA);

		int lijstBijEen = statements("/afwezigheid", f.m);
		int detailBijEen = statements("/afwezigheid/" + eerste, f.m);

		long partner = this.jdbc.sql("select partner_id from medewerker where id = ?")
			.param(f.medewerker(f.a1))
			.query(Long.class)
			.single();
		for (int i = 0; i < 12; i++) {
			String collega = f.casussen.wijkwerker(partner, (i % 2 == 0) ? f.teamA : f.teamB);
			long afwezigheid = f.afwezigheid(collega, (i % 2 == 0) ? "VAKANTIE" : "ZIEKTE", vandaag.plusDays(i),
					vandaag.plusDays(i + 5));
			f.inval(afwezigheid, f.b1, vandaag.plusDays(i), vandaag.plusDays(i));
			f.inval(afwezigheid, f.a2, vandaag.plusDays(i + 1), vandaag.plusDays(i + 2));
			f.casusVan(collega, f.teamA);
			f.casusVan(f.a1, f.teamA);
		}
		f.inval(eerste, f.a2, vandaag.plusDays(1), vandaag.plusDays(1));
		int lijstBijVeel = statements("/afwezigheid", f.m);
		int detailBijVeel = statements("/afwezigheid/" + eerste, f.m);

		assertThat(lijstBijEen).isPositive();
		assertThat(lijstBijVeel).isEqualTo(lijstBijEen);
		assertThat(detailBijVeel).isEqualTo(detailBijEen);
	}

	private int statements(String pad, String gebruiker) throws Exception {
		var principal = user(this.gebruikers.loadUserByUsername(gebruiker));
		Teller.begin();
		try {
			this.mvc.perform(get(pad).with(principal)).andExpect(status().isOk());
		}
		finally {
			Teller.stop();
		}
		return Teller.aantal();
	}

}
