package nl.wijkdossier.verwijzing;

import java.util.List;

import org.springframework.validation.Errors;

/**
 * A change refused because it breaks a rule of the sociale kaart or of a referral (a name
 * already taken, an answer without its reason, a step that is not the next one). Nothing
 * was stored. Each {@link Fout} names the form field it belongs to (or none) and a
 * message code with its arguments, so a page can say in Dutch why, next to the field.
 */
public class Weigering extends RuntimeException {

	private final List<Fout> fouten;

	Weigering(List<Fout> fouten) {
		super(fouten.stream().map(Fout::code).toList().toString());
		this.fouten = List.copyOf(fouten);
	}

	static Weigering van(String veld, String code, Object... args) {
		return new Weigering(List.of(new Fout(veld, code, args)));
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
