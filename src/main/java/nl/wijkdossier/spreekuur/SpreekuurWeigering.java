package nl.wijkdossier.spreekuur;

import java.util.List;

import org.springframework.validation.Errors;

/**
 * A change of a schedule, exception or roster refused because it breaks a rule (an
 * inactive team, a medewerker from another cluster, a session that already ended).
 * Nothing was stored. Each {@link Fout} names the form field it belongs to (or none) and
 * a message code with its arguments, so a page can say in Dutch why, next to the field.
 */
public class SpreekuurWeigering extends RuntimeException {

	private final List<Fout> fouten;

	SpreekuurWeigering(List<Fout> fouten) {
		super(fouten.stream().map(Fout::code).toList().toString());
		this.fouten = List.copyOf(fouten);
	}

	static SpreekuurWeigering van(String veld, String code, Object... args) {
		return new SpreekuurWeigering(List.of(new Fout(veld, code, args)));
	}

	static void weigerBij(List<Fout> fouten) {
		if (!fouten.isEmpty()) {
			throw new SpreekuurWeigering(fouten);
		}
	}

	public List<Fout> fouten() {
		return this.fouten;
	}

	/** Reports every broken rule on the form's errors, on its field where it has one. */
	public void meldAan(Errors errors) {
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
	public record Fout(String veld, String code, Object... args) {

	}

}
