package nl.wijkdossier.spreekuur;

import java.util.List;

import org.springframework.validation.Errors;

import nl.wijkdossier.spreekuur.SessieRegisterRegels.Fout;

/**
 * The register refused a line, an undo or a correction: nothing was stored. Carries the
 * message codes, per field where a field is to blame, so the form shows each next to its
 * field.
 */
class BezoekGeweigerd extends RuntimeException {

	private final transient List<Fout> fouten;

	BezoekGeweigerd(List<Fout> fouten) {
		super(fouten.toString());
		this.fouten = List.copyOf(fouten);
	}

	static BezoekGeweigerd algemeen(String code) {
		return new BezoekGeweigerd(List.of(Fout.algemeen(code)));
	}

	List<Fout> fouten() {
		return this.fouten;
	}

	/** The refusal of the whole action, if there is one. */
	String algemeneCode() {
		return this.fouten.stream().filter((f) -> f.veld() == null).map(Fout::code).findFirst().orElse(null);
	}

	/** Puts every error on the form: at its field, or on the form as a whole. */
	void meldAan(Errors errors) {
		for (Fout fout : this.fouten) {
			if (fout.veld() == null) {
				errors.reject(fout.code());
			}
			else if (!errors.hasFieldErrors(fout.veld())) {
				errors.rejectValue(fout.veld(), fout.code());
			}
		}
	}

}
