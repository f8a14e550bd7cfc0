package nl.wijkdossier.gesprek;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.wijkdossier.shared.ZrmDomein;
import nl.wijkdossier.shared.web.Datums;

/**
 * The rules of a conversation, in one place and in plain Java: what "Vastleggen" requires
 * and what a correction requires. Every broken rule is a {@link Fout} on the field it is
 * about (a message key with its arguments), so the page can say it in Dutch next to the
 * field; a form with any error stores nothing. A draft is never checked: it keeps what
 * was typed, however unfinished.
 */
final class GesprekRegels {

	/** EDIZ-plus: from this score on the mantelzorger is overloaded. */
	static final int EDIZ_OVERBELAST = 9;

	static final int EDIZ_MAX = 15;

	static final int MAX_VERSLAG = 50_000;

	static final int MAX_TEKST = 20_000;

	static final int MAX_REDEN = 500;

	static final int MAX_TOELICHTING = 300;

	static final int MAX_OMSCHRIJVING = 500;

	static final int MAX_PARTNER = 160;

	static final int MAX_NAAM = 120;

	static final int MAX_RELATIE = 80;

	static final int MAX_WAARVOOR = 300;

	private GesprekRegels() {
	}

	static boolean isZrmNiveau(int niveau) {
		return niveau >= 1 && niveau <= 5;
	}

	static boolean isEdizScore(int score) {
		return score >= 0 && score <= EDIZ_MAX;
	}

	/** A measured EDIZ-plus score of 9 or more; no score says nothing. */
	static boolean isOverbelast(Integer edizScore) {
		return edizScore != null && edizScore >= EDIZ_OVERBELAST;
	}

	/**
	 * Checks a form for "Vastleggen" on a case reported on {@code gemeldOp}, today being
	 * {@code vandaag} (Europe/Amsterdam).
	 */
	static Controle controleer(GesprekForm form, LocalDate gemeldOp, LocalDate vandaag) {
		List<Fout> fouten = new ArrayList<>();
		LocalDate datum = datum(form.getDatum(), "datum", true, fouten);
		if (datum != null && datum.isAfter(vandaag)) {
			fouten.add(new Fout("datum", "gesprek.fout.datum.toekomst"));
			datum = null;
		}
		else if (datum != null && gemeldOp != null && datum.isBefore(gemeldOp)) {
			fouten.add(new Fout("datum", "gesprek.fout.datum.voorMelding", Datums.dag(gemeldOp)));
			datum = null;
		}
		GesprekLocatie locatie = keuze(GesprekLocatie.class, form.getLocatie(), "locatie",
				"gesprek.fout.locatie.verplicht", fouten);
		Set<GesprekDeelnemer> deelnemers = deelnemers(form.getDeelnemers(), fouten);
		String toelichting = tekst(form.getDeelnemersToelichting(), "deelnemersToelichting", MAX_TOELICHTING, fouten);
		String verslag = tekst(form.getVerslag(), "verslag", MAX_VERSLAG, fouten);
		if (verslag == null && !heeftFout(fouten, "verslag")) {
			fouten.add(new Fout("verslag", "gesprek.fout.verslag.verplicht"));
		}
		String notitie = tekst(form.getInterneNotitie(), "interneNotitie", MAX_TEKST, fouten);
		Gesprek.Onderzoek onderzoek = onderzoek(form, fouten);
		List<Gesprek.ZrmScore> zrm = zrm(form.getZrmScore(), form.getZrmDoel(), fouten);
		List<GesprekAfspraak> afspraken = afspraken(form.getAfspraken(), datum, fouten);
		Gesprek.Mantelzorger mantelzorger = mantelzorger(form, fouten);
		String waarvoor = vrijwilliger(form, fouten);
		if (!fouten.isEmpty()) {
			return new Controle(null, fouten);
		}
		return new Controle(new Gesprek(datum, locatie, deelnemers, toelichting, verslag, notitie, onderzoek, zrm,
				afspraken, mantelzorger, waarvoor, form.isVermoedenHuiselijkGeweld()), List.of());
	}

