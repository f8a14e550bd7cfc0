package nl.wijkdossier.gesprek;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.wijkdossier.shared.ZrmDomein;

/**
 * The ZRM progress of a case as the dossier shows it: for every domain that a finalised
 * conversation ever scored, the scores in date order, the latest, the change since the
 * first measurement and the latest target. Also the geometry of one small chart per
 * domain, so the page draws it as inline SVG without script or style attributes (the CSP
 * forbids both), and the columns of the table that gives the same data to everyone who
 * cannot see the chart.
 *
 * @param gesprekken the conversations that scored at least one domain, in date order: the
 * table's columns
 * @param domeinen the domains ever scored, in the order of the matrix
 */
record ZrmVoortgang(List<Gesprek> gesprekken, List<Domein> domeinen) {

	/** Width of a chart in SVG user units (the chart scales down on small screens). */
	static final int BREEDTE = 220;

	/** Height of a chart in SVG user units. */
	static final int HOOGTE = 76;

	/** Room left of the plot for the level labels 1–5. */
	private static final double LINKS = 18;

	private static final double RECHTS = 8;

	private static final double BOVEN = 6;

	private static final double ONDER = 6;

	ZrmVoortgang {
		gesprekken = List.copyOf(gesprekken);
		domeinen = List.copyOf(domeinen);
	}

	/**
	 * The progress from the scores of a case's finalised conversations, in any order.
	 */
	static ZrmVoortgang van(List<Score> scores) {
		List<Score> gesorteerd = scores.stream()
			.sorted(Comparator.comparing(Score::datum).thenComparingLong(Score::gesprekId))
			.toList();
		Map<Long, Gesprek> gesprekken = new LinkedHashMap<>();
		Map<ZrmDomein, List<Meting>> perDomein = new EnumMap<>(ZrmDomein.class);
		for (Score score : gesorteerd) {
			gesprekken.putIfAbsent(score.gesprekId(), new Gesprek(score.gesprekId(), score.datum()));
			perDomein.computeIfAbsent(score.domein(), (d) -> new ArrayList<>())
				.add(new Meting(score.gesprekId(), score.datum(), score.score(), score.doel()));
		}
		List<Gesprek> kolommen = List.copyOf(gesprekken.values());
		List<Domein> domeinen = perDomein.entrySet()
			.stream()
			.map((e) -> Domein.van(e.getKey(), e.getValue(), kolommen))
			.toList();
		return new ZrmVoortgang(kolommen, domeinen);
	}

	/** Nothing scored yet: the page shows a one-line hint instead. */
	public boolean isLeeg() {
		return this.domeinen.isEmpty();
	}

	/** The y coordinate of a level (1 at the bottom, 5 at the top). */
	static double y(int niveau) {
		double hoogte = HOOGTE - BOVEN - ONDER;
		return rond(BOVEN + (5 - niveau) * hoogte / 4);
	}

	/**
	 * The x coordinate of measurement {@code index} of {@code aantal}: evenly spaced, one
	 * measurement in the middle.
	 */
	static double x(int index, int aantal) {
		double breedte = BREEDTE - LINKS - RECHTS;
		if (aantal <= 1) {
			return rond(LINKS + breedte / 2);
		}
		return rond(LINKS + index * breedte / (aantal - 1));
	}

	private static double rond(double waarde) {
		return Math.round(waarde * 10) / 10.0;
	}

	/**
	 * One score of one domain in one finalised conversation, as read from the database.
	 */
	record Score(long gesprekId, LocalDate datum, ZrmDomein domein, int score, Integer doel) {

		Score {
			if (score < 1 || score > 5) {
				throw new IllegalArgumentException("Een ZRM-score ligt tussen 1 en 5: " + score);
			}
		}

	}

	/** A conversation that scored: a column of the table. */
	record Gesprek(long id, LocalDate datum) {
	}

	/** One measurement of a domain. */
	record Meting(long gesprekId, LocalDate datum, int score, Integer doel) {

		/** The message key of the level's name. */
		public String niveauSleutel() {
			return ZrmVoortgang.niveauSleutel(this.score);
		}

	}

	/** The message key of a level's official name (1 acute problematiek … 5 volledig). */
	public static String niveauSleutel(int niveau) {
		return "zrmvoortgang.niveau." + niveau;
	}

	/**
	 * One domain's measurements in date order, its score per table column (null where
	 * that conversation did not score it) and its chart.
	 */
	record Domein(ZrmDomein domein, List<Meting> metingen, List<Integer> perGesprek, Grafiek grafiek) {

