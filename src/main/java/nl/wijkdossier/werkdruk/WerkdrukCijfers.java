package nl.wijkdossier.werkdruk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.dashboard.Bereik;
import nl.wijkdossier.dashboard.Cel;
import nl.wijkdossier.dashboard.Cel.Soort;
import nl.wijkdossier.dashboard.Cel.Staat;
import nl.wijkdossier.dashboard.DashboardBron;
import nl.wijkdossier.dashboard.Figuur;
import nl.wijkdossier.dashboard.Figuur.Grafiek;
import nl.wijkdossier.dashboard.Figuur.Kolom;
import nl.wijkdossier.dashboard.Figuur.Oordeel;
import nl.wijkdossier.dashboard.Figuur.Rij;
import nl.wijkdossier.dashboard.Kengetal;
import nl.wijkdossier.dashboard.Onderdrukking;
import nl.wijkdossier.dashboard.Periode;

/**
 * The dashboard figure "caseload per fte against the norm", as it stands today (not over
 * the chosen period): per cluster on the city dashboard, per team on a cluster's, the one
 * team on a team's, and a total row. Active cases are those of the team (by the case's
 * team) in status AANGEMELD, WACHTLIJST or IN_BEHANDELING; the FTE is the hours per week
 * of the team's active wijkwerkers divided by 36 — the definitions of {@link Caseload},
 * counted by team instead of by regievoerder. A cluster's or the total's norm is the
 * teams' norms weighted by their FTE (the cases they may carry together per FTE); it is
 * the common norm when the teams share it.
 * <p>
 * One grouped statement for any number of teams and cases. Counts of cases are suppressed
 * (with secondary suppression against the total) and a ratio over fewer cases than the
 * threshold is hidden; FTE and norm are no person's data and are shown. Nothing per
 * medewerker is ever shown here.
 */
@Component
@Order(10)
class WerkdrukCijfers implements DashboardBron {

	/** Per team in the bereik: its cluster, active cases, wijkwerker hours and norm. */
	private static final String TEAMS = """
			with actief as (
			    select c.team_id, count(*) as actief
			    from casus c
			    where c.team_id = any(:teams) and c.status in ('AANGEMELD', 'WACHTLIJST', 'IN_BEHANDELING')
			    group by c.team_id
			), uren as (
			    select m.team_id, sum(m.uren_per_week) as uren
			    from medewerker m join gebruiker g on g.id = m.gebruiker_id
			    where m.team_id = any(:teams) and m.actief and g.rol = :rol
			    group by m.team_id
			)
			select t.id, t.naam, t.cluster_id, k.naam as cluster_naam, coalesce(a.actief, 0) as actief,
			       coalesce(u.uren, 0) as uren, n.casussen_per_fte as norm
			from wijkteam t
			join cluster k on k.id = t.cluster_id
			left join actief a on a.team_id = t.id
			left join uren u on u.team_id = t.id
			left join caseload_norm n on n.team_id = t.id
			where t.id = any(:teams)
			order by k.naam, k.id, t.naam, t.id
			""";

	static final String BOVEN_NORM = "werkdruk.dashboard.oordeel.bovenNorm";

	static final String BINNEN_NORM = "werkdruk.dashboard.oordeel.binnenNorm";

	private final JdbcClient jdbc;

	private final Caseload caseload;