	/**
	 * Checks a correction of a finalised conversation: a reason, a report, and a change
	 * of the report or the note (a correction that changes nothing is no correction).
	 */
	static CorrectieControle controleerCorrectie(String reden, String verslag, String interneNotitie,
			String huidigVerslag, String huidigeNotitie) {
		List<Fout> fouten = new ArrayList<>();
		String schoneReden = tekst(reden, "reden", MAX_REDEN, fouten);
		if (schoneReden == null && !heeftFout(fouten, "reden")) {
			fouten.add(new Fout("reden", "gesprek.fout.correctie.reden"));
		}
		String schoonVerslag = tekst(verslag, "verslag", MAX_VERSLAG, fouten);
		if (schoonVerslag == null && !heeftFout(fouten, "verslag")) {
			fouten.add(new Fout("verslag", "gesprek.fout.verslag.verplicht"));
		}
		String schoneNotitie = tekst(interneNotitie, "interneNotitie", MAX_TEKST, fouten);
		if (fouten.isEmpty() && schoonVerslag.equals(schoon(huidigVerslag))
				&& java.util.Objects.equals(schoneNotitie, schoon(huidigeNotitie))) {
			fouten.add(new Fout("verslag", "gesprek.fout.correctie.ongewijzigd"));
		}
		if (!fouten.isEmpty()) {
			return new CorrectieControle(null, null, null, fouten);
		}
		return new CorrectieControle(schoneReden, schoonVerslag, schoneNotitie, List.of());
	}

	/**
	 * Text as stored: line ends as {@code \n} (browsers send {@code \r\n}), no
	 * surrounding white space, empty as null.
	 */
	static String schoon(String tekst) {
		if (tekst == null) {
			return null;
		}
		String schoon = tekst.replace("\r\n", "\n").replace('\r', '\n').strip();
		return schoon.isEmpty() ? null : schoon;
	}

	private static Gesprek.Onderzoek onderzoek(GesprekForm form, List<Fout> fouten) {
		GesprekMaatwerk maatwerk = GesprekForm.gevuld(form.getMaatwerkNodig())
				? keuze(GesprekMaatwerk.class, form.getMaatwerkNodig(), "maatwerkNodig", null, fouten) : null;
		return new Gesprek.Onderzoek(tekst(form.getBehoeften(), "behoeften", MAX_TEKST, fouten),
				tekst(form.getEigenKracht(), "eigenKracht", MAX_TEKST, fouten),
				tekst(form.getMantelzorgNetwerk(), "mantelzorgNetwerk", MAX_TEKST, fouten),
				tekst(form.getMantelzorgerOndersteuning(), "mantelzorgerOndersteuning", MAX_TEKST, fouten),
				tekst(form.getAlgemeneVoorzieningen(), "algemeneVoorzieningen", MAX_TEKST, fouten), maatwerk,
				tekst(form.getMaatwerkToelichting(), "maatwerkToelichting", MAX_TEKST, fouten),
				tekst(form.getVolgendeStap(), "volgendeStap", MAX_TEKST, fouten));
	}

	private static Set<GesprekDeelnemer> deelnemers(List<String> waarden, List<Fout> fouten) {
		Set<GesprekDeelnemer> deelnemers = EnumSet.noneOf(GesprekDeelnemer.class);
		for (String waarde : waarden) {
			if (!GesprekForm.gevuld(waarde)) {
				continue;
			}
			try {
				deelnemers.add(GesprekDeelnemer.valueOf(waarde.trim()));
			}
			catch (IllegalArgumentException ex) {
				fouten.add(new Fout("deelnemers", "gesprek.fout.keuzeOngeldig"));
				return deelnemers;
			}
		}
		if (deelnemers.isEmpty()) {
			fouten.add(new Fout("deelnemers", "gesprek.fout.deelnemers.verplicht"));
		}
		return deelnemers;
	}

