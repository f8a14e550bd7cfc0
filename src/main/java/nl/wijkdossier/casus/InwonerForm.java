package nl.wijkdossier.casus;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.wijkdossier.inwoner.InwonerGegevens;
import nl.wijkdossier.inwoner.InwonerInfo;
import nl.wijkdossier.shared.Bsn;
import nl.wijkdossier.shared.Postcode;

/**
 * What the form "Gegevens wijzigen" sends for the resident of a case, with the version
 * the user saw. Never the entity: {@link #toGegevens()} decides what is stored. Dates and
 * numbers arrive as text so a typo gets a Dutch message at its field. The BSN is only
 * read when the resident has none yet.
 */
class InwonerForm extends InwonerVelden {

	@NotNull(message = "{inwoner.fout.versie}")
	private Long version;

	@Size(max = 160, message = "{aanmelding.fout.teLang}")
	private String huisarts;

	@Size(max = 300, message = "{aanmelding.fout.teLang}")
	private String waarschuwing;

	/**
	 * The form filled with the resident as she is now (without her BSN: it stays hidden).
	 */
	static InwonerForm van(InwonerInfo inwoner) {
		InwonerForm form = new InwonerForm();
		form.version = inwoner.version();
		form.setVoornaam(inwoner.voornaam());
		form.setAchternaam(inwoner.achternaam());
		form.setGeboortedatum(inwoner.geboortedatum().toString());
		form.setPostcode(inwoner.postcode());
		form.setHuisnummer(String.valueOf(inwoner.huisnummer()));
		form.setHuisnummerToevoeging(inwoner.huisnummerToevoeging());
		form.setStraat(inwoner.straat());
		form.setWoonplaats(inwoner.woonplaats());
		form.setTelefoon(inwoner.telefoon());
		form.huisarts = inwoner.huisarts();
		form.waarschuwing = inwoner.waarschuwing();
		return form;
	}

	/** Only after {@link #controleer} found no errors. */
	InwonerGegevens toGegevens() {
		return new InwonerGegevens(Bsn.parse(getBsn()).orElse(null), getVoornaam(), getAchternaam(),
				geboortedatumAlsDatum(), new Postcode(getPostcode()), huisnummerAlsGetal(), getHuisnummerToevoeging(),
				getStraat(), getWoonplaats(), getTelefoon(), this.huisarts, this.waarschuwing);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getHuisarts() {
		return this.huisarts;
	}

	public void setHuisarts(String huisarts) {
		this.huisarts = huisarts;
	}

	public String getWaarschuwing() {
		return this.waarschuwing;
	}

	public void setWaarschuwing(String waarschuwing) {
		this.waarschuwing = waarschuwing;
	}

}
