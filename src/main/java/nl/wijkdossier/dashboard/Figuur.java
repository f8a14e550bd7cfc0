package nl.wijkdossier.dashboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
 * @param kengetallen headline numbers computed for this figure, for a
 * {@link DashboardVergelijking}; not shown by themselves
 * @param voetnoten ready sentences shown under the table (a plan's versions), never about
 * a person
 */
public record Figuur(String id, String titelSleutel, String uitlegSleutel, Grafiek grafiek, List<Kolom> kolommen,
		List<Rij> rijen, Map<Kengetal, Cel> kengetallen, List<String> voetnoten) {

	/** How the figure is drawn. */
	public enum Grafiek {

		/** Bars per row, a bar colour per column. */
		STAAF,
		/** A line per column over the rows (months). */
		LIJN,
		/** No chart: the table alone (numbers of different units side by side). */
		GEEN

	}

	public Figuur {
		if (!id.matches("[a-z][a-z0-9-]*")) {
			throw new IllegalArgumentException("figuur-id " + id);
		}
		kolommen = List.copyOf(kolommen);
		rijen = List.copyOf(rijen);
		kengetallen = kengetallen.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(kengetallen));
		voetnoten = List.copyOf(voetnoten);
		for (Rij rij : rijen) {
			if (rij.cellen().size() != kolommen.size()) {
				throw new IllegalArgumentException(id + ": rij met " + rij.cellen().size() + " cellen");
			}
		}
	}

	public Figuur(String id, String titelSleutel, String uitlegSleutel, Grafiek grafiek, List<Kolom> kolommen,
			List<Rij> rijen) {
		this(id, titelSleutel, uitlegSleutel, grafiek, kolommen, rijen, Map.of(), List.of());
	}

	/** This figure carrying one more headline number. */
	public Figuur metKengetal(Kengetal kengetal, Cel cel) {
		Map<Kengetal, Cel> meer = new EnumMap<>(Kengetal.class);
		meer.putAll(this.kengetallen);
		meer.put(kengetal, cel);
		return new Figuur(this.id, this.titelSleutel, this.uitlegSleutel, this.grafiek, this.kolommen, this.rijen, meer,
				this.voetnoten);
	}

	/** This figure with sentences under its table. */
	public Figuur metVoetnoten(List<String> teksten) {
		List<String> meer = new ArrayList<>(this.voetnoten);
		meer.addAll(teksten);
		return new Figuur(this.id, this.titelSleutel, this.uitlegSleutel, this.grafiek, this.kolommen, this.rijen,
				this.kengetallen, meer);
	}

	/** Whether any row carries an {@link Oordeel}: the table then has a column for it. */
	public boolean heeftOordelen() {
		return this.rijen.stream().anyMatch((r) -> r.oordeel() != null);
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

		/** "Deze periode" and "Vorige periode", both drawn. */
		public static List<Kolom> vergelijking() {
			return List.of(new Kolom("dashboard.kolom.nu", true), new Kolom("dashboard.kolom.vorige", true));
		}

	}

	/**
	 * A category: its label as a message key, or as a ready text (a month) when
	 * {@code sleutel} is null; optionally a judgement of the row (a target met or not).
	 */
	public record Rij(String sleutel, String tekst, List<Cel> cellen, boolean totaal, Oordeel oordeel) {

		public Rij {
			cellen = List.copyOf(cellen);
		}

		public static Rij van(String sleutel, List<Cel> cellen) {
			return new Rij(sleutel, null, cellen, false, null);
		}

		public static Rij tekst(String tekst, List<Cel> cellen) {
			return new Rij(null, tekst, cellen, false, null);
		}

		public static Rij totaal(List<Cel> cellen) {
			return new Rij("dashboard.totaal", null, cellen, true, null);
		}

		/** This row with a judgement in its own column. */
		public Rij met(Oordeel oordeel) {
			return new Rij(this.sleutel, this.tekst, this.cellen, this.totaal, oordeel);
		}

	}

	/**
	 * A judgement of a row, in words (never by colour alone).
	 *
	 * @param sleutel message key of the words ("gehaald", "niet gehaald")
	 * @param toon how it is coloured beside the words
	 */
	public record Oordeel(String sleutel, Toon toon) {

		/** The colour of a judgement. */
		public enum Toon {

			GOED, SLECHT, NEUTRAAL

		}

	}

}
