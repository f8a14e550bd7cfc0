package nl.wijkdossier.gesprek;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The meldcode huiselijk geweld en kindermishandeling (2018, with the afwegingskader) on
 * a case: started on a date, then five steps, each recorded once with its date and who
 * did it. The steps are taken in order: step n needs step n−1. A step's date is not in
 * the future and not before the start; step 5 (the decision) says what was decided.
 */
final class Meldcode {

	/** The five steps of the meldcode. */
	static final int STAPPEN = 5;

	/** The longest explanation a step keeps. */
	static final int MAX_TOELICHTING = 1000;

	private final long casusId;

	private final LocalDate gestartOp;

	private final String gestartDoor;

	private final Long gesprekId;

	private final LocalDate gesprekDatum;

	private final Map<Integer, Gezet> gezet;

	Meldcode(long casusId, LocalDate gestartOp, String gestartDoor, Long gesprekId, LocalDate gesprekDatum,
			List<Gezet> gezet) {
		this.casusId = casusId;
		this.gestartOp = gestartOp;
		this.gestartDoor = gestartDoor;
		this.gesprekId = gesprekId;
		this.gesprekDatum = gesprekDatum;
		this.gezet = new TreeMap<>();
		for (Gezet stap : gezet) {
			this.gezet.put(stap.stap(), stap);
		}
	}

	/**
	 * Checks a new step against the rules and returns its date; refuses with every error
	 * found (the date and the explanation each beside their field).
	 */
	LocalDate controleerStap(int stap, String datum, String toelichting, LocalDate vandaag) {
		if (stap < 1 || stap > STAPPEN) {
			throw MeldcodeGeweigerd.algemeen("meldcode.regel.stapOngeldig");
		}
		if (this.gezet.containsKey(stap)) {
			throw MeldcodeGeweigerd.algemeen("meldcode.regel.stapAlGezet");
		}
		if (stap > 1 && !this.gezet.containsKey(stap - 1)) {
			throw MeldcodeGeweigerd.algemeen("meldcode.regel.eerstVorigeStap");
		}
		Map<String, String> fouten = new LinkedHashMap<>();
		LocalDate op = datum(datum, this.gestartOp, "meldcode.fout.datumVoorStart", vandaag, fouten);
		String tekst = tekst(toelichting);
		if (stap == STAPPEN && tekst == null) {
			fouten.put("toelichting", "meldcode.fout.besluitVerplicht");
		}
		if (tekst != null && tekst.length() > MAX_TOELICHTING) {
			fouten.put("toelichting", "meldcode.fout.toelichtingTeLang");
		}
		if (!fouten.isEmpty()) {
			throw new MeldcodeGeweigerd(fouten);
		}
		return op;
	}

	/**
	 * Checks the start date of a meldcode: given, a date, not in the future and not
	 * before the case was reported.
	 */
	static LocalDate controleerStart(String datum, LocalDate nietVoor, LocalDate vandaag) {
		Map<String, String> fouten = new LinkedHashMap<>();
		LocalDate op = datum(datum, nietVoor, "meldcode.fout.datumVoorMelding", vandaag, fouten);
		if (!fouten.isEmpty()) {
			throw new MeldcodeGeweigerd(fouten);
		}
		return op;
	}

	/** An explanation as stored: trimmed, empty is none. */
	static String tekst(String toelichting) {
		return (toelichting == null || toelichting.isBlank()) ? null : toelichting.strip();
	}

	private static LocalDate datum(String datum, LocalDate nietVoor, String voorCode, LocalDate vandaag,
			Map<String, String> fouten) {
		if (datum == null || datum.isBlank()) {
			fouten.put("datum", "meldcode.fout.datumVerplicht");
			return null;
		}
		LocalDate op;
		try {
			op = LocalDate.parse(datum.strip());
		}
		catch (DateTimeParseException ex) {
			fouten.put("datum", "meldcode.fout.datumOngeldig");
			return null;
		}
		if (op.isAfter(vandaag)) {
			fouten.put("datum", "meldcode.fout.datumInToekomst");
		}
		else if (nietVoor != null && op.isBefore(nietVoor)) {
			fouten.put("datum", voorCode);
		}
		return op;
	}

	long casusId() {
		return this.casusId;
	}

	public LocalDate gestartOp() {
		return this.gestartOp;
	}

	public String gestartDoor() {
		return this.gestartDoor;
	}

	public Long gesprekId() {
		return this.gesprekId;
	}

	public LocalDate gesprekDatum() {
		return this.gesprekDatum;
	}

	/** The step to take now, or 0 when all five are done. */
	public int volgendeStap() {
		for (int stap = 1; stap <= STAPPEN; stap++) {
			if (!this.gezet.containsKey(stap)) {
				return stap;
			}
		}
		return 0;
	}

	public boolean isAfgerond() {
		return volgendeStap() == 0;
	}

	public int aantalGezet() {
		return this.gezet.size();
	}

	/** The date of the last step, when all are done. */
	public LocalDate afgerondOp() {
		return isAfgerond() ? this.gezet.get(STAPPEN).datum() : null;
	}

	/**
	 * The five steps in order, each with what was recorded (or null) and whether it is
	 * next.
	 */
	public List<Stap> stappen() {
		List<Stap> stappen = new ArrayList<>();
		int volgende = volgendeStap();
		for (int stap = 1; stap <= STAPPEN; stap++) {
			stappen.add(new Stap(stap, this.gezet.get(stap), stap == volgende));
		}
		return stappen;
	}

	/** A step as recorded: its date, explanation (or null) and who recorded it. */
	record Gezet(int stap, LocalDate datum, String toelichting, String door) {
	}

	/** A step of the checklist. */
	record Stap(int nummer, Gezet gezet, boolean isVolgende) {

		public boolean isGezet() {
			return this.gezet != null;
		}

		public boolean isBesluit() {
			return this.nummer == STAPPEN;
		}

		public String titelSleutel() {
			return "meldcode.stap." + this.nummer + ".titel";
		}

		public String uitlegSleutel() {
			return "meldcode.stap." + this.nummer + ".uitleg";
		}

	}

}
