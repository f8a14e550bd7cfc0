package nl.wijkdossier.spreekuur;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.wijkdossier.dashboard.Bereik;
import nl.wijkdossier.dashboard.Cel;
import nl.wijkdossier.dashboard.DashboardBron;
import nl.wijkdossier.dashboard.Figuur;
import nl.wijkdossier.dashboard.Figuur.Grafiek;
import nl.wijkdossier.dashboard.Figuur.Kolom;
import nl.wijkdossier.dashboard.Figuur.Rij;
import nl.wijkdossier.dashboard.Onderdrukking;
import nl.wijkdossier.dashboard.Periode;
import nl.wijkdossier.spreekuur.SpreekuurOverzicht.Mix;
import nl.wijkdossier.spreekuur.SpreekuurOverzicht.Onderwerp;
import nl.wijkdossier.spreekuur.SpreekuurOverzicht.Resultaat;
import nl.wijkdossier.spreekuur.SpreekuurOverzicht.Vergelijking;

/**
 * The dashboard figures of the spreekuren: visits per topic and per result, this period
 * beside the previous one, for the spreekuren of the dashboard's teams. Counted by
 * {@link SpreekuurOverzicht#vergelijk} — the managers' overview and the dashboard count
 * alike — in one grouped statement; every column suppressed with its total (a visit is a
 * person at the counter).
 */
@Component
@Order(40)
class SpreekuurBezoekCijfers implements DashboardBron {

	private final SpreekuurOverzicht overzicht;

	SpreekuurBezoekCijfers(SpreekuurOverzicht overzicht) {
		this.overzicht = overzicht;
	}

	@Override
	public List<Figuur> figuren(Bereik bereik, Periode periode, LocalDate vandaag, Onderdrukking onderdrukking) {
		Periode vorige = periode.vorige();
		Vergelijking v = this.overzicht.vergelijk(bereik.teamIds(), periode.van(), periode.tot(), vorige.van(),
				vorige.tot());
		List<String> onderwerpen = new ArrayList<>();
		List<long[]> perOnderwerp = new ArrayList<>();
		for (Onderwerp onderwerp : Onderwerp.values()) {
			onderwerpen.add(onderwerp.messageKey());
			perOnderwerp.add(new long[] { v.nu().onderwerp(onderwerp), v.vorige().onderwerp(onderwerp) });
		}
		List<String> resultaten = new ArrayList<>();
		List<long[]> perResultaat = new ArrayList<>();
		for (Resultaat resultaat : Resultaat.values()) {
			resultaten.add(resultaat.messageKey());
			perResultaat.add(new long[] { v.nu().resultaat(resultaat), v.vorige().resultaat(resultaat) });
		}
		return List.of(
				new Figuur("spreekuur-onderwerpen", "spreekuur.dashboard.onderwerpen.titel",
						"spreekuur.dashboard.onderwerpen.uitleg", Grafiek.STAAF, kolommen(),
						tabelMetTotaal(onderwerpen, perOnderwerp, onderdrukking)),
				new Figuur("spreekuur-resultaten", "spreekuur.dashboard.resultaten.titel",
						"spreekuur.dashboard.resultaten.uitleg", Grafiek.STAAF, kolommen(),
						tabelMetTotaal(resultaten, perResultaat, onderdrukking)));
	}

	private static List<Kolom> kolommen() {
		return List.of(new Kolom("dashboard.kolom.nu", true), new Kolom("dashboard.kolom.vorige", true));
	}

	/**
	 * A row per category and a total row, each column suppressed with its total (as the
	 * dashboard's own figures do).
	 */
	private static List<Rij> tabelMetTotaal(List<String> sleutels, List<long[]> waarden, Onderdrukking onderdrukking) {
		List<List<Cel>> perKolom = new ArrayList<>();
		for (int k = 0; k < 2; k++) {
			int kolom = k;
			List<Long> aantallen = waarden.stream().map((w) -> w[kolom]).toList();
			perKolom.add(onderdrukking.metTotaal(aantallen, aantallen.stream().mapToLong(Long::longValue).sum()));
		}
		List<Rij> rijen = new ArrayList<>();
		for (int r = 0; r <= sleutels.size(); r++) {
			List<Cel> cellen = List.of(perKolom.get(0).get(r), perKolom.get(1).get(r));
			rijen.add((r < sleutels.size()) ? Rij.van(sleutels.get(r), cellen) : Rij.totaal(cellen));
		}
		return rijen;
	}

}
