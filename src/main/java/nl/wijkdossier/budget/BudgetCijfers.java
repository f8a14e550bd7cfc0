package nl.wijkdossier.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.dashboard.Bereik;
import nl.wijkdossier.dashboard.Cel;
import nl.wijkdossier.dashboard.Cel.Soort;
import nl.wijkdossier.dashboard.DashboardBron;
import nl.wijkdossier.dashboard.Figuur;
import nl.wijkdossier.dashboard.Figuur.Grafiek;
import nl.wijkdossier.dashboard.Figuur.Kolom;
import nl.wijkdossier.dashboard.Figuur.Oordeel;
import nl.wijkdossier.dashboard.Figuur.Rij;
import nl.wijkdossier.dashboard.Onderdrukking;
import nl.wijkdossier.dashboard.Periode;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;

/**
 * The dashboard figure {@code maatwerkbudget}: for the year of the period's last day, per
 * cluster (city), per team (cluster) or for the team, the budget, what was spent and what
 * remains, the share spent and the number of cases with spending. The budget counts no
 * person and is always shown; but a team's spending over fewer cases than the threshold
 * tells what one resident received, so then its spent, remaining and share are withheld
 * ({@link Onderdrukking#statistiek}), and no total — on this dashboard or one level up —
 * lets a withheld row be recomputed ({@link #totaalVerbergen}). No case, category or
 * reason below the team. At most four statements whatever the data (teams, per team, per
 * cluster, the distinct cases of the total).
 */
@Component
@Order(50)
public class BudgetCijfers implements DashboardBron {

	static final String ID = "maatwerkbudget";

	private static final int UITGEGEVEN = 1;

	private static final int RESTEREND = 2;

	private static final int PROCENT = 3;

	private static final int CASUSSEN = 4;

	private final Budgetten budgetten;

	private final Organisatie organisatie;

	private final MessageSource messages;

	BudgetCijfers(Budgetten budgetten, Organisatie organisatie, MessageSource messages) {
		this.budgetten = budgetten;
		this.organisatie = organisatie;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Figuur> figuren(Bereik bereik, Periode periode, LocalDate vandaag, Onderdrukking onderdrukking) {
		int jaar = periode.tot().getYear();
		List<Regel> regels = regels(bereik, jaar, onderdrukking);
		List<Rij> rijen = new ArrayList<>();
		List<Cel[]> cellen = new ArrayList<>();
		for (Regel regel : regels) {
			Cel[] rij = cellen(regel, onderdrukking);
			if (regel.beschermt()) {
				verberg(rij, onderdrukking);
			}
			cellen.add(rij);
			rijen.add(rij(Rij.tekst(regel.naam(), List.of(rij)), regel, rij));
		}
		if (regels.size() > 1) {
			Regel totaal = totaal(regels, this.budgetten.casussen(bereik.teamIds(), jaar));
			Cel[] totaalCellen = cellen(totaal, onderdrukking);
			if (totaalVerbergen(cellen.stream().map((c) -> c[UITGEGEVEN].isGetoond()).toList(),
					totaalCellen[UITGEGEVEN].isGetoond())) {
				verberg(totaalCellen, onderdrukking);
			}
			rijen.add(rij(Rij.totaal(List.of(totaalCellen)), totaal, totaalCellen));
		}
		String voetnoot = this.messages.getMessage("budget.dashboard.jaar",
				new Object[] { String.valueOf(jaar), String.valueOf(onderdrukking.drempel()) },
				LocaleContextHolder.getLocale());
		return List.of(new Figuur(ID, "budget.dashboard.titel", "budget.dashboard.uitleg", Grafiek.STAAF,
				List.of(new Kolom("budget.dashboard.kolom.budget", true),
						new Kolom("budget.dashboard.kolom.uitgegeven", true),
						new Kolom("budget.dashboard.kolom.resterend", false),
						new Kolom("budget.dashboard.kolom.procent", false),
						new Kolom("budget.dashboard.kolom.casussen", false)),
				rijen)
			.metVoetnoten(List.of(voetnoot)));
	}

	/**
	 * The rows: per cluster for the city, per team for a cluster, the team itself. A
	 * cluster's row protects (is hidden like) its one withheld team, as the cluster's own
	 * dashboard hides its total then — else the city row minus the other teams'
	 * dashboards would give that team away.
	 */
	private List<Regel> regels(Bereik bereik, int jaar, Onderdrukking onderdrukking) {
		if (bereik.teamIds().isEmpty()) {
			return List.of();
		}
		Map<Long, TeamInfo> teams = this.organisatie.teams()
			.stream()
			.collect(Collectors.toMap(TeamInfo::id, Function.identity()));
		List<Budgetten.TeamBudget> perTeam = this.budgetten.perTeam(bereik.teamIds(), jaar);
		if (bereik.soort() == Bereik.Soort.STAD) {
			Map<Long, Long> teruggehouden = perTeam.stream()
				.filter((t) -> teruggehouden(t.casussen(), onderdrukking))
				.collect(Collectors.groupingBy((t) -> teams.get(t.teamId()).clusterId(), Collectors.counting()));
			Map<Long, String> clusters = perTeam.stream()
				.map((t) -> teams.get(t.teamId()))
				.collect(Collectors.toMap(TeamInfo::clusterId, TeamInfo::clusterNaam, (a, b) -> a));
			return this.budgetten.perClusterVanTeams(bereik.teamIds(), jaar)
				.stream()
				.map((c) -> new Regel(clusters.get(c.clusterId()), c.budget(), c.uitgegeven(), c.casussen(),
						teruggehouden.getOrDefault(c.clusterId(), 0L) == 1))
				.sorted(Comparator.comparing(Regel::naam))
				.toList();
		}
		return perTeam.stream()
			.map((t) -> new Regel(teams.get(t.teamId()).naam(), t.budget(), t.uitgegeven(), t.casussen(), false))
			.sorted(Comparator.comparing(Regel::naam))
			.toList();
	}

	private static boolean teruggehouden(long casussen, Onderdrukking onderdrukking) {
		return casussen > 0 && casussen < onderdrukking.drempel();
	}

	private static Regel totaal(List<Regel> regels, long casussen) {
		BigDecimal budget = regels.stream()
			.map(Regel::budget)
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal::add)
			.orElse(null);
		BigDecimal uitgegeven = regels.stream().map(Regel::uitgegeven).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Regel(null, budget, uitgegeven, casussen, false);
	}

