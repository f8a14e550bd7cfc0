package nl.wijkdossier.gesprek;

/**
 * "Verslag corrigeren": the reason and the new texts, prefilled with the current ones,
 * and the number of the version they were based on.
 */
public class GesprekCorrectieForm {

	private String reden;

	private String verslag;

	private String interneNotitie;

	private int versie;

	public GesprekCorrectieForm() {
	}

	static GesprekCorrectieForm van(GesprekWeergave gesprek) {
		GesprekCorrectieForm form = new GesprekCorrectieForm();
		form.verslag = gesprek.huidig().verslag();
		form.interneNotitie = gesprek.huidig().interneNotitie();
		form.versie = gesprek.huidig().nummer();
		return form;
	}

	public String getReden() {
		return this.reden;
	}

	public void setReden(String reden) {
		this.reden = reden;
	}

	public String getVerslag() {
		return this.verslag;
	}

	public void setVerslag(String verslag) {
		this.verslag = verslag;
	}

	public String getInterneNotitie() {
		return this.interneNotitie;
	}

	public void setInterneNotitie(String interneNotitie) {
		this.interneNotitie = interneNotitie;
	}

	public int getVersie() {
		return this.versie;
	}

	public void setVersie(int versie) {
		this.versie = versie;
	}

}
