package nl.wijkdossier.casus;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What moving one case to another team of its cluster sends: the team, the reason (on the
 * timeline) and the version of the case the manager saw; {@code terug} is {@code cluster}
 * when he came from the clusterwachtlijst. The field names are a contract.
 */
class VerplaatsForm {

	@NotNull(message = "{clusterwachtlijst.fout.team}")
	private Long teamId;

	@NotBlank(message = "{clusterwachtlijst.fout.reden}")
	@Size(max = Regievoering.MAXIMALE_REDEN, message = "{clusterwachtlijst.fout.teLang}")
	private String reden;

	@NotNull(message = "{regie.fout.versie}")
	private Long version;

	private String terug;

	public Long getTeamId() {
		return this.teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
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

	public String getTerug() {
		return this.terug;
	}

	public void setTerug(String terug) {
		this.terug = terug;
	}

	boolean isVanClusterwachtlijst() {
		return "cluster".equals(this.terug);
	}

}
