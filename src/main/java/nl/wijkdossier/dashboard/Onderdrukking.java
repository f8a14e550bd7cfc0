package nl.wijkdossier.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import nl.wijkdossier.dashboard.Cel.Soort;
import nl.wijkdossier.dashboard.Figuur.Rij;
import nl.wijkdossier.dashboard.Cel.Staat;

/**
 * The small-count rule of every dashboard (statistical disclosure control): a count of 1
 * to {@code drempel − 1} persons is never shown, only "&lt;5"; a percentage, median or
 * maximum computed over fewer than {@code drempel} persons is not shown either; and where
 * a column has a total, exactly one suppressed cell could be recomputed as the total
 * minus the others — so then the next-smallest cell is hidden too (secondary
 * suppression), or the total when no other cell can carry it. Zero is shown: "nobody"
 * reveals no person. Pure and stateless; every figure makes its cells here.
 */
public final class Onderdrukking {

	private final int drempel;

	public Onderdrukking(int drempel) {
		if (drempel < 2) {
			throw new IllegalArgumentException("drempel " + drempel);
		}
		this.drempel = drempel;
	}

	public int drempel() {
		return this.drempel;
	}

	/** A count of persons or cases on its own (no total beside it). */
	public Cel aantal(long aantal) {
		return (aantal > 0 && aantal < this.drempel) ? cel(null, Soort.AANTAL, Staat.ONDERDRUKT)
				: cel(BigDecimal.valueOf(aantal), Soort.AANTAL, Staat.GETOOND);
	}

	/**
	 * The cells of a column (or row) of counts and, as the last element, its total — with
	 * secondary suppression when exactly one cell is suppressed and the total is shown.
	 */
	public List<Cel> metTotaal(List<Long> aantallen, long totaal) {
		List<Cel> cellen = new ArrayList<>();
		List<Integer> onderdrukt = new ArrayList<>();
		for (int i = 0; i < aantallen.size(); i++) {
			Cel cel = aantal(aantallen.get(i));
			if (cel.staat() == Staat.ONDERDRUKT) {
				onderdrukt.add(i);
			}
			cellen.add(cel);
		}
		Cel totaalCel = aantal(totaal);
		if (onderdrukt.size() == 1 && totaalCel.isGetoond()) {
			int kleinste = -1;
			for (int i = 0; i < aantallen.size(); i++) {
				if (cellen.get(i).isGetoond() && aantallen.get(i) > 0
						&& (kleinste < 0 || aantallen.get(i) < aantallen.get(kleinste))) {
					kleinste = i;
				}
			}
			if (kleinste >= 0) {
				cellen.set(kleinste, cel(null, Soort.AANTAL, Staat.VERBORGEN));
			}
			else {
				totaalCel = cel(null, Soort.AANTAL, Staat.VERBORGEN);
			}
		}
		cellen.add(totaalCel);
		return cellen;
	}

	/**
	 * {@code teller} of {@code noemer} as a whole percentage; not shown over fewer than
	 * the drempel, and not when the part or its complement is itself too small to show
	 * ({@code delen} = the cells of teller and noemer − teller, from {@link #metTotaal}).
	 */
	public Cel percentage(long teller, long noemer, List<Cel> delen) {
		if (noemer == 0) {
			return cel(null, Soort.PERCENTAGE, Staat.GEEN);
		}
		if (noemer < this.drempel || delen.stream().anyMatch((c) -> !c.isGetoond())) {
			return cel(null, Soort.PERCENTAGE, Staat.ONDERDRUKT);
		}
		return cel(BigDecimal.valueOf(teller * 100).divide(BigDecimal.valueOf(noemer), 0, RoundingMode.HALF_UP),
				Soort.PERCENTAGE, Staat.GETOOND);
	}

	/**
	 * A statistic (median, percentile, maximum) over {@code personen}: shown only over at
	 * least the drempel.
	 */
	public Cel statistiek(BigDecimal waarde, long personen, Soort soort) {
		if (personen == 0 || waarde == null) {
			return cel(null, soort, Staat.GEEN);
		}
		if (personen < this.drempel) {
			return cel(null, soort, Staat.ONDERDRUKT);
		}
		return cel(waarde, soort, Staat.GETOOND);
	}

	/**
	 * A table of counts: a row per category (a message key) and a total row, each column
	 * suppressed with its total ({@link #metTotaal}). Every row of {@code waarden} has
	 * one count per column.
	 */
	public List<Rij> tabelMetTotaal(List<String> sleutels, List<long[]> waarden, int kolommen) {
		List<List<Cel>> perKolom = new ArrayList<>();
		for (int k = 0; k < kolommen; k++) {
			int kolom = k;
			List<Long> aantallen = waarden.stream().map((w) -> w[kolom]).toList();
			perKolom.add(metTotaal(aantallen, aantallen.stream().mapToLong(Long::longValue).sum()));
		}
		List<Rij> rijen = new ArrayList<>();
		for (int r = 0; r <= sleutels.size(); r++) {
			List<Cel> cellen = new ArrayList<>();
			for (int k = 0; k < kolommen; k++) {
				cellen.add(perKolom.get(k).get(r));
			}
			rijen.add((r < sleutels.size()) ? Rij.van(sleutels.get(r), cellen) : Rij.totaal(cellen));
		}
		return rijen;
	}

	/**
	 * A cell hidden because showing it would reveal a suppressed neighbour — for a figure
	 * whose own arithmetic (a share of a total, a ratio of a hidden count) needs more
	 * than {@link #metTotaal} knows.
	 */
	public Cel verborgen(Soort soort) {
		return cel(null, soort, Staat.VERBORGEN);
	}

	/**
	 * A number that counts no persons (a budget, a norm, a target): always shown.
	 */
	public Cel vrij(BigDecimal waarde, Soort soort) {
		return (waarde == null) ? cel(null, soort, Staat.GEEN) : cel(waarde, soort, Staat.GETOOND);
	}

	private Cel cel(BigDecimal waarde, Soort soort, Staat staat) {
		return new Cel(waarde, soort, staat, this.drempel);
	}

}
