package nl.wijkdossier.budget;

import java.util.List;

import org.springframework.validation.Errors;

/**
 * A spending, a withdrawal or a budget refused because it breaks a rule (no amount, a
 * date in the future, a closed case). Nothing was stored. Each {@link Fout} names its
 * field (or none) and a message code with arguments, so the page says in Dutch why, next
 * to the field.
 */
class BudgetWeigering extends RuntimeException {

	private final List<Fout> fouten;

	BudgetWeigering(List<Fout> fouten) {
		super(fouten.stream().map(Fout::code).toList().toString());
		this.fouten = List.copyOf(fouten);
	}

	static void weigerBij(List<Fout> fouten) {
		if (!fouten.isEmpty()) {
			throw new BudgetWeigering(fouten);
		}
	}

	List<Fout> fouten() {
		return this.fouten;
	}

	/** Reports every broken rule on the form's errors, on its field where it has one. */
	void meldAan(Errors errors) {
		for (Fout fout : this.fouten) {
			if (fout.veld() != null) {
				errors.rejectValue(fout.veld(), fout.code(), fout.args(), null);
			}
			else {
				errors.reject(fout.code(), fout.args(), null);
			}
		}
	}

	/** One broken rule: the field (null for the whole thing), message code, arguments. */
	record Fout(String veld, String code, Object... args) {

	}

}
