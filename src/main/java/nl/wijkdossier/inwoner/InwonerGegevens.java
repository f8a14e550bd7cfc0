package nl.wijkdossier.inwoner;

import java.time.LocalDate;

import nl.wijkdossier.shared.Bsn;
import nl.wijkdossier.shared.Postcode;

/**
 * What is recorded of a resident; validated value objects where the law defines them. The
 * {@code waarschuwing} is a short safety signal colleagues must see before a home visit.
 */
public record InwonerGegevens(Bsn bsn, String voornaam, String achternaam, LocalDate geboortedatum, Postcode postcode,
		int huisnummer, String huisnummerToevoeging, String straat, String woonplaats, String telefoon, String huisarts,
		String waarschuwing) {

	public InwonerGegevens {
		voornaam = schoon(voornaam);
		achternaam = schoon(achternaam);
		huisnummerToevoeging = schoon(huisnummerToevoeging);
		straat = schoon(straat);
		woonplaats = schoon(woonplaats);
		telefoon = schoon(telefoon);
		huisarts = schoon(huisarts);
		waarschuwing = schoon(waarschuwing);
	}

	/** Without a waarschuwing, as an intake records a new resident. */
	public InwonerGegevens(Bsn bsn, String voornaam, String achternaam, LocalDate geboortedatum, Postcode postcode,
			int huisnummer, String huisnummerToevoeging, String straat, String woonplaats, String telefoon,
			String huisarts) {
		this(bsn, voornaam, achternaam, geboortedatum, postcode, huisnummer, huisnummerToevoeging, straat, woonplaats,
				telefoon, huisarts, null);
	}

	/** The same data with this BSN (a known BSN is kept when a resident is changed). */
	public InwonerGegevens metBsn(Bsn andereBsn) {
		return new InwonerGegevens(andereBsn, this.voornaam, this.achternaam, this.geboortedatum, this.postcode,
				this.huisnummer, this.huisnummerToevoeging, this.straat, this.woonplaats, this.telefoon, this.huisarts,
				this.waarschuwing);
	}

	private static String schoon(String tekst) {
		return (tekst == null || tekst.isBlank()) ? null : tekst.trim();
	}

}
