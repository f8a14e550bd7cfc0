package nl.wijkdossier.gesprek;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the conversation form sends, and what a draft stores (as JSON, unvalidated): every
 * field as the wijkwerker typed it, so a half-typed date or score survives an autosave
 * and comes back as it was. Never an entity: {@link GesprekRegels} checks it and turns it
 * into a {@link Gesprek}. The field names are a contract (see the issue).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class GesprekForm {

	private String datum;

	private String locatie;

	private List<String> deelnemers = new ArrayList<>();

	private String deelnemersToelichting;

	private String verslag;

	private String interneNotitie;

	private String behoeften;

	private String eigenKracht;

	private String mantelzorgNetwerk;

	private String mantelzorgerOndersteuning;

	private String algemeneVoorzieningen;

	private String maatwerkNodig;

	private String maatwerkToelichting;

	private String volgendeStap;

	private Map<String, String> zrmScore = new LinkedHashMap<>();

	private Map<String, String> zrmDoel = new LinkedHashMap<>();

	private List<AfspraakRij> afspraken = new ArrayList<>();

	private boolean mantelzorgerAanwezig;

	private String mantelzorgerNaam;

	private String mantelzorgerRelatie;

	private String edizScore;

	private boolean vrijwilligerGewenst;

	private String vrijwilligerWaarvoor;

	private boolean vermoedenHuiselijkGeweld;

	private Long conceptId;

	private Long conceptVersion;

	/** The agreement row at this index, or an empty one beyond the end (for the page). */
	public AfspraakRij afspraak(int index) {
		return (index >= 0 && index < this.afspraken.size() && this.afspraken.get(index) != null)
				? this.afspraken.get(index) : new AfspraakRij();
	}

	/**
	 * Makes sure the form holds {@code aantal} agreement rows (empty ones added, gaps
	 * filled), so the page can show and bind each of them.
	 */
	void vulAfspraken(int aantal) {
		for (int i = 0; i < this.afspraken.size(); i++) {
			if (this.afspraken.get(i) == null) {
				this.afspraken.set(i, new AfspraakRij());
			}
		}
		while (this.afspraken.size() < aantal) {
			this.afspraken.add(new AfspraakRij());
		}
	}

	/**
	 * How many agreement rows the page shows: those typed (at least one), plus
	 * {@code extra}.
	 */
	public int aantalAfspraakRijen(int extra) {
		return Math.max(1, this.afspraken.size()) + extra;
	}

	/** The typed score of a domain, or empty. */
	public String score(String domein) {
		String score = this.zrmScore.get(domein);
		return (score != null) ? score : "";
	}

	/** The typed target of a domain, or empty. */
	public String doel(String domein) {
		String doel = this.zrmDoel.get(domein);
		return (doel != null) ? doel : "";
	}

	/** Whether a domain has a score or target typed (its row must be visible). */
	public boolean heeftZrm(String domein) {
		return !score(domein).isBlank() || !doel(domein).isBlank();
	}

	/** Whether any of the Wmo onderzoek items was filled in. */
	public boolean heeftOnderzoek() {
		return gevuld(this.behoeften) || gevuld(this.eigenKracht) || gevuld(this.mantelzorgNetwerk)
				|| gevuld(this.mantelzorgerOndersteuning) || gevuld(this.algemeneVoorzieningen)
				|| gevuld(this.maatwerkNodig) || gevuld(this.maatwerkToelichting) || gevuld(this.volgendeStap);
	}

	/** Whether any signal was given. */
	public boolean heeftSignalen() {
		return this.mantelzorgerAanwezig || this.vrijwilligerGewenst || this.vermoedenHuiselijkGeweld
				|| gevuld(this.mantelzorgerNaam) || gevuld(this.mantelzorgerRelatie) || gevuld(this.edizScore)
				|| gevuld(this.vrijwilligerWaarvoor);
	}

	/** Whether any agreement row holds text. */
	public boolean heeftAfspraken() {
		return this.afspraken.stream().anyMatch((rij) -> rij != null && !rij.leeg());
	}

	/** Whether anything was scored. */
	public boolean heeftScores() {
		return this.zrmScore.values().stream().anyMatch(GesprekForm::gevuld)
				|| this.zrmDoel.values().stream().anyMatch(GesprekForm::gevuld);
	}

	static boolean gevuld(String tekst) {
		return tekst != null && !tekst.isBlank();
	}

	public String getDatum() {
		return this.datum;
	}

	public void setDatum(String datum) {
		this.datum = datum;
	}

	public String getLocatie() {
		return this.locatie;
	}

	public void setLocatie(String locatie) {
		this.locatie = locatie;
	}

	public List<String> getDeelnemers() {
		return this.deelnemers;
	}

	public void setDeelnemers(List<String> deelnemers) {
		this.deelnemers = (deelnemers != null) ? deelnemers : new ArrayList<>();
	}

	public String getDeelnemersToelichting() {
		return this.deelnemersToelichting;
	}

	public void setDeelnemersToelichting(String deelnemersToelichting) {
		this.deelnemersToelichting = deelnemersToelichting;
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

	public String getBehoeften() {
		return this.behoeften;
	}

	public void setBehoeften(String behoeften) {
		this.behoeften = behoeften;
	}

	public String getEigenKracht() {
		return this.eigenKracht;
	}

	public void setEigenKracht(String eigenKracht) {
		this.eigenKracht = eigenKracht;
	}

	public String getMantelzorgNetwerk() {
		return this.mantelzorgNetwerk;
	}

	public void setMantelzorgNetwerk(String mantelzorgNetwerk) {
		this.mantelzorgNetwerk = mantelzorgNetwerk;
	}

	public String getMantelzorgerOndersteuning() {
		return this.mantelzorgerOndersteuning;
	}

	public void setMantelzorgerOndersteuning(String mantelzorgerOndersteuning) {
		this.mantelzorgerOndersteuning = mantelzorgerOndersteuning;
	}

	public String getAlgemeneVoorzieningen() {
		return this.algemeneVoorzieningen;
	}

	public void setAlgemeneVoorzieningen(String algemeneVoorzieningen) {
		this.algemeneVoorzieningen = algemeneVoorzieningen;
	}

	public String getMaatwerkNodig() {
		return this.maatwerkNodig;
	}

	public void setMaatwerkNodig(String maatwerkNodig) {
		this.maatwerkNodig = maatwerkNodig;
	}

	public String getMaatwerkToelichting() {
		return this.maatwerkToelichting;
	}

	public void setMaatwerkToelichting(String maatwerkToelichting) {
		this.maatwerkToelichting = maatwerkToelichting;
	}

	public String getVolgendeStap() {
		return this.volgendeStap;
	}

	public void setVolgendeStap(String volgendeStap) {
		this.volgendeStap = volgendeStap;
	}

	public Map<String, String> getZrmScore() {
		return this.zrmScore;
	}

	public void setZrmScore(Map<String, String> zrmScore) {
		this.zrmScore = (zrmScore != null) ? zrmScore : new LinkedHashMap<>();
	}

	public Map<String, String> getZrmDoel() {
		return this.zrmDoel;
	}

	public void setZrmDoel(Map<String, String> zrmDoel) {
		this.zrmDoel = (zrmDoel != null) ? zrmDoel : new LinkedHashMap<>();
	}

	public List<AfspraakRij> getAfspraken() {
		return this.afspraken;
	}

	public void setAfspraken(List<AfspraakRij> afspraken) {
		this.afspraken = (afspraken != null) ? afspraken : new ArrayList<>();
	}

	public boolean isMantelzorgerAanwezig() {
		return this.mantelzorgerAanwezig;
	}

	public void setMantelzorgerAanwezig(boolean mantelzorgerAanwezig) {
		this.mantelzorgerAanwezig = mantelzorgerAanwezig;
	}

	public String getMantelzorgerNaam() {
		return this.mantelzorgerNaam;
	}

	public void setMantelzorgerNaam(String mantelzorgerNaam) {
		this.mantelzorgerNaam = mantelzorgerNaam;
	}

	public String getMantelzorgerRelatie() {
		return this.mantelzorgerRelatie;
	}

	public void setMantelzorgerRelatie(String mantelzorgerRelatie) {
		this.mantelzorgerRelatie = mantelzorgerRelatie;
	}

	public String getEdizScore() {
		return this.edizScore;
	}

	public void setEdizScore(String edizScore) {
		this.edizScore = edizScore;
	}

	public boolean isVrijwilligerGewenst() {
		return this.vrijwilligerGewenst;
	}

	public void setVrijwilligerGewenst(boolean vrijwilligerGewenst) {
		this.vrijwilligerGewenst = vrijwilligerGewenst;
	}

	public String getVrijwilligerWaarvoor() {
		return this.vrijwilligerWaarvoor;
	}

	public void setVrijwilligerWaarvoor(String vrijwilligerWaarvoor) {
		this.vrijwilligerWaarvoor = vrijwilligerWaarvoor;
	}

	public boolean isVermoedenHuiselijkGeweld() {
		return this.vermoedenHuiselijkGeweld;
	}

	public void setVermoedenHuiselijkGeweld(boolean vermoedenHuiselijkGeweld) {
		this.vermoedenHuiselijkGeweld = vermoedenHuiselijkGeweld;
	}

	/** Which draft this form continues; not part of the draft itself. */
	@JsonIgnore
	public Long getConceptId() {
		return this.conceptId;
	}

	@JsonIgnore
	public void setConceptId(Long conceptId) {
		this.conceptId = conceptId;
	}

	/** The version of the draft this page last saw; not part of the draft itself. */
	@JsonIgnore
	public Long getConceptVersion() {
		return this.conceptVersion;
	}

	@JsonIgnore
	public void setConceptVersion(Long conceptVersion) {
		this.conceptVersion = conceptVersion;
	}

	/** One agreement row of the form ({@code afspraken[i].*}). */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public static class AfspraakRij {

		private String omschrijving;

		private String wie;

		private String partner;

		private String deadline;

		public AfspraakRij() {
		}

		/**
		 * A row with nothing typed is ignored (the choice of who alone is no agreement).
		 */
		public boolean leeg() {
			return !gevuld(this.omschrijving) && !gevuld(this.partner) && !gevuld(this.deadline);
		}

		public String getOmschrijving() {
			return this.omschrijving;
		}

		public void setOmschrijving(String omschrijving) {
			this.omschrijving = omschrijving;
		}

		public String getWie() {
			return this.wie;
		}

		public void setWie(String wie) {
			this.wie = wie;
		}

		public String getPartner() {
			return this.partner;
		}

		public void setPartner(String partner) {
			this.partner = partner;
		}

		public String getDeadline() {
			return this.deadline;
		}

		public void setDeadline(String deadline) {
			this.deadline = deadline;
		}

	}

}
