package nl.wijkdossier.bezetting;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the absence form sends: whose, which type, from and to (whole days, both
 * inclusive). Only these: no reason, no free text, nothing medical. Never an entity:
 * {@link #toInvoer()} makes the command after the checks.
 */
class AfwezigheidForm {

	@NotNull(message = "{afwezigheid.fout.medewerkerVerplicht}")
	private Long medewerkerId;

	@NotNull(message = "{afwezigheid.fout.soortVerplicht}")
	private AfwezigheidSoort soort;

	@NotNull(message = "{afwezigheid.fout.vanVerplicht}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate van;

	@NotNull(message = "{afwezigheid.fout.totVerplicht}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tot;

	/** Only after validation found no errors. */
	Afwezigheidsbeheer.Invoer toInvoer() {
		return new Afwezigheidsbeheer.Invoer(this.medewerkerId, this.soort, this.van, this.tot);
	}

	public Long getMedewerkerId() {
		return this.medewerkerId;
	}

	public void setMedewerkerId(Long medewerkerId) {
		this.medewerkerId = medewerkerId;
	}

	public AfwezigheidSoort getSoort() {
		return this.soort;
	}

	public void setSoort(AfwezigheidSoort soort) {
		this.soort = soort;
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

}
