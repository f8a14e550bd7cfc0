package nl.wijkdossier.gesprek;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "Verslag verstuurd" with input its rules refuse: errors per field ({@code op},
 * {@code via}) as message keys. Nothing was stored.
 */
class VerslagGeweigerd extends RuntimeException {

	private final Map<String, String> fouten;

	VerslagGeweigerd(Map<String, String> fouten) {
		super(String.valueOf(fouten));
		this.fouten = Collections.unmodifiableMap(new LinkedHashMap<>(fouten));
	}

	Map<String, String> fouten() {
		return this.fouten;
	}

}
