package nl.wijkdossier.gesprek;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A meldcode action its rules refuse: errors per field ({@code datum},
 * {@code toelichting}) and/or one about the action as a whole (a step out of order, a
 * step already recorded, a closed case). All codes are message keys. Nothing was stored.
 */
class MeldcodeGeweigerd extends RuntimeException {

	/** The key under which an error about the action as a whole is kept. */
	static final String ALGEMEEN = "algemeen";

	private final Map<String, String> fouten;

	MeldcodeGeweigerd(Map<String, String> fouten) {
		super(String.valueOf(fouten));
		if (fouten.isEmpty()) {
			throw new IllegalArgumentException("Een weigering heeft een reden");
		}
		this.fouten = Collections.unmodifiableMap(new LinkedHashMap<>(fouten));
	}

	/** A refusal of the action as a whole. */
	static MeldcodeGeweigerd algemeen(String code) {
		return new MeldcodeGeweigerd(Map.of(ALGEMEEN, code));
	}

	/** Field (or {@link #ALGEMEEN}) → message key, in the order found. */
	Map<String, String> fouten() {
		return this.fouten;
	}

}
