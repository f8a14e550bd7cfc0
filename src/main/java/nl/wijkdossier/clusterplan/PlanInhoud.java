package nl.wijkdossier.clusterplan;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a new plan version says: the three texts (line breaks as {@code \n}) and the
 * targets that are set; a kind without a value has no target.
 */
record PlanInhoud(String visie, String opgaven, String beoogdeOntwikkeling,
		Map<StreefwaardeSoort, BigDecimal> streefwaarden) {

	PlanInhoud {
		EnumMap<StreefwaardeSoort, BigDecimal> kopie = new EnumMap<>(StreefwaardeSoort.class);
		kopie.putAll(streefwaarden);
		streefwaarden = kopie;
	}

	/**
	 * Whether this says exactly what the stored version says (numbers compared by value).
	 */
	boolean isGelijkAan(Clusterplan plan) {
		return this.visie.equals(plan.visie()) && this.opgaven.equals(plan.opgaven())
				&& this.beoogdeOntwikkeling.equals(plan.beoogdeOntwikkeling())
				&& Arrays.stream(StreefwaardeSoort.values()).allMatch((soort) -> {
					BigDecimal nieuw = this.streefwaarden.get(soort);
					BigDecimal oud = plan.streefwaarde(soort).map(Streefwaarde::waarde).orElse(null);
					return (nieuw == null || oud == null) ? Objects.equals(nieuw, oud) : nieuw.compareTo(oud) == 0;
				});
	}

}
