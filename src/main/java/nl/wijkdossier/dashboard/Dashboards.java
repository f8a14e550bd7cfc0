package nl.wijkdossier.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.shared.ClockConfiguration;

/**
 * Gathers a dashboard's figures: every {@link DashboardBron} in order, then the
 * {@link DashboardVergelijking}s with the headline numbers the sources attached, shown
 * first. Also lends a cluster's headline numbers to a page outside the dashboard (the
 * cluster plan), under the dashboard's own rules of who may see them.
 */
@Service
public class Dashboards {

	private final Bereiken bereiken;

	private final ObjectProvider<DashboardBron> bronnen;

	private final ObjectProvider<DashboardVergelijking> vergelijkingen;

	private final Onderdrukking onderdrukking;

	private final Clock clock;

	Dashboards(Bereiken bereiken, ObjectProvider<DashboardBron> bronnen,
			ObjectProvider<DashboardVergelijking> vergelijkingen, Onderdrukking onderdrukking, Clock clock) {
		this.bereiken = bereiken;
		this.bronnen = bronnen;
		this.vergelijkingen = vergelijkingen;
		this.onderdrukking = onderdrukking;
		this.clock = clock;
	}

	/**
	 * A cluster's headline numbers over the dashboard's default period (this month so
	 * far), suppressed as on the dashboard.
	 * @param gebruiker must be allowed the cluster's dashboard: the gemeente, or a
	 * manager of one of its teams ({@link nl.wijkdossier.shared.NietGevondenException}
	 * otherwise)
	 */
	@Transactional(readOnly = true)
	public Stand kengetallenVanCluster(WijkdossierUser gebruiker, long clusterId) {
		LocalDate vandaag = LocalDate.now(this.clock.withZone(ClockConfiguration.ZONE));
		Periode periode = PeriodeKeuze.van(null, null, null, vandaag).gekozen();
		Bereik bereik = this.bereiken.cluster(gebruiker, clusterId);
		return new Stand(periode, kengetallen(bronFiguren(bereik, periode, vandaag)));
	}

	/**
	 * Every figure of a dashboard: the comparisons first, then each source's.
	 */
	@Transactional(readOnly = true)
	List<Figuur> figuren(Bereik bereik, Periode periode, LocalDate vandaag) {
		List<Figuur> figuren = bronFiguren(bereik, periode, vandaag);
		Map<Kengetal, Cel> kengetallen = kengetallen(figuren);
		List<Figuur> alle = new ArrayList<>();
		this.vergelijkingen.orderedStream()
			.forEach((v) -> alle.addAll(v.figuren(bereik, periode, kengetallen, this.onderdrukking)));
		alle.addAll(figuren);
		return alle;
	}

	private List<Figuur> bronFiguren(Bereik bereik, Periode periode, LocalDate vandaag) {
		return this.bronnen.orderedStream()
			.flatMap((b) -> b.figuren(bereik, periode, vandaag, this.onderdrukking).stream())
			.toList();
	}

	private static Map<Kengetal, Cel> kengetallen(List<Figuur> figuren) {
		Map<Kengetal, Cel> kengetallen = new EnumMap<>(Kengetal.class);
		figuren.forEach((f) -> kengetallen.putAll(f.kengetallen()));
		return Collections.unmodifiableMap(kengetallen);
	}

	/**
	 * Headline numbers over a period.
	 *
	 * @param periode the period they were counted over
	 * @param waarden per kengetal its cell; a missing one was not computed
	 */
	public record Stand(Periode periode, Map<Kengetal, Cel> waarden) {
	}

}
