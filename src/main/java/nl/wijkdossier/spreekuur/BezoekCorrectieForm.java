package nl.wijkdossier.spreekuur;

/**
 * A manager's correction of one line after the session: the corrected fields (or
 * {@code intrekken=true} to withdraw the line), the reason, which is required, and the
 * version the manager saw, so a simultaneous correction is refused instead of
 * overwritten.
 */
class BezoekCorrectieForm extends BezoekForm {

	private String reden;

	private long version;

	private boolean intrekken;

	public String getReden() {
		return this.reden;
	}

	public void setReden(String reden) {
		this.reden = reden;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public boolean isIntrekken() {
		return this.intrekken;
	}

	public void setIntrekken(boolean intrekken) {
		this.intrekken = intrekken;
	}

}
