package nl.wijkdossier.clusterplan;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/**
 * The plan form: the three texts, per kind of target the value as typed
 * ({@code streefwaarden[MAX_CASELOAD_PER_FTE]} = "14,5"; empty is no target) and
 * {@code basisVersie}, the version the person started from (0 for a first plan). A small
 * class rather than a record so Spring binds the map of targets by key.
 */
class PlanForm {

	/** The longest text per section: about a page and a half. */
	static final int MAX_TEKST = 4000;

	/** Digits with an optional decimal comma or point, and an optional sign. */
	private static final Pattern GETAL = Pattern.compile("[-+]?[0-9]{1,6}([.,][0-9]{1,6})?");

	private String visie = "";

	private String opgaven = "";

	private String beoogdeOntwikkeling = "";

	private Integer basisVersie;

	private Map<String, String> streefwaarden = new LinkedHashMap<>();

	/** The form filled with a plan version, or empty for a cluster without a plan. */
	static PlanForm van(Optional<Clusterplan> plan) {
		PlanForm form = new PlanForm();
		form.basisVersie = plan.map(Clusterplan::versie).orElse(0);
		plan.ifPresent((p) -> {
			form.visie = p.visie();
			form.opgaven = p.opgaven();
			form.beoogdeOntwikkeling = p.beoogdeOntwikkeling();
			p.streefwaarden().forEach((s) -> form.streefwaarden.put(s.soort().name(), s.waardeTekst()));
		});
		return form;
	}

	/**
	 * What the form says, when every field is right; else field errors, in Dutch, on the
	 * fields that are wrong.
	 */
	Optional<PlanInhoud> controleer(Errors errors) {
		String visieSchoon = tekst("visie", this.visie, errors);
		String opgavenSchoon = tekst("opgaven", this.opgaven, errors);
		String ontwikkelingSchoon = tekst("beoogdeOntwikkeling", this.beoogdeOntwikkeling, errors);
		Map<StreefwaardeSoort, BigDecimal> waarden = new EnumMap<>(StreefwaardeSoort.class);
		for (StreefwaardeSoort soort : StreefwaardeSoort.values()) {
			waarde(soort, errors).ifPresent((w) -> waarden.put(soort, w));
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new PlanInhoud(visieSchoon, opgavenSchoon, ontwikkelingSchoon, waarden));
	}

	/** The typed value of a kind of target, for the form; empty when none. */
	public String streefwaarde(String soort) {
		String waarde = this.streefwaarden.get(soort);
		return (waarde != null) ? waarde : "";
	}

	/**
	 * Line breaks as {@code \n}, no spaces around the text; an error when empty or too
	 * long.
	 */
	private static String tekst(String veld, String tekst, Errors errors) {
		String schoon = (tekst != null) ? tekst.replace("\r\n", "\n").replace('\r', '\n').strip() : "";
		if (schoon.isEmpty()) {
			errors.rejectValue(veld, "clusterplan.fout." + veld + ".verplicht");
		}
		else if (schoon.length() > MAX_TEKST) {
			errors.rejectValue(veld, "clusterplan.fout.teLang", new Object[] { MAX_TEKST, schoon.length() }, null);
		}
		return schoon;
	}

	private Optional<BigDecimal> waarde(StreefwaardeSoort soort, Errors errors) {
		String tekst = streefwaarde(soort.name()).strip();
		if (tekst.isEmpty()) {
			return Optional.empty();
		}
		String veld = "streefwaarden[" + soort.name() + "]";
		String eenheid = soort.eenheid().name();
		if (!GETAL.matcher(tekst).matches()) {
			errors.rejectValue(veld, "clusterplan.fout.geenGetal." + eenheid);
			return Optional.empty();
		}
		BigDecimal waarde = new BigDecimal(tekst.replace(',', '.'));
		if (waarde.compareTo(soort.minimum()) < 0 || waarde.compareTo(soort.maximum()) > 0) {
			errors.rejectValue(veld, "clusterplan.fout.bereik." + eenheid,
					new Object[] { Streefwaarden.tekst(soort.minimum()), Streefwaarden.tekst(soort.maximum()) }, null);
			return Optional.empty();
		}
		if (Math.max(waarde.stripTrailingZeros().scale(), 0) > soort.eenheid().decimalen()) {
			errors.rejectValue(veld, "clusterplan.fout.decimalen." + eenheid);
			return Optional.empty();
		}
		return Optional.of(waarde.setScale(soort.eenheid().decimalen()));
	}

	public String getVisie() {
		return this.visie;
	}

	public void setVisie(String visie) {
		this.visie = visie;
	}

	public String getOpgaven() {
		return this.opgaven;
	}

	public void setOpgaven(String opgaven) {
		this.opgaven = opgaven;
	}

	public String getBeoogdeOntwikkeling() {
		return this.beoogdeOntwikkeling;
	}

	public void setBeoogdeOntwikkeling(String beoogdeOntwikkeling) {
		this.beoogdeOntwikkeling = beoogdeOntwikkeling;
	}

	public Integer getBasisVersie() {
		return this.basisVersie;
	}

	public void setBasisVersie(Integer basisVersie) {
		this.basisVersie = basisVersie;
	}

	public Map<String, String> getStreefwaarden() {
		return this.streefwaarden;
	}

	public void setStreefwaarden(Map<String, String> streefwaarden) {
		this.streefwaarden = streefwaarden;
	}

}
