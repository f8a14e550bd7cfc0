package nl.wijkdossier.casus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import nl.wijkdossier.inwoner.InwonerGegevens;
import nl.wijkdossier.shared.Bsn;
import nl.wijkdossier.shared.Postcode;
import nl.wijkdossier.shared.ZrmDomein;

/**
 * What the intake form sends. The field names are a contract (other tools post to
 * {@code /aanmeldingen}). Never an entity: {@link #toGegevens()} and the controller
 * decide what is stored. Dates and numbers arrive as text so a typo gets a Dutch message
 * at its field, not a conversion error.
 */
class AanmeldingForm {

	static final LocalDate VROEGSTE_GEBOORTEDATUM = LocalDate.of(1900, 1, 1);

	@Size(max = 11, message = "{aanmelding.fout.bsn}")
	private String bsn;

	@NotBlank(message = "{aanmelding.fout.verplicht}")
	@Size(max = 80, message = "{aanmelding.fout.teLang}")
	private String voornaam;

	@NotBlank(message = "{aanmelding.fout.verplicht}")
	@Size(max = 120, message = "{aanmelding.fout.teLang}")
	private String achternaam;

	@NotBlank(message = "{aanmelding.fout.verplicht}")
	private String geboortedatum;

	@NotBlank(message = "{aanmelding.fout.verplicht}")
	private String postcode;

	@NotBlank(message = "{aanmelding.fout.verplicht}")
	private String huisnummer;

	@Size(max = 10, message = "{aanmelding.fout.teLang}")
	private String huisnummerToevoeging;

	@Size(max = 120, message = "{aanmelding.fout.teLang}")
	private String straat;

	@Size(max = 80, message = "{aanmelding.fout.teLang}")
	private String woonplaats;

	@Size(max = 20, message = "{aanmelding.fout.teLang}")
	@Pattern(regexp = "[0-9 +()-]*", message = "{aanmelding.fout.telefoon}")
	private String telefoon;

	@NotNull(message = "{aanmelding.fout.kies}")
	private Kanaal kanaal;

	@Size(max = 200, message = "{aanmelding.fout.teLang}")
	private String aanmelder;

	@NotBlank(message = "{aanmelding.fout.hulpvraag}")
	@Size(max = 4000, message = "{aanmelding.fout.teLang}")
	private String hulpvraag;

	private Set<ZrmDomein> domeinen = EnumSet.noneOf(ZrmDomein.class);

	@NotNull(message = "{aanmelding.fout.kies}")
	private Urgentie urgentie = Urgentie.NORMAAL;

	private boolean wmoMelding;

	/** Another team than the postcode's; needs {@link #teamReden}. */
	private Long teamId;

	@Size(max = 300, message = "{aanmelding.fout.teLang}")
	private String teamReden;

	/** Link to this existing resident (chosen from the possible duplicates). */
	private Long inwonerId;

	/** The user saw the possible duplicates and chose to register a new resident. */
	private boolean nieuweInwoner;

	/**
	 * The rules Bean Validation cannot express: the 11-proef, a real birth date in the
	 * past, a postcode, a house number, the practice of a huisarts.
	 */
	void controleer(Errors errors, Clock clock) {
		if (!isLeeg(this.bsn) && Bsn.parse(this.bsn).isEmpty() && !errors.hasFieldErrors("bsn")) {
			errors.rejectValue("bsn", "aanmelding.fout.bsn");
		}
		if (!isLeeg(this.geboortedatum)) {
			LocalDate datum = geboortedatumAlsDatum();
			if (datum == null) {
				errors.rejectValue("geboortedatum", "aanmelding.fout.geboortedatum");
			}
			else if (datum.isAfter(LocalDate.now(clock))) {
				errors.rejectValue("geboortedatum", "aanmelding.fout.geboortedatumToekomst");
			}
			else if (datum.isBefore(VROEGSTE_GEBOORTEDATUM)) {
				errors.rejectValue("geboortedatum", "aanmelding.fout.geboortedatumTeVroeg");
			}
		}
		if (!isLeeg(this.postcode) && !Postcode.isGeldig(this.postcode)) {
			errors.rejectValue("postcode", "aanmelding.fout.postcode");
		}
		if (!isLeeg(this.huisnummer) && huisnummerAlsGetal() == null) {
			errors.rejectValue("huisnummer", "aanmelding.fout.huisnummer");
		}
		if (this.kanaal == Kanaal.HUISARTS && isLeeg(this.aanmelder)) {
			errors.rejectValue("aanmelder", "aanmelding.fout.aanmelderHuisarts");
		}
	}

