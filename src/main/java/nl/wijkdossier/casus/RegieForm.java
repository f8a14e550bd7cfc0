package nl.wijkdossier.casus;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the dossier's "regie overdragen" form sends: the new regievoerder, the reason (it
 * goes on the timeline) and the version of the case the manager saw. The field names are
 * a contract.
 */
class RegieForm {

	@NotNull(message = "{regie.fout.medewerker}")
	private Long medewerkerId;

	@NotBlank(message = "{regie.fout.reden}")
	@Size(max = Regievoering.MAXIMALE_REDEN, message = "{regie.fout.teLang}")
	private String reden;

	@NotNull(message = "{regie.fout.versie}")
	private Long version;

	public Long getMedewerkerId() {
		return this.medewerkerId;
	}

	public void setMedewerkerId(Long medewerkerId) {
		this.medewerkerId = medewerkerId;
	}

	public String getReden() {
		return this.reden;
	}

	public void setReden(String reden) {
		this.reden = reden;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
