package nl.wijkdossier.bezetting;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** A new last day of an absence, from the version the user saw. */
class EindeForm {

	@NotNull(message = "{afwezigheid.fout.totVerplicht}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tot;

	private long version;

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
