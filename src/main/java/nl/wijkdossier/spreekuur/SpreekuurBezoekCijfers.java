package nl.wijkdossier.spreekuur;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.wijkdossier.dashboard.Bereik;
import nl.wijkdossier.dashboard.DashboardBron;
import nl.wijkdossier.dashboard.Figuur;
import nl.wijkdossier.dashboard.Figuur.Grafiek;
import nl.wijkdossier.dashboard.Figuur.Kolom;
import nl.wijkdossier.dashboard.Onderdrukking;
import nl.wijkdossier.dashboard.Periode;
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
						"spreekuur.dashboard.onderwerpen.uitleg", Grafiek.STAAF, Kolom.vergelijking(),
						onderdrukking.tabelMetTotaal(onderwerpen, perOnderwerp, 2)),
				new Figuur("spreekuur-resultaten", "spreekuur.dashboard.resultaten.titel",
						"spreekuur.dashboard.resultaten.uitleg", Grafiek.STAAF, Kolom.vergelijking(),
						onderdrukking.tabelMetTotaal(resultaten, perResultaat, 2)));
	}

}