		Domein {
			if (metingen.isEmpty()) {
				throw new IllegalArgumentException("Een domein zonder meting hoort niet in de voortgang");
			}
			metingen = List.copyOf(metingen);
			perGesprek = Collections.unmodifiableList(new ArrayList<>(perGesprek));
		}

		static Domein van(ZrmDomein domein, List<Meting> metingen, List<Gesprek> kolommen) {
			List<Integer> perGesprek = new ArrayList<>();
			for (Gesprek kolom : kolommen) {
				perGesprek.add(metingen.stream()
					.filter((m) -> m.gesprekId() == kolom.id())
					.map(Meting::score)
					.findFirst()
					.orElse(null));
			}
			return new Domein(domein, metingen, perGesprek, Grafiek.van(metingen));
		}

		public Meting eerste() {
			return this.metingen.get(0);
		}

		public Meting laatste() {
			return this.metingen.get(this.metingen.size() - 1);
		}

		public boolean isEnkeleMeting() {
			return this.metingen.size() == 1;
		}

		/** Latest score minus the first: positive is more self-reliant. */
		public int verschil() {
			return laatste().score() - eerste().score();
		}

		/** The size of the change, without its sign (the text says up or down). */
		public int verschilGrootte() {
			return Math.abs(verschil());
		}

		/** The target set most recently, or null when no conversation set one. */
		public Integer doel() {
			for (int i = this.metingen.size() - 1; i >= 0; i--) {
				if (this.metingen.get(i).doel() != null) {
					return this.metingen.get(i).doel();
				}
			}
			return null;
		}

		/** The message key of the target's level name, or null without a target. */
		public String doelSleutel() {
			Integer doel = doel();
			return (doel != null) ? niveauSleutel(doel) : null;
		}

		/** The message key of the change since the first measurement. */
		public String verschilSleutel() {
			if (isEnkeleMeting()) {
				return "zrmvoortgang.verschil.eerste";
			}
			if (verschil() > 0) {
				return "zrmvoortgang.verschil.hoger";
			}
			return (verschil() < 0) ? "zrmvoortgang.verschil.lager" : "zrmvoortgang.verschil.gelijk";
		}

	}

	/**
	 * A chart: the line through the measurements, its points, the target line (null
	 * without a target) and the five level lines with their labels. Coordinates in SVG
	 * user units, formatted with a dot whatever the locale.
	 */
	record Grafiek(String lijn, List<Punt> punten, Double doelY, List<Niveau> niveaus) {

		Grafiek {
			punten = List.copyOf(punten);
			niveaus = List.copyOf(niveaus);
		}

		static Grafiek van(List<Meting> metingen) {
			List<Punt> punten = new ArrayList<>();
			StringBuilder lijn = new StringBuilder();
			for (int i = 0; i < metingen.size(); i++) {
				Punt punt = new Punt(x(i, metingen.size()), y(metingen.get(i).score()), metingen.get(i).score());
				punten.add(punt);
				if (i > 0) {
					lijn.append(' ');
				}
				lijn.append(String.format(Locale.ROOT, "%.1f,%.1f", punt.x(), punt.y()));
			}
			Integer doel = null;
			for (Meting meting : metingen) {
				doel = (meting.doel() != null) ? meting.doel() : doel;
			}
			List<Niveau> niveaus = new ArrayList<>();
			for (int niveau = 5; niveau >= 1; niveau--) {
				niveaus.add(new Niveau(niveau, y(niveau)));
			}
			return new Grafiek(lijn.toString(), punten, (doel != null) ? y(doel) : null, niveaus);
		}

		public int breedte() {
			return BREEDTE;
		}

		public int hoogte() {
			return HOOGTE;
		}

		public String viewBox() {
			return "0 0 " + BREEDTE + " " + HOOGTE;
		}

		public double plotLinks() {
			return LINKS;
		}

		public double plotRechts() {
			return BREEDTE - RECHTS;
		}

		/** Where the level labels end (right-aligned, left of the plot). */
		public double labelX() {
			return LINKS - 6;
		}

	}

	/** A measurement in the chart. */
	record Punt(double x, double y, int score) {
	}

	/** A level line of the chart with its label's baseline. */
	record Niveau(int niveau, double y) {

		public double labelY() {
			return rond(this.y + 3);
		}

	}

}
