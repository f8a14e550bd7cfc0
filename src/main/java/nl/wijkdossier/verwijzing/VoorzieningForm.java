package nl.wijkdossier.verwijzing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import nl.wijkdossier.verwijzing.SocialeKaart.VoorzieningGegevens;
import nl.wijkdossier.verwijzing.SocialeKaart.VoorzieningInfo;

/**
 * What beheer enters for a sociale-kaart entry. The teams and clusters it serves are
 * chosen from lists; none of either means the whole city.
 */
record VoorzieningForm(
		@NotBlank(message = "{beheer.fout.verplicht}") @Size(max = 160, message = "{beheer.fout.teLang}") String naam,
		@NotNull(message = "{beheer.fout.kies}") VoorzieningSoort soort,
		@Size(max = 2000, message = "{beheer.fout.teLang}") String omschrijving,
		@Size(max = 200, message = "{beheer.fout.teLang}") String adres,
		@Size(max = 20, message = "{beheer.fout.teLang}") @jakarta.validation.constraints.Pattern(
				regexp = "[0-9 +()-]*", message = "{beheer.fout.telefoon}") String telefoon,
		@Size(max = 200, message = "{beheer.fout.teLang}") String email,
		@Size(max = 300, message = "{beheer.fout.teLang}") String website, List<Long> teamIds, List<Long> clusterIds,
		Long version) {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

	static VoorzieningForm leeg() {
		return new VoorzieningForm("", null, "", "", "", "", "", List.of(), List.of(), null);
	}

	static VoorzieningForm van(VoorzieningInfo info) {
		return new VoorzieningForm(info.naam(), info.soort(), info.omschrijving(), info.adres(), info.telefoon(),
				info.email(), info.website(), info.teamIds(), info.clusterIds(), info.version());
	}

	/** Checks what Bean Validation does not: the e-mail and web address, when given. */
	void controleer(Errors errors) {
		if (!errors.hasFieldErrors("email") && !isLeeg(this.email) && !isEmail(this.email)) {
			errors.rejectValue("email", "beheer.fout.email");
		}
		if (!errors.hasFieldErrors("website") && !isLeeg(this.website) && !isWebadres(this.website)) {
			errors.rejectValue("website", "socialekaart.fout.website");
		}
	}

	static boolean isEmail(String tekst) {
		return EMAIL.matcher(tekst.strip()).matches();
	}

	/**
	 * An absolute http(s) address with a host name that has a dot:
	 * https://www.voorbeeld.nl.
	 */
	static boolean isWebadres(String tekst) {
		try {
			URI uri = new URI(tekst.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& uri.getHost().contains(".") && !uri.getHost().endsWith(".");
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/** Only after validation found no errors. */
	VoorzieningGegevens toGegevens() {
		return new VoorzieningGegevens(this.naam, this.soort, this.omschrijving, this.adres, this.telefoon, this.email,
				this.website, (this.teamIds != null) ? this.teamIds : List.of(),
				(this.clusterIds != null) ? this.clusterIds : List.of());
	}

	private static boolean isLeeg(String tekst) {
		return tekst == null || tekst.isBlank();
	}

}
