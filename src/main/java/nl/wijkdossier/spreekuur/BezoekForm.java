package nl.wijkdossier.spreekuur;

/**
 * What the one-line entry form sends; the field names are a contract. Never an entity:
 * {@link #toInvoer()} hands the parsed values to {@link SessieRegister}, which decides
 * what is stored. The duration arrives as text so a typo gets a Dutch message at its
 * field, not a conversion error; the topic and result likewise.
 */
class BezoekForm {

	private String onderwerp;

	private String resultaat = BezoekResultaat.AFGEHANDELD.name();

	private String duurMinuten = String.valueOf(SessieRegisterRegels.STANDAARD_DUUR);

	private String notitie;

	private Long voorzieningId;

	private Long inwonerId;

	BezoekInvoer toInvoer() {
		return new BezoekInvoer(waarde(BezoekOnderwerp.class, this.onderwerp),
				waarde(BezoekResultaat.class, this.resultaat), minuten(this.duurMinuten), this.notitie,
				this.voorzieningId, this.inwonerId);
	}

	static <E extends Enum<E>> E waarde(Class<E> soort, String tekst) {
		if (tekst == null) {
			return null;
		}
		for (E waarde : soort.getEnumConstants()) {
			if (waarde.name().equals(tekst.strip())) {
				return waarde;
			}
		}
		return null;
	}

	/** A whole number of minutes, or null for anything else ("10 min" included). */
	static Integer minuten(String tekst) {
		if (tekst == null || !tekst.strip().matches("[0-9]{1,4}")) {
			return null;
		}
		return Integer.valueOf(tekst.strip());
	}

	public String getOnderwerp() {
		return this.onderwerp;
	}

	public void setOnderwerp(String onderwerp) {
		this.onderwerp = onderwerp;
	}

	public String getResultaat() {
		return this.resultaat;
	}

	public void setResultaat(String resultaat) {
		this.resultaat = resultaat;
	}

	public String getDuurMinuten() {
		return this.duurMinuten;
	}

	public void setDuurMinuten(String duurMinuten) {
		this.duurMinuten = duurMinuten;
	}

	public String getNotitie() {
		return this.notitie;
	}

	public void setNotitie(String notitie) {
		this.notitie = notitie;
	}

	public Long getVoorzieningId() {
		return this.voorzieningId;
	}

	public void setVoorzieningId(Long voorzieningId) {
		this.voorzieningId = voorzieningId;
	}

	public Long getInwonerId() {
		return this.inwonerId;
	}

	public void setInwonerId(Long inwonerId) {
		this.inwonerId = inwonerId;
	}

}
