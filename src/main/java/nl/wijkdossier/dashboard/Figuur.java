package nl.wijkdossier.dashboard;

import java.util.List;

/**
 * One figure of a dashboard: a table of {@link Cel}s whose rows are categories (a kanaal,
 * a month) and whose columns are measures (this period, the previous one), drawn as a
 * chart of the columns marked for it and exported as CSV under {@link #id()}. The page,
 * the chart and the export are generic: a module adds a figure by returning it from a
 * {@link DashboardBron}.
 *
 * @param id unique on the page, lower case and dashes: the anchor and {@code ?export=}
 * name
 * @param titelSleutel message key of the heading
 * @param uitlegSleutel message key of one sentence on how it is counted
 * @param grafiek the kind of chart
 * @param kolommen the measures, left to right
 * @param rijen the categories, top to bottom; a total row last
 */
public record Figuur(String id, String titelSleutel, String uitlegSleutel, Grafiek grafiek, List<Kolom> kolommen,
		List<Rij> rijen) {

	/** How the figure is drawn. */
	public enum Grafiek {

		/** Bars per row, a bar colour per column. */
		STAAF,
		/** A line per column over the rows (months). */
		LIJN

	}

	public Figuur {
		if (!id.matches("[a-z][a-z0-9-]*")) {
			throw new IllegalArgumentException("figuur-id " + id);
		}
		kolommen = List.copyOf(kolommen);
		rijen = List.copyOf(rijen);
		for (Rij rij : rijen) {
			if (rij.cellen().size() != kolommen.size()) {
				throw new IllegalArgumentException(id + ": rij met " + rij.cellen().size() + " cellen");
			}
		}
	}

	/** The rows a chart shows: not the total. */
	public List<Rij> grafiekRijen() {
		return this.rijen.stream().filter((r) -> !r.totaal()).toList();
	}

	/**
	 * A measure.
	 *
	 * @param sleutel message key of the column heading
	 * @param inGrafiek whether the chart draws it
	 */
	public record Kolom(String sleutel, boolean inGrafiek) {
	}

	/**
	 * A category: its label as a message key, or as a ready text (a month) when
	 * {@code sleutel} is null.
	 */
	public record Rij(String sleutel, String tekst, List<Cel> cellen, boolean totaal) {

		public Rij {
			cellen = List.copyOf(cellen);
		}

		public static Rij van(String sleutel, List<Cel> cellen) {
			return new Rij(sleutel, null, cellen, false);
		}

		public static Rij tekst(String tekst, List<Cel> cellen) {
			return new Rij(null, tekst, cellen, false);
		}

		public static Rij totaal(List<Cel> cellen) {
			return new Rij("dashboard.totaal", null, cellen, true);
		}

	}

}
