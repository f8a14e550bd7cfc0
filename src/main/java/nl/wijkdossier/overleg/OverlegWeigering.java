package nl.wijkdossier.overleg;

import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.validation.Errors;

/**
 * A change of a meeting, its agenda or a discussion refused because it breaks a rule (a
 * meeting in the past, a case already on the agenda, a decision without its follow-up
 * owner). Nothing was stored. Each {@link Fout} names the field it belongs to (or none)
 * and a message code with its arguments, so a page can say in Dutch why, next to the
 * field.
 */
class OverlegWeigering extends RuntimeException {

	/**
	 * The field of the choice that combines meeting and case: the page names it after
	 * what the user chose there (the meeting in the dossier, the case on the agenda).
	 */
	static final String KEUZE = "keuze";

	private final List<Fout> fouten;

	OverlegWeigering(List<Fout> fouten) {
		super(fouten.stream().map(Fout::code).toList().toString());
		this.fouten = List.copyOf(fouten);
	}

	static OverlegWeigering van(String veld, String code, Object... args) {
		return new OverlegWeigering(List.of(new Fout(veld, code, args)));
	}

	static void weigerBij(List<Fout> fouten) {
		if (!fouten.isEmpty()) {
			throw new OverlegWeigering(fouten);
		}
	}

	List<Fout> fouten() {
		return this.fouten;
	}

	/** Reports every broken rule on the form's errors, on its field where it has one. */
	void meldAan(Errors errors) {
		meldAan(errors, UnaryOperator.identity());
	}

	/** The same, with the form's own name for each field. */
	void meldAan(Errors errors, UnaryOperator<String> veldnaam) {
		for (Fout fout : this.fouten) {
			if (fout.veld() != null) {
				errors.rejectValue(veldnaam.apply(fout.veld()), fout.code(), fout.args(), null);
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
