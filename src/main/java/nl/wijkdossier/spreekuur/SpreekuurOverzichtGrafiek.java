package nl.wijkdossier.spreekuur;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The geometry of the overview's small bar charts: one per spreekuur, a bar per week, all
 * on the same scale so the spreekuren compare at a glance. The template draws it as
 * inline SVG with attributes only (no {@code style}, the Content-Security-Policy holds)
 * and gives each chart its summary as {@code aria-label}; the table beside it carries the
 * same numbers for whoever reads rather than looks.
 */
record SpreekuurOverzichtGrafiek(int breedte, int hoogte, int basis, List<Reeks> reeksen) {

	static final int STAAF = 16;

	static final int VAK = 24;

	static final int MARGE = 4;

	/** Room above the bars for their numbers. */
	static final int BOVEN = 14;

	static final int STAAFHOOGTE = 72;

	/** Room below the axis for the week numbers. */
	static final int ONDER = 16;

	/**
	 * @param label the accessible summary of a spreekuur's series, given its name and
	 * figures (the template's locale decides the words)
	 */
	static SpreekuurOverzichtGrafiek van(SpreekuurOverzicht.Overzicht overzicht,
			BiFunction<SpreekuurOverzicht.SpreekuurCijfers, List<SpreekuurOverzicht.WeekCijfers>, String> label) {
		long hoogste = Math.max(1, overzicht.hoogsteWeek());
		int weken = overzicht.weken().size();
		int breedte = 2 * MARGE + weken * VAK;
		int basis = BOVEN + STAAFHOOGTE;
		List<Reeks> reeksen = new ArrayList<>();
		for (SpreekuurOverzicht.SpreekuurCijfers spreekuur : overzicht.spreekuren()) {
			List<Staaf> staven = new ArrayList<>();
			for (int i = 0; i < spreekuur.perWeek().size(); i++) {
				SpreekuurOverzicht.WeekCijfers week = spreekuur.perWeek().get(i);
				long waarde = week.cijfers().bezoeken();
				int h = (int) Math.round((double) waarde * STAAFHOOGTE / hoogste);
				if (waarde > 0 && h == 0) {
					h = 1;
				}
				int x = MARGE + i * VAK + (VAK - STAAF) / 2;
				staven.add(new Staaf(x, basis - h, STAAF, h, x + STAAF / 2, waarde, week.week().nummer()));
			}
			reeksen.add(new Reeks(spreekuur, staven, label.apply(spreekuur, spreekuur.perWeek())));
		}
		return new SpreekuurOverzichtGrafiek(breedte, basis + ONDER, basis, reeksen);
	}

	/** The SVG viewBox, e.g. "0 0 200 102". */
	public String viewBox() {
		return String.format(Locale.ROOT, "0 0 %d %d", this.breedte, this.hoogte);
	}

	public int asEinde() {
		return this.breedte - MARGE;
	}

	public int asBegin() {
		return MARGE;
	}

	/** Where a bar's number sits: just above it. */
	public int waardeY(Staaf staaf) {
		return staaf.y() - 3;
	}

	public int weekY() {
		return this.basis + ONDER - 4;
	}

	/** One spreekuur's chart. */
	record Reeks(SpreekuurOverzicht.SpreekuurCijfers spreekuur, List<Staaf> staven, String label) {
	}

	/** One week's bar. */
	record Staaf(int x, int y, int breedte, int hoogte, int midden, long waarde, int week) {
	}

}
