package nl.wijkdossier.bezetting;

import java.util.List;

import org.springframework.validation.Errors;

/**
 * A registration, change or inval refused because it breaks a rule (an overlap, a period
 * in the past, illness entered by a wijkwerker, an invaller from another cluster).
 * Nothing was stored. Each {@link Fout} names its form field (or none) and a message code
 * with its arguments, so the page says in Dutch why, next to the field.
 */
class AfwezigheidWeigering extends RuntimeException {

	private final List<Fout> fouten;

	AfwezigheidWeigering(List<Fout> fouten) {
		super(fouten.stream().map(Fout::code).toList().toString());
		this.fouten = List.copyOf(fouten);
	}

	static AfwezigheidWeigering van(String veld, String code, Object... args) {
		return new AfwezigheidWeigering(List.of(new Fout(veld, code, args)));
	}

	static void weigerBij(List<Fout> fouten) {
		if (!fouten.isEmpty()) {
			throw new AfwezigheidWeigering(fouten);
		}
	}

	List<Fout> fouten() {
		return this.fouten;
	}

	/** The first refusal that belongs to no field, or null. */
	Fout algemeen() {
		return this.fouten.stream().filter((f) -> f.veld() == null).findFirst().orElse(null);
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

	/**
	 * One broken rule: the field (null: the whole form), the message code, its arguments.
	 */
	record Fout(String veld, String code, Object[] args) {

		static Fout op(String veld, String code, Object... args) {
			return new Fout(veld, code, args);
		}

	}

}