	/** Only the domains that were scored; a target needs a score. */
	private static List<Gesprek.ZrmScore> zrm(Map<String, String> scores, Map<String, String> doelen,
			List<Fout> fouten) {
		List<Gesprek.ZrmScore> zrm = new ArrayList<>();
		for (ZrmDomein domein : ZrmDomein.values()) {
			String scoreVeld = "zrmScore[" + domein.name() + "]";
			String doelVeld = "zrmDoel[" + domein.name() + "]";
			String scoreTekst = scores.get(domein.name());
			String doelTekst = doelen.get(domein.name());
			Integer score = niveau(scoreTekst, scoreVeld, "gesprek.fout.zrm.score", fouten);
			Integer doel = niveau(doelTekst, doelVeld, "gesprek.fout.zrm.doel", fouten);
			if (GesprekForm.gevuld(doelTekst) && !GesprekForm.gevuld(scoreTekst) && !heeftFout(fouten, doelVeld)) {
				fouten.add(new Fout(doelVeld, "gesprek.fout.zrm.doelZonderScore"));
			}
			if (score != null && (doel != null || !GesprekForm.gevuld(doelTekst))) {
				zrm.add(new Gesprek.ZrmScore(domein, score, doel));
			}
		}
		for (String domein : scores.keySet()) {
			if (!isDomein(domein) && GesprekForm.gevuld(scores.get(domein))) {
				fouten.add(new Fout(null, "gesprek.fout.zrm.domein"));
			}
		}
		for (String domein : doelen.keySet()) {
			if (!isDomein(domein) && GesprekForm.gevuld(doelen.get(domein))) {
				fouten.add(new Fout(null, "gesprek.fout.zrm.domein"));
			}
		}
		return zrm;
	}

	private static Integer niveau(String tekst, String veld, String code, List<Fout> fouten) {
		if (!GesprekForm.gevuld(tekst)) {
			return null;
		}
		Integer niveau = geheelGetal(tekst);
		if (niveau == null || !isZrmNiveau(niveau)) {
			fouten.add(new Fout(veld, code));
			return null;
		}
		return niveau;
	}

	/** Rows with nothing typed are ignored; the others must be complete. */
	private static List<GesprekAfspraak> afspraken(List<GesprekForm.AfspraakRij> rijen, LocalDate gesprekDatum,
			List<Fout> fouten) {
		List<GesprekAfspraak> afspraken = new ArrayList<>();
		for (int i = 0; i < rijen.size(); i++) {
			GesprekForm.AfspraakRij rij = rijen.get(i);
			if (rij == null || rij.leeg()) {
				continue;
			}
			String veld = "afspraken[" + i + "].";
			int voor = fouten.size();
			String omschrijving = tekst(rij.getOmschrijving(), veld + "omschrijving", MAX_OMSCHRIJVING, fouten);
			if (omschrijving == null && !heeftFout(fouten, veld + "omschrijving")) {
				fouten.add(new Fout(veld + "omschrijving", "gesprek.fout.afspraak.omschrijving"));
			}
			GesprekAfspraak.Wie wie = keuze(GesprekAfspraak.Wie.class, rij.getWie(), veld + "wie",
					"gesprek.fout.afspraak.wie", fouten);
			String partner = null;
			if (wie == GesprekAfspraak.Wie.PARTNER) {
				partner = tekst(rij.getPartner(), veld + "partner", MAX_PARTNER, fouten);
				if (partner == null && !heeftFout(fouten, veld + "partner")) {
					fouten.add(new Fout(veld + "partner", "gesprek.fout.afspraak.partner"));
				}
			}
			LocalDate deadline = datum(rij.getDeadline(), veld + "deadline", false, fouten);
			if (deadline != null && gesprekDatum != null && deadline.isBefore(gesprekDatum)) {
				fouten.add(new Fout(veld + "deadline", "gesprek.fout.afspraak.deadlineVoorGesprek"));
			}
			if (fouten.size() == voor) {
				afspraken.add(new GesprekAfspraak(omschrijving, wie, partner, deadline));
			}
		}
		return afspraken;
	}

	private static Gesprek.Mantelzorger mantelzorger(GesprekForm form, List<Fout> fouten) {
		String naam = tekst(form.getMantelzorgerNaam(), "mantelzorgerNaam", MAX_NAAM, fouten);
		String relatie = tekst(form.getMantelzorgerRelatie(), "mantelzorgerRelatie", MAX_RELATIE, fouten);
		Integer ediz = null;
		if (GesprekForm.gevuld(form.getEdizScore())) {
			ediz = geheelGetal(form.getEdizScore());
			if (ediz == null || !isEdizScore(ediz)) {
				fouten.add(new Fout("edizScore", "gesprek.fout.ediz"));
				ediz = null;
			}
		}
		if (!form.isMantelzorgerAanwezig()) {
			if (naam != null || relatie != null || GesprekForm.gevuld(form.getEdizScore())) {
				fouten.add(new Fout("mantelzorgerAanwezig", "gesprek.fout.mantelzorger.nietAangevinkt"));
			}
			return null;
		}
		if (naam == null && !heeftFout(fouten, "mantelzorgerNaam")) {
			fouten.add(new Fout("mantelzorgerNaam", "gesprek.fout.mantelzorger.naam"));
		}
		return (naam != null) ? new Gesprek.Mantelzorger(naam, relatie, ediz) : null;
	}

