package nl.wijkdossier.inwoner;

import java.time.LocalDate;
import java.time.Period;

/** A resident as pages show her. Personal data: only for callers that log the access. */
public record InwonerInfo(long id, String bsn, String voornaam, String achternaam, LocalDate geboortedatum,
		String postcode, int huisnummer, String huisnummerToevoeging, String straat, String woonplaats, String telefoon,
		String huisarts, String waarschuwing, long version) {

	public String naam() {
		return this.voornaam + " " + this.achternaam;
	}

	public int leeftijdOp(LocalDate dag) {
		return Period.between(this.geboortedatum, dag).getYears();
	}

	public String adres() {
		String nummer = this.huisnummer + ((this.huisnummerToevoeging != null) ? " " + this.huisnummerToevoeging : "");
		String straatDeel = (this.straat != null) ? this.straat + " " + nummer : "huisnummer " + nummer;
		return straatDeel + ", " + this.postcode + ((this.woonplaats != null) ? " " + this.woonplaats : "");
	}

	/** The BSN with all but the last three digits hidden. */
	public String bsnGemaskeerd() {
		return (this.bsn != null) ? "******" + this.bsn.substring(6) : null;
	}

}
