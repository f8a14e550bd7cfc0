package nl.wijkdossier.werkdruk;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/**
 * The norm form of one team: {@code casussenPerFte} as typed ("12", "12,5" or "12.5") and
 * the {@code version} of the norm the manager saw (empty while the team has the default).
 */
record NormForm(String casussenPerFte, Long version) {

	/** Digits with an optional decimal comma or point; a sign only to say "above 0". */
	private static final Pattern GETAL = Pattern.compile("-?[0-9]{1,6}([.,][0-9]{1,6})?");

	/**
	 * The norm, when it is a number above 0 and at most 60 with at most one decimal; else
	 * a field error on {@code casussenPerFte}.
	 */
	Optional<BigDecimal> waarde(Errors errors) {
		if (this.casussenPerFte == null || this.casussenPerFte.isBlank()) {
			errors.rejectValue("casussenPerFte", "caseload.norm.fout.verplicht");
			return Optional.empty();
		}
		String tekst = this.casussenPerFte.strip();
		if (!GETAL.matcher(tekst).matches()) {
			errors.rejectValue("casussenPerFte", "caseload.norm.fout.geenGetal");
			return Optional.empty();
		}
		BigDecimal waarde = new BigDecimal(tekst.replace(',', '.'));
		if (waarde.signum() <= 0 || waarde.compareTo(Normen.MAXIMUM) > 0) {
			errors.rejectValue("casussenPerFte", "caseload.norm.fout.bereik");
			return Optional.empty();
		}
		if (waarde.stripTrailingZeros().scale() > 1) {
			errors.rejectValue("casussenPerFte", "caseload.norm.fout.decimalen");
			return Optional.empty();
		}
		return Optional.of(waarde.setScale(1));
	}

}
