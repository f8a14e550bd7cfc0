package nl.wijkdossier.inwoner;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.wijkdossier.shared.Bsn;

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

	/**
	 * The fields (by name, in form order) whose value in {@code gegevens} differs from
	 * this record: what a change would alter.
	 */
	public List<String> gewijzigdeVelden(InwonerGegevens gegevens) {
		List<String> velden = new ArrayList<>();
		vergelijk(velden, "bsn", this.bsn, (gegevens.bsn() != null) ? gegevens.bsn().waarde() : null);
		vergelijk(velden, "voornaam", this.voornaam, gegevens.voornaam());
		vergelijk(velden, "achternaam", this.achternaam, gegevens.achternaam());
		vergelijk(velden, "geboortedatum", this.geboortedatum, gegevens.geboortedatum());
		vergelijk(velden, "postcode", this.postcode, gegevens.postcode().waarde());
		vergelijk(velden, "huisnummer", this.huisnummer, gegevens.huisnummer());
		vergelijk(velden, "huisnummerToevoeging", this.huisnummerToevoeging, gegevens.huisnummerToevoeging());
		vergelijk(velden, "straat", this.straat, gegevens.straat());
		vergelijk(velden, "woonplaats", this.woonplaats, gegevens.woonplaats());
		vergelijk(velden, "telefoon", this.telefoon, gegevens.telefoon());
		vergelijk(velden, "huisarts", this.huisarts, gegevens.huisarts());
		vergelijk(velden, "waarschuwing", this.waarschuwing, gegevens.waarschuwing());
		return velden;
	}

	/** The BSN as a value object, if one is recorded. */
	public Bsn bsnWaarde() {
		return (this.bsn != null) ? new Bsn(this.bsn) : null;
	}

	private static void vergelijk(List<String> velden, String veld, Object nu, Object nieuw) {
		if (!Objects.equals(nu, nieuw)) {
			velden.add(veld);
		}
	}

}
