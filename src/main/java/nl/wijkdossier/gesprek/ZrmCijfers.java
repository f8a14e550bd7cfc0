package nl.wijkdossier.gesprek;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.dashboard.Bereik;
import nl.wijkdossier.dashboard.Cel;
import nl.wijkdossier.dashboard.Cel.Soort;
import nl.wijkdossier.dashboard.DashboardBron;
import nl.wijkdossier.dashboard.Figuur;
import nl.wijkdossier.dashboard.Figuur.Grafiek;
import nl.wijkdossier.dashboard.Figuur.Kolom;
import nl.wijkdossier.dashboard.Figuur.Rij;
import nl.wijkdossier.dashboard.Onderdrukking;
import nl.wijkdossier.dashboard.Periode;
import nl.wijkdossier.shared.ZrmDomein;

/**
 * The dashboard figure of the ZRM: per domain of the matrix, how the self-reliance of
 * residents changed between the first and the latest score of their case — the council's
 * question whether the wijkwerk helps. A case counts on a domain when it was scored there
 * at least twice by the end of the period and its latest score up to then falls in the
 * period, so a past period keeps its figures when later conversations follow.
 * <p>
 * One grouped statement whatever the number of scores: table {@code zrm_meting} (V23)
 * holds every score with its place in its case's history on the domain (first score,
 * number, date of the next score), kept exact by triggers on every write, so the scores
 * that are the latest up to the period's end are one range scan of index
 * {@code ix_zrm_meting_datum} (the period's dates, then the teams) — no walk through the
 * cases' conversations. Averages over fewer cases than the drempel are not shown; no case
 * id leaves the database.
 */
@Component
@Order(30)
class ZrmCijfers implements DashboardBron {

	/**
	 * Per domain: the cases of {@code :teams} whose scores on that domain up to
	 * {@code :tot} number at least two and end in the period from {@code :van} to
	 * {@code :tot} — how many, and the averages of their first score, latest score and
	 * change, rounded to one decimal. A score is the latest up to {@code :tot} when it
	 * falls in the period and the case's next score on the domain (ties on a day go by
	 * the conversation's id) comes after {@code :tot} or not at all; exactly one score
	 * per case and domain qualifies.
	 */
	static final String SQL = """
			select m.domein, count(*) as casussen,
			       round(avg(m.eerste_score), 1) as eerste,
			       round(avg(m.score), 1) as laatste,
			       round(avg(m.score - m.eerste_score), 1) as verandering
			from zrm_meting m
			where m.volgnummer >= 2 and m.datum between :van and :tot and m.team_id = any(:teams)
			  and (m.volgende_op is null or m.volgende_op > :tot)
			group by m.domein
			""";

	private final JdbcClient jdbc;

	ZrmCijfers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Figuur> figuren(Bereik bereik, Periode periode, LocalDate vandaag, Onderdrukking onderdrukking) {
		Map<ZrmDomein, Rij> rijen = new EnumMap<>(ZrmDomein.class);
		this.jdbc.sql(SQL)
			.param("teams", bereik.teamArray())
			.param("van", Date.valueOf(periode.van()))
			.param("tot", Date.valueOf(periode.tot()))
			.query((rs) -> {
				ZrmDomein domein = ZrmDomein.valueOf(rs.getString("domein"));
				long casussen = rs.getLong("casussen");
				rijen.put(domein, rij(domein, casussen, rs.getBigDecimal("eerste"), rs.getBigDecimal("laatste"),
						rs.getBigDecimal("verandering"), onderdrukking));
			});
		List<Rij> tabel = new ArrayList<>();
		for (ZrmDomein domein : ZrmDomein.values()) {
			tabel.add(rijen.getOrDefault(domein, rij(domein, 0, null, null, null, onderdrukking)));
		}
		return List.of(new Figuur("zrm-verandering", "gesprek.dashboard.zrm.titel", "gesprek.dashboard.zrm.uitleg",
				Grafiek.STAAF,
				List.of(new Kolom("gesprek.dashboard.zrm.kolom.casussen", false),
						new Kolom("gesprek.dashboard.zrm.kolom.eerste", true),
						new Kolom("gesprek.dashboard.zrm.kolom.laatste", true),
						new Kolom("gesprek.dashboard.zrm.kolom.verandering", false)),
				tabel));
	}

	private static Rij rij(ZrmDomein domein, long casussen, BigDecimal eerste, BigDecimal laatste,
			BigDecimal verandering, Onderdrukking onderdrukking) {
		List<Cel> cellen = List.of(onderdrukking.aantal(casussen),
				onderdrukking.statistiek(eerste, casussen, Soort.VERHOUDING),
				onderdrukking.statistiek(laatste, casussen, Soort.VERHOUDING),
				onderdrukking.statistiek(verandering, casussen, Soort.VERHOUDING));
		return Rij.van(domein.messageKey(), cellen);
	}

}
