package nl.wijkdossier.casus;

/**
 * A change the case's rules do not allow. The code is a message key, so the page can say
 * in Dutch why.
 */
public class OngeldigeOvergang extends RuntimeException {

	private final String code;

	public OngeldigeOvergang(String code) {
		super(code);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
