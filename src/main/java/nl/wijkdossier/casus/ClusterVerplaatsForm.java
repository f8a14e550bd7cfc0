package nl.wijkdossier.casus;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What moving several cases from the clusterwachtlijst sends: the chosen cases, the team
 * of their cluster they go to and the reason; with the list's filter and page, so a
 * refusal shows the same list again.
 */
class ClusterVerplaatsForm {

	@NotEmpty(message = "{clusterwachtlijst.fout.casussen}")
	@Size(max = Wachtlijst.PER_PAGINA, message = "{clusterwachtlijst.fout.teVeel}")
	private List<Long> casusIds = new ArrayList<>();

	@NotNull(message = "{clusterwachtlijst.fout.team}")
	private Long teamId;

	@NotBlank(message = "{clusterwachtlijst.fout.reden}")
	@Size(max = Regievoering.MAXIMALE_REDEN, message = "{clusterwachtlijst.fout.teLang}")
	private String reden;

	private Long filterTeam;

	private Urgentie filterUrgentie;

	private Integer filterPagina;

	public List<Long> getCasusIds() {
		return this.casusIds;
	}

	public void setCasusIds(List<Long> casusIds) {
		this.casusIds = (casusIds != null) ? casusIds : new ArrayList<>();
	}

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

	public Long getFilterTeam() {
		return this.filterTeam;
	}

	public void setFilterTeam(Long filterTeam) {
		this.filterTeam = filterTeam;
	}

	public Urgentie getFilterUrgentie() {
		return this.filterUrgentie;
	}

	public void setFilterUrgentie(Urgentie filterUrgentie) {
		this.filterUrgentie = filterUrgentie;
	}

	public Integer getFilterPagina() {
		return this.filterPagina;
	}

	public void setFilterPagina(Integer filterPagina) {
		this.filterPagina = filterPagina;
	}

}
