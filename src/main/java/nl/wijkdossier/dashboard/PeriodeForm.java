package nl.wijkdossier.dashboard;

/**
 * The period fields of the dashboard's form as typed ({@code periode}, {@code van},
 * {@code tot}), bound from the query string; {@link PeriodeKeuze} reads them.
 */
class PeriodeForm {

	private String periode;

	private String van;

	private String tot;

	public String getPeriode() {
		return this.periode;
	}

	public void setPeriode(String periode) {
		this.periode = periode;
	}

	public String getVan() {
		return this.van;
	}

	public void setVan(String van) {
		this.van = van;
	}

	public String getTot() {
		return this.tot;
	}

	public void setTot(String tot) {
		this.tot = tot;
	}

}
