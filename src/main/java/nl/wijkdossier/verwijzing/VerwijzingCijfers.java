package nl.wijkdossier.verwijzing;

import java.sql.Timestamp;
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
import nl.wijkdossier.dashboard.Cel.Staat;
import nl.wijkdossier.dashboard.DashboardBron;
import nl.wijkdossier.dashboard.Figuur;
import nl.wijkdossier.dashboard.Figuur.Grafiek;
import nl.wijkdossier.dashboard.Figuur.Kolom;
import nl.wijkdossier.dashboard.Figuur.Rij;
import nl.wijkdossier.dashboard.Kengetal;
import nl.wijkdossier.dashboard.Onderdrukking;
import nl.wijkdossier.dashboard.Periode;
import nl.wijkdossier.shared.ClockConfiguration;

/**
 * The dashboard figures of referrals, this period beside the previous one: referrals per
 * kind of sociale-kaart entry, the share that went to informal help (the transformation
 * goal: informal first, {@link VoorzieningSoort#INFORMEEL}), and the escalations to the
 * Sociaal Stedelijk Team per specialism. A referral counts on the day it was sent
 * (Europe/Amsterdam), for the team of its case.
 * <p>
 * One grouped statement for all three figures, over the index on the sending moment and
 * the team (V24: the case's team rides along on the referral, kept by triggers, so no
 * case is read); every count is suppressed with its column's total.
 */
@Component
@Order(20)
class VerwijzingCijfers implements DashboardBron {

	private static final String TELLING = """
			select vz.soort, w.specialisme,
			       count(*) filter (where w.verstuurd_op >= :van) as nu,
			       count(*) filter (where w.verstuurd_op < :vorigeTot) as vorige
			from verwijzing w
			join voorziening vz on vz.id = w.voorziening_id
			where w.team_id = any(:teams) and w.verstuurd_op >= :vorigeVan and w.verstuurd_op < :tot
			  and (w.verstuurd_op >= :van or w.verstuurd_op < :vorigeTot)
			group by vz.soort, w.specialisme
			""";

	private final JdbcClient jdbc;

	VerwijzingCijfers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Figuur> figuren(Bereik bereik, Periode periode, LocalDate vandaag, Onderdrukking onderdrukking) {
		Periode vorige = periode.vorige();
		Map<VoorzieningSoort, long[]> perSoort = new EnumMap<>(VoorzieningSoort.class);
		Map<Specialisme, long[]> perSpecialisme = new EnumMap<>(Specialisme.class);
		this.jdbc.sql(TELLING)
			.param("teams", bereik.teamArray())
			.param("van", begin(periode.van()))
			.param("tot", begin(periode.tot().plusDays(1)))
			.param("vorigeVan", begin(vorige.van()))
			.param("vorigeTot", begin(vorige.tot().plusDays(1)))
			.query((rs) -> {
				long nu = rs.getLong("nu");
				long eerder = rs.getLong("vorige");
				VoorzieningSoort soort = VoorzieningSoort.valueOf(rs.getString("soort"));
				tel(perSoort.computeIfAbsent(soort, (s) -> new long[2]), nu, eerder);
				String specialisme = rs.getString("specialisme");
				if (soort.isSociaalStedelijkTeam() && specialisme != null) {
					tel(perSpecialisme.computeIfAbsent(Specialisme.valueOf(specialisme), (s) -> new long[2]), nu,
							eerder);
				}
			});
		List<String> soorten = new ArrayList<>();
		List<long[]> soortWaarden = new ArrayList<>();
		long[] informeel = new long[2];
		long[] alle = new long[2];
		for (VoorzieningSoort soort : VoorzieningSoort.values()) {
			long[] waarden = perSoort.getOrDefault(soort, new long[2]);
			soorten.add(soort.messageKey());
			soortWaarden.add(waarden);
			tel(alle, waarden[0], waarden[1]);
			if (soort.isInformeel()) {
				tel(informeel, waarden[0], waarden[1]);
			}
		}
		List<String> specialismen = new ArrayList<>();
		List<long[]> specialismeWaarden = new ArrayList<>();
		for (Specialisme specialisme : Specialisme.values()) {
			specialismen.add(specialisme.messageKey());
			specialismeWaarden.add(perSpecialisme.getOrDefault(specialisme, new long[2]));
		}
		List<Rij> soortRijen = onderdrukking.tabelMetTotaal(soorten, soortWaarden, 2);
		Cel aandeelNu = aandeel(informeel[0], alle[0], kolom(soortRijen, 0), onderdrukking);
		Figuur aandeelInformeel = new Figuur("verwijzingen-informeel", "verwijzing.dashboard.informeel.titel",
				"verwijzing.dashboard.informeel.uitleg", Grafiek.STAAF, Kolom.vergelijking(),
				List.of(Rij.van("verwijzing.dashboard.informeel.rij",
						List.of(aandeelNu, aandeel(informeel[1], alle[1], kolom(soortRijen, 1), onderdrukking)))))
			.metKengetal(Kengetal.AANDEEL_INFORMEEL_PROCENT, aandeelNu);
		return List.of(
				new Figuur("verwijzingen", "verwijzing.dashboard.soort.titel", "verwijzing.dashboard.soort.uitleg",
						Grafiek.STAAF, Kolom.vergelijking(), soortRijen),
				aandeelInformeel,
				new Figuur("sst-escalaties", "verwijzing.dashboard.sst.titel", "verwijzing.dashboard.sst.uitleg",
						Grafiek.STAAF, Kolom.vergelijking(), sstRijen(specialismen, specialismeWaarden,
								soortRijen.get(VoorzieningSoort.SOCIAAL_STEDELIJK_TEAM.ordinal()), onderdrukking)));
	}

