package nl.wijkdossier.casus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link WmoKlokSql} says in SQL exactly what {@link WmoKlok} says in Java: the last day
 * of the open legal term, and whether it is at risk (amber or red). Checked for thousands
 * of generated clocks — suspended or not, suspended before or after the aanvraag, still
 * suspended, onderzoek done or not, aanvraag and beschikking — on days across month ends
 * and the switches to and from summer time, and on real casus rows.
 */
@SpringBootTest
class WmoKlokSqlTests {

	private static final List<LocalDate> DAGEN = List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 31),
			LocalDate.of(2026, 10, 25), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 2, 28),
			LocalDate.of(2028, 2, 29));

	private final JdbcClient jdbc;

	private final CasusFixtures fixtures;

	@Autowired
	WmoKlokSqlTests(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer) {
		this.jdbc = jdbc;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
	}

	@Test
	void theSqlAgreesWithTheWmoKlokForGeneratedClocks() {
		Random random = new Random(2015);
		int gevaar = 0;
		int open = 0;
		for (LocalDate vandaag : DAGEN) {
			List<Klok> klokken = new ArrayList<>();
			for (int i = 0; i < 600; i++) {
				klokken.add(Klok.willekeurig(i, vandaag, random));
			}
			Map<Long, Uitkomst> sql = viaSql(klokken, vandaag);
			for (Klok klok : klokken) {
				Uitkomst verwacht = klok.verwacht(vandaag);
				assertThat(sql.get(klok.id())).as("%s op %s", klok, vandaag).isEqualTo(verwacht);
				gevaar += verwacht.inGevaar() ? 1 : 0;
				open += (verwacht.uiterlijk() != null) ? 1 : 0;
			}
		}
		assertThat(gevaar).as("the generated clocks include terms at risk").isGreaterThan(100);
		assertThat(open - gevaar).as("and open terms that are not at risk").isGreaterThan(100);
	}

	@Test
	void theEdgesOfAtRiskAreTheEdgesOfAmber() {
		LocalDate vandaag = LocalDate.of(2026, 3, 31);
		List<Klok> klokken = new ArrayList<>();
		// onderzoek due in 8, 7, 0 and -1 days; suspended 5 days and ended; suspended and
		// still running
		klokken.add(new Klok(1, true, vandaag.minusDays(34), null, null, null, null, null));
		klokken.add(new Klok(2, true, vandaag.minusDays(35), null, null, null, null, null));
		klokken.add(new Klok(3, true, vandaag.minusDays(42), null, null, null, null, null));
		klokken.add(new Klok(4, true, vandaag.minusDays(43), null, null, null, null, null));
		klokken.add(new Klok(5, true, vandaag.minusDays(40), vandaag.minusDays(30), vandaag.minusDays(25), null, null,
				null));
		klokken.add(new Klok(6, true, vandaag.minusDays(60), vandaag.minusDays(40), null, null, null, null));
		// beschikking: suspended after the aanvraag counts, before it does not
		klokken.add(new Klok(7, true, vandaag.minusDays(50), vandaag.minusDays(12), vandaag.minusDays(2),
				vandaag.minusDays(20), vandaag.minusDays(15), null));
		klokken.add(new Klok(8, true, vandaag.minusDays(50), vandaag.minusDays(45), vandaag.minusDays(40),
				vandaag.minusDays(20), vandaag.minusDays(15), null));
		Map<Long, Uitkomst> sql = viaSql(klokken, vandaag);
		assertThat(sql.get(1L).inGevaar()).isFalse();
		assertThat(sql.get(2L).inGevaar()).isTrue();
		assertThat(sql.get(3L).inGevaar()).isTrue();
		assertThat(sql.get(4L).inGevaar()).isTrue();
		assertThat(sql.get(5L).uiterlijk()).isEqualTo(vandaag.minusDays(40).plusWeeks(6).plusDays(5));
		assertThat(sql.get(6L).uiterlijk()).as("still suspended: the deadline moves with today")
			.isEqualTo(vandaag.plusDays(22));
		assertThat(sql.get(7L).uiterlijk()).isEqualTo(vandaag.minusDays(15).plusWeeks(2).plusDays(10));
		assertThat(sql.get(8L).uiterlijk()).isEqualTo(vandaag.minusDays(15).plusWeeks(2));
		for (Klok klok : klokken) {
			assertThat(sql.get(klok.id())).as(klok.toString()).isEqualTo(klok.verwacht(vandaag));
		}
	}

	@Test
	void theSqlAgreesWithTheWmoKlokOnRealCases() {
		CasusFixtures.NieuwTeam team = this.fixtures.nieuwTeam();
		LocalDate vandaag = LocalDate.now(ClockConfiguration.ZONE);
		List<Klok> klokken = List.of(new Klok(0, true, vandaag.minusDays(38), null, null, null, null, null),
				new Klok(0, true, vandaag.minusDays(50), null, null, null, null, null),
				new Klok(
						0, true, vandaag.minusDays(38), vandaag.minusDays(30), vandaag.minusDays(20), null, null, null),
				new Klok(0, true, vandaag.minusDays(70), vandaag.minusDays(60), null, null, null, null),
				new Klok(0, true, vandaag.minusDays(40), null, null, vandaag.minusDays(20), vandaag.minusDays(10),
						null),
				new Klok(0, true, vandaag.minusDays(40), null, null, vandaag.minusDays(20), vandaag.minusDays(18),
						vandaag.minusDays(5)),
				new Klok(0, false, vandaag.minusDays(80), null, null, null, null, null));
		List<Klok> opgeslagen = new ArrayList<>();
		for (Klok klok : klokken) {
			CasusFixtures.CasusBouwer bouwer = this.fixtures.casus(this.fixtures.inwoner().id(), team.teamId())
				.dagenGeleden((int) java.time.temporal.ChronoUnit.DAYS.between(klok.gemeldOp(), vandaag));
			long id = (klok.wmo() ? bouwer.wmo() : bouwer).opslaan();
			this.jdbc.sql("""
					update casus set opgeschort_van = :van, opgeschort_tot = :tot, opschorting_reden = :reden,
					       onderzoek_afgerond_op = :onderzoek, aanvraag_op = :aanvraag, beschikking_op = :beschikking
					where id = :id
					""")
				.param("van", klok.opgeschortVan())
				.param("tot", klok.opgeschortTot())
				.param("reden", (klok.opgeschortVan() != null) ? "Wacht op medisch advies" : null)
				.param("onderzoek", klok.onderzoekAfgerondOp())
				.param("aanvraag", klok.aanvraagOp())
				.param("beschikking", klok.beschikkingOp())
				.param("id", id)
				.update();
			opgeslagen.add(klok.metId(id));
		}
		Map<Long, Uitkomst> sql = new HashMap<>();
		this.jdbc
			.sql("select c.id, " + WmoKlokSql.OPEN_TERMIJN_UITERLIJK + " as uiterlijk, " + WmoKlokSql.IN_GEVAAR
					+ " as in_gevaar from casus c where c.id = any(:ids)")
			.param("ids", opgeslagen.stream().map(Klok::id).toArray(Long[]::new))
			.param("vandaag", vandaag)
			.query((rs, rij) -> sql.put(rs.getLong("id"),
					new Uitkomst(rs.getObject("uiterlijk", LocalDate.class), rs.getBoolean("in_gevaar"))))
			.list();
		assertThat(sql).hasSize(klokken.size());
		for (Klok klok : opgeslagen) {
			assertThat(sql.get(klok.id())).as(klok.toString()).isEqualTo(klok.verwacht(vandaag));
		}
		assertThat(sql.values().stream().filter(Uitkomst::inGevaar).count()).isEqualTo(3);
	}

	private Map<Long, Uitkomst> viaSql(List<Klok> klokken, LocalDate vandaag) {
		StringBuilder waarden = new StringBuilder();
		for (Klok klok : klokken) {
			waarden.append(waarden.isEmpty() ? "" : ",\n").append(klok.alsSql());
		}
		Map<Long, Uitkomst> uitkomsten = new HashMap<>();
		this.jdbc
			.sql("select c.id, " + WmoKlokSql.OPEN_TERMIJN_UITERLIJK + " as uiterlijk, " + WmoKlokSql.IN_GEVAAR
					+ " as in_gevaar from (values " + waarden + ") as c(id, wmo_melding, gemeld_op, opgeschort_van,"
					+ " opgeschort_tot, onderzoek_afgerond_op, aanvraag_op, beschikking_op)")
			.param("vandaag", vandaag)
			.query((rs, rij) -> uitkomsten.put(rs.getLong("id"),
					new Uitkomst(rs.getObject("uiterlijk", LocalDate.class), rs.getBoolean("in_gevaar"))))
			.list();
		assertThat(uitkomsten).hasSize(klokken.size());
		return uitkomsten;
	}

	/** What the SQL should give: the open term's last day (or null), and at risk. */
	record Uitkomst(LocalDate uiterlijk, boolean inGevaar) {
	}

	/** The clock columns of one case. */
	record Klok(long id, boolean wmo, LocalDate gemeldOp, LocalDate opgeschortVan, LocalDate opgeschortTot,
			LocalDate onderzoekAfgerondOp, LocalDate aanvraagOp, LocalDate beschikkingOp) {

		static Klok willekeurig(long id, LocalDate vandaag, Random random) {
			LocalDate gemeld = vandaag.minusDays(random.nextInt(120));
			LocalDate van = random.nextInt(3) == 0 ? gemeld.plusDays(random.nextInt(40)) : null;
			LocalDate tot = (van != null && random.nextBoolean()) ? van.plusDays(random.nextInt(20)) : null;
			LocalDate onderzoek = random.nextInt(3) > 0 ? gemeld.plusDays(random.nextInt(60)) : null;
			LocalDate aanvraag = random.nextInt(3) > 0 ? gemeld.plusDays(random.nextInt(70)) : null;
			LocalDate beschikking = (aanvraag != null && random.nextBoolean()) ? aanvraag.plusDays(random.nextInt(20))
					: null;
			return new Klok(id, random.nextInt(8) > 0, gemeld, van, tot, onderzoek, aanvraag, beschikking);
		}

		Klok metId(long nieuw) {
			return new Klok(nieuw, this.wmo, this.gemeldOp, this.opgeschortVan, this.opgeschortTot,
					this.onderzoekAfgerondOp, this.aanvraagOp, this.beschikkingOp);
		}

		/** What {@link WmoKlok} says on that day. */
		Uitkomst verwacht(LocalDate vandaag) {
			if (!this.wmo) {
				return new Uitkomst(null, false);
			}
			WmoKlok.Deadline termijn = WmoKlok
				.van(this.gemeldOp, this.opgeschortVan, this.opgeschortTot, this.onderzoekAfgerondOp, this.aanvraagOp,
						this.beschikkingOp, vandaag)
				.eerstvolgende();
			if (termijn.afgerondOp() != null) {
				return new Uitkomst(null, false);
			}
			WmoKlok.Kleur kleur = termijn.kleur();
			return new Uitkomst(termijn.uiterlijk(), kleur == WmoKlok.Kleur.AMBER || kleur == WmoKlok.Kleur.ROOD);
		}

		String alsSql() {
			return "(" + this.id + ", " + this.wmo + ", " + datum(this.gemeldOp) + ", " + datum(this.opgeschortVan)
					+ ", " + datum(this.opgeschortTot) + ", " + datum(this.onderzoekAfgerondOp) + ", "
					+ datum(this.aanvraagOp) + ", " + datum(this.beschikkingOp) + ")";
		}

		private static String datum(LocalDate dag) {
			return (dag != null) ? "date '" + dag + "'" : "cast(null as date)";
		}

	}

}
