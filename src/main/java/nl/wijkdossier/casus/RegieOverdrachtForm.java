package nl.wijkdossier.casus;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the bulk transfer of regie sends: whose cases ({@code van}), which of them
 * ({@code casusIds}), to whom ({@code naar}) and why ({@code reden}, on every case's
 * timeline). The field names are a contract.
 */
class RegieOverdrachtForm {

	/** The most cases one transfer may take. */
	static final int MAXIMUM = 200;

	@NotNull
	private Long van;

	@NotEmpty(message = "{regie.fout.casussen}")
	@Size(max = MAXIMUM, message = "{regie.fout.teVeel}")
	private List<Long> casusIds = new ArrayList<>();

	@NotNull(message = "{regie.fout.medewerker}")
	private Long naar;

	@NotBlank(message = "{regie.fout.reden}")
	@Size(max = Regievoering.MAXIMALE_REDEN, message = "{regie.fout.teLang}")
	private String reden;

	RegieOverdrachtForm() {
	}

	RegieOverdrachtForm(long van) {
		this.van = van;
	}

	public Long getVan() {
		return this.van;
	}

	public void setVan(Long van) {
		this.van = van;
	}

	public List<Long> getCasusIds() {
		return this.casusIds;
	}

	public void setCasusIds(List<Long> casusIds) {
		this.casusIds = (casusIds != null) ? casusIds : new ArrayList<>();
	}

	public Long getNaar() {
		return this.naar;
	}

	public void setNaar(Long naar) {
		this.naar = naar;
	}

	public String getReden() {
		return this.reden;
	}

	public void setReden(String reden) {
		this.reden = reden;
	}

}