	/**
	 * The informal share as a whole percentage, hidden when the informal or the formal
	 * part is too small to show on its own — and when any kind in the same column is not
	 * shown: the share times the total gives the informal sum, and that sum minus the
	 * shown informal kinds would reveal a suppressed one.
	 * @param soortCellen the column's cells per kind, suppressed as in the table
	 */
	private static Cel aandeel(long informeel, long alle, List<Cel> soortCellen, Onderdrukking onderdrukking) {
		List<Cel> delen = new ArrayList<>(
				onderdrukking.metTotaal(List.of(informeel, alle - informeel), alle).subList(0, 2));
		delen.addAll(soortCellen);
		return onderdrukking.percentage(informeel, alle, delen);
	}

	/** A column's cells of the rows that are not the total. */
	private static List<Cel> kolom(List<Rij> rijen, int kolom) {
		return rijen.stream().filter((r) -> !r.totaal()).map((r) -> r.cellen().get(kolom)).toList();
	}

	/**
	 * The escalations per specialism. Their total is the Sociaal Stedelijk Team's row of
	 * the referrals per kind: where that row is hidden to protect a suppressed kind, this
	 * column must not give it away by its sum, so then its shown counts are hidden too.
	 */
	private static List<Rij> sstRijen(List<String> specialismen, List<long[]> waarden, Rij sstSoort,
			Onderdrukking onderdrukking) {
		List<Rij> rijen = onderdrukking.tabelMetTotaal(specialismen, waarden, 2);
		List<Rij> veilig = new ArrayList<>();
		for (Rij rij : rijen) {
			List<Cel> cellen = new ArrayList<>();
			for (int k = 0; k < 2; k++) {
				Cel cel = rij.cellen().get(k);
				boolean verbergen = sstSoort.cellen().get(k).staat() == Staat.VERBORGEN && cel.isGetoond()
						&& cel.waarde().signum() > 0;
				cellen.add(verbergen ? onderdrukking.verborgen(cel.soort()) : cel);
			}
			veilig.add(new Rij(rij.sleutel(), rij.tekst(), cellen, rij.totaal(), rij.oordeel()));
		}
		return veilig;
	}

	private static void tel(long[] bij, long nu, long vorige) {
		bij[0] += nu;
		bij[1] += vorige;
	}

	/** Midnight at the start of a day in Europe/Amsterdam. */
	private static Timestamp begin(LocalDate dag) {
		return Timestamp.from(dag.atStartOfDay(ClockConfiguration.ZONE).toInstant());
	}

}
