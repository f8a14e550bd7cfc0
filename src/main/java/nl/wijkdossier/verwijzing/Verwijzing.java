package nl.wijkdossier.verwijzing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.wijkdossier.verwijzing.Weigering.Fout;

/**
 * A referral from a case to a sociale-kaart entry. Its status moves only forward —
 * {@code VERSTUURD → GEACCEPTEERD | AFGEWEZEN}, {@code GEACCEPTEERD → AFGEROND} — through
 * methods that guard the rule, so an invalid transition cannot happen, not just is not
 * offered. A declined referral carries its reason, a closed one its feedback; an
 * escalation to the Sociaal Stedelijk Team its specialism and question. Each method
 * throws {@link Weigering} when a rule does not allow it, before changing anything.
 */
@Entity
@Table(name = "verwijzing")
class Verwijzing {

	static final int MAX_REDEN = 1000;

	static final int MAX_SST_VRAAG = 1000;

	static final int MAX_AFWIJSREDEN = 500;

	static final int MAX_TERUGKOPPELING = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "casus_id", nullable = false, updatable = false)
	private Long casusId;

	@Column(name = "voorziening_id", nullable = false, updatable = false)
	private Long voorzieningId;

	@Column(name = "gesprek_id", updatable = false)
	private Long gesprekId;

	@Column(nullable = false, updatable = false)
	private String reden;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private VerwijzingStatus status;

	@Column(name = "verstuurd_op", nullable = false, updatable = false)
	private Instant verstuurdOp;

	@Column(name = "verstuurd_door", nullable = false, updatable = false)
	private Long verstuurdDoor;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private Specialisme specialisme;

	@Column(name = "sst_vraag", updatable = false)
	private String sstVraag;

	@Column(name = "beantwoord_op")
	private Instant beantwoordOp;

	@Column(name = "beantwoord_door")
	private Long beantwoordDoor;

	private String afwijsreden;

	@Column(name = "afgerond_op")
	private Instant afgerondOp;

	@Column(name = "afgerond_door")
	private Long afgerondDoor;

	private String terugkoppeling;

	@Column(name = "antwoord_gezien", nullable = false)
	private boolean antwoordGezien = true;

	@Version
	private long version;

	protected Verwijzing() {
	}

	/**
	 * A new referral, sent now. The entry must be active; the reason is required; an
	 * escalation to the Sociaal Stedelijk Team also needs the specialism and the question
	 * (for any other entry those are not recorded).
	 */
	static Verwijzing verstuur(long casusId, Doel doel, Long gesprekId, String reden, Specialisme specialisme,
			String sstVraag, long doorGebruikerId, Instant op) {
		java.util.Objects.requireNonNull(doel, "doel");
		weigerBij(fouten(doel, reden, specialisme, sstVraag));
		boolean sst = doel.soort().isSociaalStedelijkTeam();
		Verwijzing verwijzing = new Verwijzing();
		verwijzing.casusId = casusId;
		verwijzing.voorzieningId = doel.id();
		verwijzing.gesprekId = gesprekId;
		verwijzing.reden = reden.strip();
		verwijzing.status = VerwijzingStatus.VERSTUURD;
		verwijzing.verstuurdOp = op;
		verwijzing.verstuurdDoor = doorGebruikerId;
		verwijzing.specialisme = sst ? specialisme : null;
		verwijzing.sstVraag = sst ? sstVraag.strip() : null;
		return verwijzing;
	}

	/**
	 * What is wrong with a referral to this entry (null: none chosen yet, only the reason
	 * is checked), so a form can show every error at once.
	 */
	static List<Fout> fouten(Doel doel, String reden, Specialisme specialisme, String sstVraag) {
		List<Fout> fouten = new ArrayList<>();
		if (doel != null && !doel.actief()) {
			fouten.add(new Fout("voorzieningId", "verwijzing.fout.voorzieningInactief", doel.naam()));
		}
		verplicht(fouten, "reden", reden, MAX_REDEN, "verwijzing.fout.redenVerplicht");
		if (doel != null && doel.soort().isSociaalStedelijkTeam()) {
			if (specialisme == null) {
				fouten.add(new Fout("specialisme", "verwijzing.fout.specialismeVerplicht"));
			}
			verplicht(fouten, "sstVraag", sstVraag, MAX_SST_VRAAG, "verwijzing.fout.sstVraagVerplicht");
		}
		return fouten;
	}

	/**
	 * The organisation's answer to a sent referral: accepted, or declined with its
	 * reason.
	 * @param antwoord {@code GEACCEPTEERD} or {@code AFGEWEZEN}
	 * @param gezien whether the answer counts as seen: the case's regievoerder records it
	 * herself, or the case has none (else it is new for her)
	 */
	void beantwoord(VerwijzingStatus antwoord, String afwijsreden, long doorGebruikerId, Instant op, boolean gezien) {
		vereis(this.status == VerwijzingStatus.VERSTUURD, "verwijzing.regel.alleenVerstuurdBeantwoorden");
		List<Fout> fouten = new ArrayList<>();
		if (antwoord != VerwijzingStatus.GEACCEPTEERD && antwoord != VerwijzingStatus.AFGEWEZEN) {
			fouten.add(new Fout("antwoord", "verwijzing.fout.antwoordKiezen"));
		}
		else if (antwoord == VerwijzingStatus.AFGEWEZEN) {
			verplicht(fouten, "afwijsreden", afwijsreden, MAX_AFWIJSREDEN, "verwijzing.fout.afwijsredenVerplicht");
		}
		weigerBij(fouten);
		this.status = antwoord;
		this.afwijsreden = (antwoord == VerwijzingStatus.AFGEWEZEN) ? afwijsreden.strip() : null;
		this.beantwoordOp = op;
		this.beantwoordDoor = doorGebruikerId;
		this.antwoordGezien = gezien;
	}

	/**
	 * An accepted referral is done: the organisation's feedback is recorded.
	 * @param gezien whether the feedback counts as seen (see {@link #beantwoord})
	 */
	void rondAf(String terugkoppeling, long doorGebruikerId, Instant op, boolean gezien) {
		vereis(this.status == VerwijzingStatus.GEACCEPTEERD, "verwijzing.regel.alleenGeaccepteerdAfronden");
		List<Fout> fouten = new ArrayList<>();
		verplicht(fouten, "terugkoppeling", terugkoppeling, MAX_TERUGKOPPELING,
				"verwijzing.fout.terugkoppelingVerplicht");
		weigerBij(fouten);
		this.status = VerwijzingStatus.AFGEROND;
		this.terugkoppeling = terugkoppeling.strip();
		this.afgerondOp = op;
		this.afgerondDoor = doorGebruikerId;
		this.antwoordGezien = gezien;
	}

	/** The regievoerder (or a manager) has seen the answer: it is no longer new. */
	void markeerGezien() {
		this.antwoordGezien = true;
	}

	private static void verplicht(List<Fout> fouten, String veld, String tekst, int maximum, String code) {
		if (tekst == null || tekst.isBlank()) {
			fouten.add(new Fout(veld, code));
		}
		else if (tekst.strip().length() > maximum) {
			fouten.add(new Fout(veld, "verwijzing.fout.teLang", maximum));
		}
	}

	private static void vereis(boolean regel, String code) {
		if (!regel) {
			throw Weigering.van(null, code);
		}
	}

	private static void weigerBij(List<Fout> fouten) {
		if (!fouten.isEmpty()) {
			throw new Weigering(fouten);
		}
	}

	Long getId() {
		return this.id;
	}

	Long getCasusId() {
		return this.casusId;
	}

	Long getVoorzieningId() {
		return this.voorzieningId;
	}

	Long getGesprekId() {
		return this.gesprekId;
	}

	String getReden() {
		return this.reden;
	}

	VerwijzingStatus getStatus() {
		return this.status;
	}

	Specialisme getSpecialisme() {
		return this.specialisme;
	}

	String getSstVraag() {
		return this.sstVraag;
	}

	String getAfwijsreden() {
		return this.afwijsreden;
	}

	String getTerugkoppeling() {
		return this.terugkoppeling;
	}

	boolean isAntwoordGezien() {
		return this.antwoordGezien;
	}

	long getVersion() {
		return this.version;
	}

	/** The entry referred to, as far as the referral's rules need it. */
	record Doel(long id, String naam, VoorzieningSoort soort, boolean actief) {
	}

}
