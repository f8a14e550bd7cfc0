package nl.wijkdossier.casus;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
class AanmeldingForm extends InwonerVelden {

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
	 * The spreekuur visit this intake started from (travels hidden with the form), or
	 * null.
	 */
	private Long bezoekId;

	/** The resident's rules, and the practice of a huisarts. */
	void controleer(Errors errors, Clock clock) {
		controleerInwoner(errors, clock);
		if (this.kanaal == Kanaal.HUISARTS && isLeeg(this.aanmelder)) {
			errors.rejectValue("aanmelder", "aanmelding.fout.aanmelderHuisarts");
		}
	}

	/** Only after {@link #controleer} found no errors. */
	InwonerGegevens toGegevens() {
		return new InwonerGegevens(Bsn.parse(getBsn()).orElse(null), getVoornaam(), getAchternaam(),
				geboortedatumAlsDatum(), new Postcode(getPostcode()), huisnummerAlsGetal(), getHuisnummerToevoeging(),
				getStraat(), getWoonplaats(), getTelefoon(), (this.kanaal == Kanaal.HUISARTS) ? this.aanmelder : null);
	}

	/** Only after {@link #controleer} found no errors. */
	Aanmelding toAanmelding(long teamIdNaRoutering) {
		return new Aanmelding(this.inwonerId, (this.inwonerId == null) ? toGegevens() : null, teamIdNaRoutering,
				this.teamReden, this.urgentie, this.kanaal, this.aanmelder, this.hulpvraag, this.domeinen,
				this.wmoMelding);
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

	public Long getBezoekId() {
		return this.bezoekId;
	}

	public void setBezoekId(Long bezoekId) {
		this.bezoekId = bezoekId;
	}

}