	WerkdrukCijfers(JdbcClient jdbc, Caseload caseload) {
		this.jdbc = jdbc;
		this.caseload = caseload;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Figuur> figuren(Bereik bereik, Periode periode, LocalDate vandaag, Onderdrukking onderdrukking) {
		BigDecimal standaard = this.caseload.standaardNorm();
		Map<Long, Groep> groepen = new LinkedHashMap<>();
		Groep totaal = new Groep(null);
		this.jdbc.sql(TEAMS).param("teams", bereik.teamArray()).param("rol", Rol.WIJKWERKER.name()).query((rs) -> {
			BigDecimal norm = rs.getBigDecimal("norm");
			Team team = new Team(rs.getLong("actief"), rs.getBigDecimal("uren"), (norm != null) ? norm : standaard);
			boolean perCluster = bereik.soort() == Bereik.Soort.STAD;
			long sleutel = perCluster ? rs.getLong("cluster_id") : rs.getLong("id");
			String naam = rs.getString(perCluster ? "cluster_naam" : "naam");
			groepen.computeIfAbsent(sleutel, (s) -> new Groep(naam)).voegToe(team);
			totaal.voegToe(team);
		});
		List<Groep> rijGroepen = new ArrayList<>(groepen.values());
		List<Long> aantallen = rijGroepen.stream().map((g) -> g.actief).toList();
		List<Cel> actiefCellen = onderdrukking.metTotaal(aantallen, totaal.actief);
		List<Rij> rijen = new ArrayList<>();
		for (int i = 0; i < rijGroepen.size(); i++) {
			Groep groep = rijGroepen.get(i);
			rijen.add(rij(groep, actiefCellen.get(i), onderdrukking, Rij.tekst(groep.naam, List.of())));
		}
		Rij totaalRij = rij(totaal, actiefCellen.get(rijGroepen.size()), onderdrukking, Rij.totaal(List.of()));
		rijen.add(totaalRij);
		return List.of(new Figuur("caseload", "werkdruk.dashboard.caseload.titel", "werkdruk.dashboard.caseload.uitleg",
				Grafiek.STAAF,
				List.of(new Kolom("werkdruk.dashboard.kolom.actief", false),
						new Kolom("werkdruk.dashboard.kolom.fte", false),
						new Kolom("werkdruk.dashboard.kolom.perFte", true),
						new Kolom("werkdruk.dashboard.kolom.norm", true)),
				rijen)
			.metKengetal(Kengetal.CASELOAD_PER_FTE, totaalRij.cellen().get(2)));
	}

	/**
	 * A row: active cases (already suppressed with the column), FTE, cases per FTE
	 * (hidden whenever the count it divides is not shown, so it cannot be multiplied
	 * back), the norm and the judgement of a shown ratio.
	 */
	private static Rij rij(Groep groep, Cel actief, Onderdrukking onderdrukking, Rij vorm) {
		BigDecimal fte = Caseload.fte(groep.uren);
		BigDecimal perFte = Caseload.perFte(groep.actief, groep.uren);
		Cel perFteCel = switch (actief.staat()) {
			case VERBORGEN -> onderdrukking.verborgen(Soort.VERHOUDING);
			default -> onderdrukking.statistiek(perFte, groep.actief, Soort.VERHOUDING);
		};
		BigDecimal norm = groep.norm();
		List<Cel> cellen = List.of(actief, onderdrukking.vrij((fte.signum() > 0) ? fte : null, Soort.VERHOUDING),
				perFteCel, onderdrukking.vrij(norm, Soort.VERHOUDING));
		Rij rij = new Rij(vorm.sleutel(), vorm.tekst(), cellen, vorm.totaal(), null);
		if (perFteCel.isGetoond() && norm != null) {
			return rij.met((perFte.compareTo(norm) > 0) ? new Oordeel(BOVEN_NORM, Oordeel.Toon.SLECHT)
					: new Oordeel(BINNEN_NORM, Oordeel.Toon.GOED));
		}
		return rij;
	}

	/** One team's numbers. */
	private record Team(long actief, BigDecimal uren, BigDecimal norm) {
	}

	/** The teams of one row: summed cases and hours, the norms weighted by hours. */
	private static final class Groep {

		private final String naam;

		private long actief;

		private BigDecimal uren = BigDecimal.ZERO;

		/** Σ norm × hours: the cases the teams may carry, × 36. */
		private BigDecimal toegestaan = BigDecimal.ZERO;

		private BigDecimal gedeeldeNorm;

		private boolean eenNorm = true;

		private int teams;

		Groep(String naam) {
			this.naam = naam;
		}

		void voegToe(Team team) {
			this.actief += team.actief();
			this.uren = this.uren.add(team.uren());
			this.toegestaan = this.toegestaan.add(team.norm().multiply(team.uren()));
			if (this.teams == 0) {
				this.gedeeldeNorm = team.norm();
			}
			else if (this.gedeeldeNorm.compareTo(team.norm()) != 0) {
				this.eenNorm = false;
			}
			this.teams++;
		}

		/**
		 * The common norm of the teams; when they differ, weighted by FTE; none without
		 * teams or (when they differ) without FTE.
		 */
		BigDecimal norm() {
			if (this.teams == 0) {
				return null;
			}
			if (this.eenNorm) {
				return this.gedeeldeNorm.setScale(1, RoundingMode.HALF_UP);
			}
			return (this.uren.signum() > 0) ? this.toegestaan.divide(this.uren, 1, RoundingMode.HALF_UP) : null;
		}

	}

}
