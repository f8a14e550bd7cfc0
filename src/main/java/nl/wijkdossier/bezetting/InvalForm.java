package nl.wijkdossier.bezetting;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the inval form sends: who covers, from and to (whole days, both inclusive), and
 * the version of the absence the manager saw.
 */
class InvalForm {

	@NotNull(message = "{inval.fout.invallerVerplicht}")
	private Long invallerId;

	@NotNull(message = "{inval.fout.vanVerplicht}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate van;

	@NotNull(message = "{inval.fout.totVerplicht}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tot;

	private long version;

	/** Only after validation found no errors. */
	Afwezigheidsbeheer.InvalInvoer toInvoer() {
		return new Afwezigheidsbeheer.InvalInvoer(this.invallerId, this.van, this.tot);
	}

	public Long getInvallerId() {
		return this.invallerId;
	}

	public void setInvallerId(Long invallerId) {
		this.invallerId = invallerId;
	}

	public LocalDate getVan() {
		return this.van;
	}

	public void setVan(LocalDate van) {
		this.van = van;
	}

	public LocalDate getTot() {
		return this.tot;
	}

	public void setTot(LocalDate tot) {
		this.tot = tot;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
