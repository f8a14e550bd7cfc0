package nl.wijkdossier.gesprek;

/**
 * A change of an agreement that its rules do not allow (done twice, reopened while open,
 * on a closed case). Nothing changed; the code is a message key that says why.
 */
class AfspraakGeweigerd extends RuntimeException {

	private final String code;

	AfspraakGeweigerd(String code) {
		super(code);
		this.code = code;
	}

	String code() {
		return this.code;
	}

}