	/**
	 * A row's cells: the budget as is; spent, remaining, share and the number of cases
	 * only over enough cases (nothing spent reveals nobody: shown as € 0).
	 */
	private static Cel[] cellen(Regel regel, Onderdrukking onderdrukking) {
		Cel uitgegeven = (regel.casussen() == 0) ? onderdrukking.vrij(regel.uitgegeven(), Soort.BEDRAG)
				: onderdrukking.statistiek(regel.uitgegeven(), regel.casussen(), Soort.BEDRAG);
		BigDecimal resterend = (regel.budget() != null) ? regel.budget().subtract(regel.uitgegeven()) : null;
		BigDecimal procent = (regel.budget() != null && regel.budget().signum() > 0)
				? regel.uitgegeven().multiply(BigDecimal.valueOf(100)).divide(regel.budget(), 0, RoundingMode.HALF_UP)
				: null;
		return new Cel[] { onderdrukking.vrij(regel.budget(), Soort.BEDRAG), uitgegeven,
				afgeleid(resterend, uitgegeven, Soort.BEDRAG, onderdrukking),
				afgeleid(procent, uitgegeven, Soort.PERCENTAGE, onderdrukking),
				onderdrukking.aantal(regel.casussen()) };
	}

	/** A number computed from the spent amount: withheld exactly when that is. */
	private static Cel afgeleid(BigDecimal waarde, Cel uitgegeven, Soort soort, Onderdrukking onderdrukking) {
		if (waarde == null) {
			return onderdrukking.vrij(null, soort);
		}
		if (!uitgegeven.isGetoond()) {
			return new Cel(null, soort, uitgegeven.staat(), onderdrukking.drempel());
		}
		return onderdrukking.vrij(waarde, soort);
	}

	/**
	 * Hides a row's spent, remaining, share and count to protect a withheld neighbour
	 * (secondary suppression); the budget stays.
	 */
	private static void verberg(Cel[] cellen, Onderdrukking onderdrukking) {
		for (int k : new int[] { UITGEGEVEN, RESTEREND, PROCENT, CASUSSEN }) {
			if (cellen[k].isGetoond()) {
				cellen[k] = onderdrukking.verborgen(cellen[k].soort());
			}
		}
	}

	/**
	 * The row with its judgement: over budget or within, only where the amounts are
	 * shown.
	 */
	private static Rij rij(Rij rij, Regel regel, Cel[] cellen) {
		if (regel.budget() == null || !cellen[UITGEGEVEN].isGetoond()) {
			return rij;
		}
		return regel.uitgegeven().compareTo(regel.budget()) > 0
				? rij.met(new Oordeel("budget.dashboard.overschreden", Oordeel.Toon.SLECHT))
				: rij.met(new Oordeel("budget.dashboard.binnenBudget", Oordeel.Toon.GOED));
	}

	/**
	 * Whether the total must be hidden so that it does not give a withheld row away: when
	 * exactly one row is withheld and the total is shown, the total minus the others
	 * would be that row. Unlike {@link Onderdrukking#metTotaal} the total is hidden, not
	 * the next-smallest row: every row is also shown on its own dashboard (a team's, or a
	 * cluster's total), so hiding a row here would protect nothing. With two or more rows
	 * withheld the total reveals only their sum.
	 * @param getoond per row whether its amount is shown
	 * @param totaalGetoond whether the total's amount is shown
	 */
	static boolean totaalVerbergen(List<Boolean> getoond, boolean totaalGetoond) {
		return totaalGetoond && getoond.stream().filter((g) -> !g).count() == 1;
	}

	/** One row before suppression: a cluster or team and its year. */
	private record Regel(String naam, BigDecimal budget, BigDecimal uitgegeven, long casussen, boolean beschermt) {
	}

}
