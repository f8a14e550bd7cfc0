package nl.wijkdossier.inwoner;

import java.time.LocalDate;

import nl.wijkdossier.shared.Bsn;
import nl.wijkdossier.shared.Postcode;

/** What is recorded of a resident; validated value objects where the law defines them. */
public record InwonerGegevens(Bsn bsn, String voornaam, String achternaam, LocalDate geboortedatum, Postcode postcode,
		int huisnummer, String huisnummerToevoeging, String straat, String woonplaats, String telefoon,
		String huisarts) {

	public InwonerGegevens {
		voornaam = schoon(voornaam);
		achternaam = schoon(achternaam);
		huisnummerToevoeging = schoon(huisnummerToevoeging);
		straat = schoon(straat);
		woonplaats = schoon(woonplaats);
		telefoon = schoon(telefoon);
		huisarts = schoon(huisarts);
	}

	private static String schoon(String tekst) {
		return (tekst == null || tekst.isBlank()) ? null : tekst.trim();
	}

}
