package nl.wijkdossier.casus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import nl.wijkdossier.shared.Bsn;
import nl.wijkdossier.shared.Postcode;

/**
 * The resident's fields that the intake and "Gegevens wijzigen" share, with their
 * validation and parsing. Dates and numbers arrive as text so a typo gets a Dutch message
 * at its field, not a conversion error.
 */
abstract class InwonerVelden {

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

	/**
	 * The rules Bean Validation cannot express: the 11-proef, a real birth date in the
	 * past, a postcode, a house number.
	 */
	void controleerInwoner(Errors errors, Clock clock) {
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

}
