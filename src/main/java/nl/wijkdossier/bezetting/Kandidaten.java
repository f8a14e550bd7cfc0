package nl.wijkdossier.bezetting;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may cover an absence for a period: the active wijkwerkers of the active teams of
 * the absent colleague's cluster (her own team or another), who are not absent themselves
 * on any day of it — lowest caseload per FTE first (her active cases as regievoerder /
 * (hours per week / 36)), so the work goes where there is room. One query, whatever the
 * size of the cluster; it is also the rule the appointment checks.
 */
@Component
class Kandidaten {

	private static final String KANDIDATEN = """
			select m.id, m.voornaam || ' ' || m.achternaam as naam, t.naam as team_naam, t.id = :eigenTeam as eigen_team,
			       m.uren_per_week, count(c.id) as actief,
			       round(count(c.id) * 36.0 / m.uren_per_week, 1) as per_fte,
			       (select count(*) from inval x where x.invaller_id = m.id and x.van <= :tot and x.tot >= :van)
			           as invallen
			from medewerker m
			join gebruiker g on g.id = m.gebruiker_id
			join wijkteam t on t.id = m.team_id
			left join casus c on c.regievoerder_id = m.id and c.status <> 'AFGESLOTEN'
			where t.cluster_id = :cluster and t.actief and m.actief and g.actief and g.rol = 'WIJKWERKER'
			  and m.id <> :afwezige
			  and not exists (select 1 from afwezigheid x where x.medewerker_id = m.id and x.van <= :tot and x.tot >= :van)
			group by m.id, m.voornaam, m.achternaam, t.id, t.naam, m.uren_per_week
			order by count(c.id) / m.uren_per_week, m.achternaam, m.voornaam, m.id
			""";

	private final JdbcClient jdbc;

	Kandidaten(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The colleagues who may cover the absence of {@code afwezige} (of team
	 * {@code eigenTeam} in {@code cluster}) from {@code van} to {@code tot}, best first.
	 */
	List<Kandidaat> voor(long afwezige, long eigenTeam, long cluster, LocalDate van, LocalDate tot) {
		return this.jdbc.sql(KANDIDATEN)
			.param("afwezige", afwezige)
			.param("eigenTeam", eigenTeam)
			.param("cluster", cluster)
			.param("van", van)
			.param("tot", tot)
			.query((rs, rij) -> new Kandidaat(rs.getLong("id"), rs.getString("naam"), rs.getString("team_naam"),
					rs.getBoolean("eigen_team"), rs.getBigDecimal("uren_per_week"), rs.getInt("actief"),
					rs.getBigDecimal("per_fte"), rs.getInt("invallen")))
			.list();
	}

	/** A colleague who could cover, with the figure the list is ordered by. */
	record Kandidaat(long id, String naam, String teamNaam, boolean eigenTeam, BigDecimal urenPerWeek,
			int actieveCasussen, BigDecimal perFte, int invallen) {

		/** "12,5": cases per FTE as a Dutch reader writes it. */
		public String perFteTekst() {
			return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl")))
				.format(this.perFte);
		}

		/** "32" or "25,5". */
		public String urenTekst() {
			return this.urenPerWeek.stripTrailingZeros().toPlainString().replace('.', ',');
		}

	}

}