	/** Only after {@link #controleer} found no errors. */
	InwonerGegevens toGegevens() {
		return new InwonerGegevens(Bsn.parse(this.bsn).orElse(null), this.voornaam, this.achternaam,
				geboortedatumAlsDatum(), new Postcode(this.postcode), huisnummerAlsGetal(), this.huisnummerToevoeging,
				this.straat, this.woonplaats, this.telefoon, (this.kanaal == Kanaal.HUISARTS) ? this.aanmelder : null);
	}

	/** Only after {@link #controleer} found no errors. */
	Aanmelding toAanmelding(long teamIdNaRoutering) {
		return new Aanmelding(this.inwonerId, (this.inwonerId == null) ? toGegevens() : null, teamIdNaRoutering,
				this.teamReden, this.urgentie, this.kanaal, this.aanmelder, this.hulpvraag, this.domeinen,
				this.wmoMelding);
	}

	String bsnWaarde() {
		return Bsn.parse(this.bsn).map(Bsn::waarde).orElse(null);
	}

	String postcodeWaarde() {
		return Postcode.parse(this.postcode).map(Postcode::waarde).orElse(null);
	}

	LocalDate geboortedatumAlsDatum() {
		try {
			return isLeeg(this.geboortedatum) ? null : LocalDate.parse(this.geboortedatum.trim());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	Integer huisnummerAlsGetal() {
		if (isLeeg(this.huisnummer) || !this.huisnummer.trim().matches("[0-9]{1,5}")) {
			return null;
		}
		int nummer = Integer.parseInt(this.huisnummer.trim());
		return (nummer >= 1) ? nummer : null;
	}

	static boolean isLeeg(String tekst) {
		return tekst == null || tekst.isBlank();
	}

	public String getBsn() {
		return this.bsn;
	}

	public void setBsn(String bsn) {
		this.bsn = bsn;
	}

	public String getVoornaam() {
		return this.voornaam;
	}

	public void setVoornaam(String voornaam) {
		this.voornaam = voornaam;
	}

	public String getAchternaam() {
		return this.achternaam;
	}

	public void setAchternaam(String achternaam) {
		this.achternaam = achternaam;
	}

	public String getGeboortedatum() {
		return this.geboortedatum;
	}

	public void setGeboortedatum(String geboortedatum) {
		this.geboortedatum = geboortedatum;
	}

	public String getPostcode() {
		return this.postcode;
	}

	public void setPostcode(String postcode) {
		this.postcode = postcode;
	}

	public String getHuisnummer() {
		return this.huisnummer;
	}

	public void setHuisnummer(String huisnummer) {
		this.huisnummer = huisnummer;
	}

	public String getHuisnummerToevoeging() {
		return this.huisnummerToevoeging;
	}

	public void setHuisnummerToevoeging(String huisnummerToevoeging) {
		this.huisnummerToevoeging = huisnummerToevoeging;
	}

	public String getStraat() {
		return this.straat;
	}

	public void setStraat(String straat) {
		this.straat = straat;
	}

	public String getWoonplaats() {
		return this.woonplaats;
	}

	public void setWoonplaats(String woonplaats) {
		this.woonplaats = woonplaats;
	}

	public String getTelefoon() {
		return this.telefoon;
	}

	public void setTelefoon(String telefoon) {
		this.telefoon = telefoon;
	}

	public Kanaal getKanaal() {
		return this.kanaal;
	}

	public void setKanaal(Kanaal kanaal) {
		this.kanaal = kanaal;
	}

	public String getAanmelder() {
		return this.aanmelder;
	}

	public void setAanmelder(String aanmelder) {
		this.aanmelder = aanmelder;
	}

	public String getHulpvraag() {
		return this.hulpvraag;
	}

	public void setHulpvraag(String hulpvraag) {
		this.hulpvraag = hulpvraag;
	}

	public Set<ZrmDomein> getDomeinen() {
		return this.domeinen;
	}

	public void setDomeinen(Set<ZrmDomein> domeinen) {
		this.domeinen = (domeinen != null) ? domeinen : EnumSet.noneOf(ZrmDomein.class);
	}

	public Urgentie getUrgentie() {
		return this.urgentie;
	}

	public void setUrgentie(Urgentie urgentie) {
		this.urgentie = urgentie;
	}

	public boolean isWmoMelding() {
		return this.wmoMelding;
	}

	public void setWmoMelding(boolean wmoMelding) {
		this.wmoMelding = wmoMelding;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public String getTeamReden() {
		return this.teamReden;
	}

	public void setTeamReden(String teamReden) {
		this.teamReden = teamReden;
	}

	public Long getInwonerId() {
		return this.inwonerId;
	}

	public void setInwonerId(Long inwonerId) {
		this.inwonerId = inwonerId;
	}

	public boolean isNieuweInwoner() {
		return this.nieuweInwoner;
	}

	public void setNieuweInwoner(boolean nieuweInwoner) {
		this.nieuweInwoner = nieuweInwoner;
	}

}
