package nl.wijkdossier.gesprek;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.wijkdossier.shared.ZrmDomein;

/**
 * A finalised conversation as its page shows it: the current text (the latest correction,
 * or the original) and every earlier version with who changed it, when and why; the ZRM
 * scores with the previous score of each domain; the agreements with their status; the
 * signals; and whether the resident's report was sent.
 */
public record GesprekWeergave(long id, long casusId, LocalDate datum, GesprekLocatie locatie,
		List<GesprekDeelnemer> deelnemers, String deelnemersToelichting, String auteurNaam, Instant vastgelegdOp,
		List<Versie> versies, Gesprek.Onderzoek onderzoek, List<Zrm> zrm, List<AfspraakRegel> afspraken,
		Gesprek.Mantelzorger mantelzorger, String vrijwilligerWaarvoor, boolean vermoedenHuiselijkGeweld,
		LocalDate verslagVerstuurdOp, String verslagVerstuurdVia) {

	public GesprekWeergave {
		deelnemers = List.copyOf(deelnemers);
		versies = List.copyOf(versies);
		zrm = List.copyOf(zrm);
		afspraken = List.copyOf(afspraken);
		if (versies.isEmpty()) {
			throw new IllegalArgumentException("Een gesprek heeft minstens zijn oorspronkelijke versie");
		}
	}

	/** The text as it stands now: the latest correction, or the original. */
	public Versie huidig() {
		return this.versies.get(this.versies.size() - 1);
	}

	public Versie origineel() {
		return this.versies.get(0);
	}

	public boolean isGecorrigeerd() {
		return this.versies.size() > 1;
	}

	/** The history, newest first, for the page's list of versions. */
	public List<Versie> geschiedenis() {
		List<Versie> nieuwsteEerst = new java.util.ArrayList<>(this.versies);
		java.util.Collections.reverse(nieuwsteEerst);
		return nieuwsteEerst;
	}

	public boolean heeftOnderzoek() {
		Gesprek.Onderzoek o = this.onderzoek;
		return o.behoeften() != null || o.eigenKracht() != null || o.mantelzorgNetwerk() != null
				|| o.mantelzorgerOndersteuning() != null || o.algemeneVoorzieningen() != null
				|| o.maatwerkNodig() != null || o.maatwerkToelichting() != null || o.volgendeStap() != null;
	}

	public boolean heeftSignalen() {
		return this.mantelzorger != null || this.vrijwilligerWaarvoor != null || this.vermoedenHuiselijkGeweld;
	}

	public boolean isVerstuurd() {
		return this.verslagVerstuurdOp != null;
	}

	public String verstuurdViaSleutel() {
		return (this.verslagVerstuurdVia != null) ? "gesprek.verstuurd.via." + this.verslagVerstuurdVia : null;
	}

	/** The mantelzorger's EDIZ-plus says she is overloaded: suggest a referral. */
	public boolean isMantelzorgerOverbelast() {
		return this.mantelzorger != null && this.mantelzorger.isOverbelast();
	}

	public String link() {
		return "/casussen/" + this.casusId + "/gesprekken/" + this.id;
	}

	/**
	 * The original text (without {@code reden}) or a correction: who wrote it, when, why.
	 */
	public record Versie(int nummer, String door, Instant op, String reden, String verslag, String interneNotitie) {

		public boolean isOrigineel() {
			return this.reden == null;
		}

	}

	/**
	 * A scored domain with the score of the last earlier conversation that scored it
	 * (null when this is the first measurement).
	 */
	public record Zrm(ZrmDomein domein, int score, Integer doel, Integer vorige) {

		public String niveauSleutel() {
			return "gesprek.zrm.niveau." + this.score;
		}

		public String doelSleutel() {
			return (this.doel != null) ? "gesprek.zrm.niveau." + this.doel : null;
		}

		/** The change in words (never by colour alone): first, higher, lower, equal. */
		public String verschilSleutel() {
			if (this.vorige == null) {
				return "gesprek.zrm.verschil.eerste";
			}
			if (this.score > this.vorige) {
				return "gesprek.zrm.verschil.hoger";
			}
			return (this.score < this.vorige) ? "gesprek.zrm.verschil.lager" : "gesprek.zrm.verschil.gelijk";
		}

		public int verschilGrootte() {
			return (this.vorige != null) ? Math.abs(this.score - this.vorige) : 0;
		}

	}

	/** An agreement of this conversation with its current status. */
	public record AfspraakRegel(String omschrijving, GesprekAfspraak.Wie wie, String partner, LocalDate deadline,
			boolean klaar, LocalDate klaarOp) {

	}

}
