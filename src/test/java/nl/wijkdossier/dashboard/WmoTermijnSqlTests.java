package nl.wijkdossier.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.casus.WmoKlok;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's "Wmo term met" in SQL ({@link CasusCijfers#ONDERZOEK_UITERLIJK},
 * {@link CasusCijfers#BESCHIKKING_UITERLIJK}) says what {@link WmoKlok} says: for
 * generated clocks (suspended before or after the aanvraag, still suspended, late and in
 * time), and on fixture cases counted by the dashboard figure itself.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WmoTermijnSqlTests {

	private final JdbcClient jdbc;

	private final CasusFixtures fixtures;

	private final CasusCijfers cijfers;

	@Autowired
	WmoTermijnSqlTests(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer, CasusCijfers cijfers) {
		this.jdbc = jdbc;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
		this.cijfers = cijfers;
	}

	@Test
	void theSqlAgreesWithTheWmoKlokForGeneratedFinishedTerms() {
		Random random = new Random(2015);
		LocalDate vandaag = LocalDate.of(2026, 3, 31);
		List<Klok> klokken = new ArrayList<>();
		for (int i = 0; i < 800; i++) {
			klokken.add(Klok.willekeurig(i, vandaag, random));
		}
		StringBuilder waarden = new StringBuilder();
		for (Klok k : klokken) {
			waarden.append(waarden.isEmpty() ? "" : ",\n")
				.append("(%d, %s, %s, %s, %s, %s, %s)".formatted(k.id(), d(k.gemeldOp()), d(k.opgeschortVan()),
						d(k.opgeschortTot()), d(k.onderzoekAfgerondOp()), d(k.aanvraagOp()), d(k.beschikkingOp())));
		}
		Map<Long, boolean[]> sql = new HashMap<>();
		this.jdbc
			.sql("select c.id, c.onderzoek_afgerond_op <= " + CasusCijfers.ONDERZOEK_UITERLIJK
					+ " as onderzoek, c.beschikking_op <= " + CasusCijfers.BESCHIKKING_UITERLIJK + " as beschikking"
					+ " from (values " + waarden + ") as c(id, gemeld_op, opgeschort_van, opgeschort_tot,"
					+ " onderzoek_afgerond_op, aanvraag_op, beschikking_op)")
			.param("vandaag", vandaag)
			.query((rs, rij) -> sql.put(rs.getLong("id"),
					new boolean[] { rs.getBoolean("onderzoek"), rs.getBoolean("beschikking") }))
			.list();
		int laat = 0;
		int opTijd = 0;
		for (Klok k : klokken) {
			WmoKlok klok = k.klok(vandaag);
			if (k.onderzoekAfgerondOp() != null) {
				boolean verwacht = klok.onderzoek().kleur() == WmoKlok.Kleur.AFGEROND;
				assertThat(sql.get(k.id())[0]).as("onderzoek %s", k).isEqualTo(verwacht);
				laat += verwacht ? 0 : 1;
				opTijd += verwacht ? 1 : 0;
			}
			if (k.beschikkingOp() != null) {
				assertThat(sql.get(k.id())[1]).as("beschikking %s", k)
					.isEqualTo(klok.beschikking().kleur() == WmoKlok.Kleur.AFGEROND);
			}
		}
		assertThat(laat).as("late onderzoeken among the generated").isGreaterThan(50);
		assertThat(opTijd).as("and onderzoeken in time").isGreaterThan(50);
	}

	@Test
	void theDashboardFigureCountsWhatTheWmoKlokSaysOnFixtureCases() {
		CasusFixtures.NieuwTeam team = this.fixtures.nieuwTeam();
		LocalDate vandaag = LocalDate.now(ClockConfiguration.ZONE);
		Random random = new Random(7);
		List<Klok> klokken = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			Klok k = Klok.willekeurig(0, vandaag, random);
			if (k.onderzoekAfgerondOp() != null && k.onderzoekAfgerondOp().isAfter(vandaag)) {
				continue;
			}
			if (k.beschikkingOp() != null && k.beschikkingOp().isAfter(vandaag)) {
				continue;
			}
			long id = this.fixtures.casus(this.fixtures.inwoner().id(), team.teamId())
				.dagenGeleden((int) ChronoUnit.DAYS.between(k.gemeldOp(), vandaag))
				.wmo()
				.opslaan();
			this.jdbc.sql("""
					update casus set opgeschort_van = :van, opgeschort_tot = :tot, opschorting_reden = :reden,
					       onderzoek_afgerond_op = :onderzoek, aanvraag_op = :aanvraag, beschikking_op = :beschikking
					where id = :id
					""")
				.param("van", k.opgeschortVan())
				.param("tot", k.opgeschortTot())
				.param("reden", (k.opgeschortVan() != null) ? "Wacht op medisch advies" : null)
				.param("onderzoek", k.onderzoekAfgerondOp())
				.param("aanvraag", k.aanvraagOp())
				.param("beschikking", k.beschikkingOp())
				.param("id", id)
				.update();
			klokken.add(k);
		}
		Periode periode = new Periode(Periode.Soort.ANDERS, vandaag.minusDays(365), vandaag);
		long onderzoeken = 0;
		long onderzoekOpTijd = 0;
		long beschikkingen = 0;
		long beschikkingOpTijd = 0;
		for (Klok k : klokken) {
			WmoKlok klok = k.klok(vandaag);
			if (k.onderzoekAfgerondOp() != null) {
				onderzoeken++;
				onderzoekOpTijd += (klok.onderzoek().kleur() == WmoKlok.Kleur.AFGEROND) ? 1 : 0;
			}
			if (k.beschikkingOp() != null) {
				beschikkingen++;
				beschikkingOpTijd += (klok.beschikking().kleur() == WmoKlok.Kleur.AFGEROND) ? 1 : 0;
			}
		}
		Figuur wmo = this.cijfers
			.figuren(new Bereik(Bereik.Soort.TEAM, team.teamId(), "t", List.of(team.teamId())), periode, vandaag,
					new Onderdrukking(2))
			.stream()
			.filter((f) -> f.id().equals("wmo-termijnen"))
			.findFirst()
			.orElseThrow();
		assertThat(onderzoeken).isGreaterThan(10);
		assertThat(wmo.rijen().get(0).cellen().get(0).waarde()).isEqualByComparingTo(String.valueOf(onderzoeken));
		assertThat(wmo.rijen().get(0).cellen().get(1).waarde()).isEqualByComparingTo(String.valueOf(onderzoekOpTijd));
		assertThat(wmo.rijen().get(1).cellen().get(0).waarde()).isEqualByComparingTo(String.valueOf(beschikkingen));
		assertThat(wmo.rijen().get(1).cellen().get(1).waarde()).isEqualByComparingTo(String.valueOf(beschikkingOpTijd));
	}

	private static String d(LocalDate datum) {
		return (datum != null) ? "date '" + datum + "'" : "cast(null as date)";
	}

	/** The clock columns of one finished or running Wmo case. */
	record Klok(long id, LocalDate gemeldOp, LocalDate opgeschortVan, LocalDate opgeschortTot,
			LocalDate onderzoekAfgerondOp, LocalDate aanvraagOp, LocalDate beschikkingOp) {

		static Klok willekeurig(long id, LocalDate vandaag, Random random) {
			LocalDate gemeld = vandaag.minusDays(60 + random.nextInt(200));
			LocalDate van = random.nextInt(3) == 0 ? gemeld.plusDays(random.nextInt(40)) : null;
			LocalDate tot = (van != null && random.nextBoolean()) ? van.plusDays(random.nextInt(20)) : null;
			LocalDate onderzoek = random.nextInt(4) > 0 ? gemeld.plusDays(20 + random.nextInt(40)) : null;
			LocalDate aanvraag = (onderzoek != null && random.nextBoolean()) ? onderzoek.plusDays(random.nextInt(5))
					: null;
			LocalDate beschikking = (aanvraag != null && random.nextInt(4) > 0)
					? aanvraag.plusDays(5 + random.nextInt(20)) : null;
			return new Klok(id, gemeld, van, tot, onderzoek, aanvraag, beschikking);
		}

		WmoKlok klok(LocalDate vandaag) {
			return WmoKlok.van(this.gemeldOp, this.opgeschortVan, this.opgeschortTot, this.onderzoekAfgerondOp,
					this.aanvraagOp, this.beschikkingOp, vandaag);
		}

	}

}
