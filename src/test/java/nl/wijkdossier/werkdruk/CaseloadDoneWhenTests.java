package nl.wijkdossier.werkdruk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.casus.WmoKlok;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.test.Browserloos;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's "done when" for the caseload, over real HTTP with the demo accounts: as
 * {@code manager}, {@code /caseload} lists every active wijkwerker of his four teams with
 * the counts this test computes on its own from the demo data — plain SQL per person, the
 * Wmo clock in Java — and each team's waiting list; {@code wijkwerker} gets 403.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CaseloadDoneWhenTests {

	@LocalServerPort
	int poort;

	private final JdbcClient jdbc;

	@Autowired
	CaseloadDoneWhenTests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Test
	void theManagerSeesEveryWijkwerkerOfHisTeamsWithCountsThatMatchTheDemoData() {
		Browserloos manager = new Browserloos(this.poort);
		manager.logIn(Demo.MANAGER, Demo.WACHTWOORD);
		HttpResponse<String> antwoord = manager.get("/caseload");
		assertThat(antwoord.statusCode()).isEqualTo(200);
		Document pagina = Jsoup.parse(antwoord.body());

		List<Map<String, Object>> teams = this.jdbc.sql("""
				select t.id, t.naam from wijkteam t
				join medewerker mm on mm.id = t.manager_id join gebruiker mg on mg.id = mm.gebruiker_id
				where mg.gebruikersnaam = :manager and t.actief order by t.naam
				""").param("manager", Demo.MANAGER).query().listOfRows();
		assertThat(teams).extracting((t) -> t.get("naam"))
			.containsExactly("Wijkteam Stad Centrum", "Wijkteam Stad Noord", "Wijkteam Stad Oost",
					"Wijkteam Stad West");
		LocalDate vandaag = LocalDate.now(ClockConfiguration.ZONE);
		int gecontroleerd = 0;
		for (Map<String, Object> team : teams) {
			long teamId = ((Number) team.get("id")).longValue();
			controleerWachtlijst(pagina, teamId, vandaag);
			List<Map<String, Object>> wijkwerkers = this.jdbc.sql("""
					select m.id, m.uren_per_week from medewerker m join gebruiker g on g.id = m.gebruiker_id
					where m.team_id = :team and m.actief and g.rol = 'WIJKWERKER'
					""").param("team", teamId).query().listOfRows();
			assertThat(wijkwerkers).as("every demo team has wijkwerkers").isNotEmpty();
			for (Map<String, Object> wijkwerker : wijkwerkers) {
				long id = ((Number) wijkwerker.get("id")).longValue();
				Element rij = pagina.selectFirst(
						"#caseload-medewerkers-tabel tr[data-medewerker=" + id + "][data-team=" + teamId + "]");
				assertThat(rij).as("a row for medewerker %d of team %s", id, team.get("naam")).isNotNull();
				controleer(rij, id, (BigDecimal) wijkwerker.get("uren_per_week"), vandaag);
				gecontroleerd++;
			}
		}
		assertThat(gecontroleerd).as("Cluster Stad has 3 or 4 wijkwerkers per team").isGreaterThanOrEqualTo(12);
		assertThat(pagina.select("#caseload-medewerkers-tabel tbody tr[data-medewerker]")
			.stream()
			.filter((tr) -> tr.selectFirst("th .small") == null)
			.count()).as("no other wijkwerker is listed").isEqualTo(gecontroleerd);
	}

	@Test
	void aWijkwerkerGets403OnTheCaseload() {
		Browserloos wijkwerker = new Browserloos(this.poort);
		wijkwerker.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		assertThat(wijkwerker.get("/caseload").statusCode()).isEqualTo(403);
		assertThat(wijkwerker.get("/").body()).contains("Mijn cijfers");
	}

	private void controleer(Element rij, long medewerker, BigDecimal uren, LocalDate vandaag) {
		long inBehandeling = tel("select count(*) from casus where regievoerder_id = :m and status = 'IN_BEHANDELING'",
				medewerker);
		long aangemeld = tel("select count(*) from casus where regievoerder_id = :m and status = 'AANGEMELD'",
				medewerker);
		long wachtlijst = tel("select count(*) from casus where regievoerder_id = :m and status = 'WACHTLIJST'",
				medewerker);
		long afgesloten = tel("""
				select count(*) from casus where regievoerder_id = :m and status = 'AFGESLOTEN'
				  and date_trunc('month', afgesloten_op) = date_trunc('month', (now() at time zone 'Europe/Amsterdam'))
				""", medewerker);
		long nieuw = tel("""
				select count(*) from casus c
				where c.regievoerder_id = :m
				  and date_trunc('month', (select max(g.op) from casus_gebeurtenis g
				                           where g.casus_id = c.id
				                             and g.soort in ('toegewezen', 'opgepakt', 'regieOvergedragen'))
				                          at time zone 'Europe/Amsterdam')
				      = date_trunc('month', now() at time zone 'Europe/Amsterdam')
				""", medewerker);
		long afspraken = tel("""
				select count(*) from afspraak a join casus c on c.id = a.casus_id
				where c.regievoerder_id = :m and c.status <> 'AFGESLOTEN' and a.status = 'OPEN'
				  and a.deadline < (now() at time zone 'Europe/Amsterdam')::date
				""", medewerker);
		long termijnen = this.jdbc.sql("""
				select gemeld_op, opgeschort_van, opgeschort_tot, onderzoek_afgerond_op, aanvraag_op, beschikking_op
				from casus where regievoerder_id = :m and status <> 'AFGESLOTEN' and wmo_melding
				""").param("m", medewerker).query((rs, i) -> {
			WmoKlok.Deadline termijn = WmoKlok
				.van(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
						rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
						rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), vandaag)
				.eerstvolgende();
			return termijn.afgerondOp() == null
					&& (termijn.kleur() == WmoKlok.Kleur.AMBER || termijn.kleur() == WmoKlok.Kleur.ROOD);
		}).list().stream().filter(Boolean::booleanValue).count();
		long actief = inBehandeling + aangemeld + wachtlijst;
		String perFte = BigDecimal.valueOf(actief * 36)
			.divide(uren, 1, RoundingMode.HALF_UP)
			.toPlainString()
			.replace('.', ',');
		String fte = uren.divide(BigDecimal.valueOf(36), 2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');

		String wie = "medewerker " + medewerker;
		assertThat(cel(rij, "inBehandeling")).as(wie).isEqualTo(String.valueOf(inBehandeling));
		assertThat(cel(rij, "aangemeld")).as(wie).isEqualTo(String.valueOf(aangemeld));
		assertThat(cel(rij, "wachtlijst")).as(wie).isEqualTo(String.valueOf(wachtlijst));
		assertThat(cel(rij, "actief")).as(wie).isEqualTo(String.valueOf(actief));
		assertThat(cel(rij, "fte")).as(wie).isEqualTo(fte);
		assertThat(rij.selectFirst("[data-kolom=perFte] .caseload-getal").text()).as(wie).isEqualTo(perFte);
		assertThat(cel(rij, "nieuw")).as(wie).isEqualTo(String.valueOf(nieuw));
		assertThat(cel(rij, "afgesloten")).as(wie).isEqualTo(String.valueOf(afgesloten));
		assertThat(cel(rij, "afspraken")).as(wie).isEqualTo(String.valueOf(afspraken));
		assertThat(cel(rij, "termijnen")).as(wie).isEqualTo(String.valueOf(termijnen));
	}

	private void controleerWachtlijst(Document pagina, long teamId, LocalDate vandaag) {
		Element rij = pagina.selectFirst("#caseload-teams-tabel tr[data-team=" + teamId + "]");
		assertThat(rij).isNotNull();
		long wachtend = tel("select count(*) from casus where team_id = :m and status in ('AANGEMELD', 'WACHTLIJST')",
				teamId);
		LocalDate oudste = this.jdbc
			.sql("select min(gemeld_op) from casus where team_id = :m and status in ('AANGEMELD', 'WACHTLIJST')")
			.param("m", teamId)
			.query(LocalDate.class)
			.optional()
			.orElse(vandaag);
		assertThat(rij.selectFirst("[data-kolom=wachtlijst] a").text()).isEqualTo(String.valueOf(wachtend));
		long dagen = java.time.temporal.ChronoUnit.DAYS.between(oudste, vandaag);
		assertThat(cel(rij, "langst")).isEqualTo(dagen + (dagen == 1 ? " dag" : " dagen"));
	}

	private long tel(String sql, long id) {
		return this.jdbc.sql(sql).param("m", id).query(Long.class).single();
	}

	private static String cel(Element rij, String kolom) {
		return rij.selectFirst("[data-kolom=" + kolom + "]").text();
	}

}