	private static String vrijwilliger(GesprekForm form, List<Fout> fouten) {
		String waarvoor = tekst(form.getVrijwilligerWaarvoor(), "vrijwilligerWaarvoor", MAX_WAARVOOR, fouten);
		if (!form.isVrijwilligerGewenst()) {
			if (waarvoor != null) {
				fouten.add(new Fout("vrijwilligerGewenst", "gesprek.fout.vrijwilliger.nietAangevinkt"));
			}
			return null;
		}
		if (waarvoor == null && !heeftFout(fouten, "vrijwilligerWaarvoor")) {
			fouten.add(new Fout("vrijwilligerWaarvoor", "gesprek.fout.vrijwilliger.waarvoor"));
		}
		return waarvoor;
	}

	private static <E extends Enum<E>> E keuze(Class<E> soort, String waarde, String veld, String verplicht,
			List<Fout> fouten) {
		if (!GesprekForm.gevuld(waarde)) {
			if (verplicht != null) {
				fouten.add(new Fout(veld, verplicht));
			}
			return null;
		}
		try {
			return Enum.valueOf(soort, waarde.trim());
		}
		catch (IllegalArgumentException ex) {
			fouten.add(new Fout(veld, "gesprek.fout.keuzeOngeldig"));
			return null;
		}
	}

	private static LocalDate datum(String tekst, String veld, boolean verplicht, List<Fout> fouten) {
		if (!GesprekForm.gevuld(tekst)) {
			if (verplicht) {
				fouten.add(new Fout(veld, "gesprek.fout.datum.verplicht"));
			}
			return null;
		}
		try {
			return LocalDate.parse(tekst.trim());
		}
		catch (DateTimeParseException ex) {
			fouten.add(new Fout(veld, "gesprek.fout.datum.ongeldig"));
			return null;
		}
	}

	private static String tekst(String tekst, String veld, int max, List<Fout> fouten) {
		String schoon = schoon(tekst);
		if (schoon != null && schoon.length() > max) {
			fouten.add(new Fout(veld, "gesprek.fout.teLang", max));
			return null;
		}
		return schoon;
	}

	private static Integer geheelGetal(String tekst) {
		String schoon = tekst.trim();
		if (!schoon.matches("-?[0-9]{1,3}")) {
			return null;
		}
		return Integer.parseInt(schoon);
	}

	private static boolean isDomein(String naam) {
		for (ZrmDomein domein : ZrmDomein.values()) {
			if (domein.name().equals(naam)) {
				return true;
			}
		}
		return false;
	}

	private static boolean heeftFout(List<Fout> fouten, String veld) {
		return fouten.stream().anyMatch((f) -> veld.equals(f.veld()));
	}

	/**
	 * A broken rule: the field (null for the form as a whole), the message key and its
	 * arguments.
	 */
	record Fout(String veld, String code, Object... args) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Fout fout && java.util.Objects.equals(this.veld, fout.veld)
					&& this.code.equals(fout.code) && java.util.Arrays.equals(this.args, fout.args);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(this.veld, this.code, java.util.Arrays.hashCode(this.args));
		}

		@Override
		public String toString() {
			return this.veld + ": " + this.code + java.util.Arrays.toString(this.args);
		}

	}

	/** The outcome of {@link #controleer}: the conversation, or what is wrong. */
	record Controle(Gesprek gesprek, List<Fout> fouten) {

		boolean isGoed() {
			return this.fouten.isEmpty();
		}

	}

	/** The outcome of {@link #controleerCorrectie}: the clean texts, or what is wrong. */
	record CorrectieControle(String reden, String verslag, String interneNotitie, List<Fout> fouten) {

		boolean isGoed() {
			return this.fouten.isEmpty();
		}

	}

}
