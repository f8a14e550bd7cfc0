package nl.wijkdossier.organisatie;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import nl.wijkdossier.account.Accounts;
import nl.wijkdossier.account.Rol;
import nl.wijkdossier.organisatie.OrganisatieBeheer.MedewerkerGegevens;

/**
 * What beheer enters for a medewerker. A new medewerker also gets a user name and a first
 * password (validation group {@link Nieuw}); editing carries the version instead. Hours
 * as people type them: "32", "25,5" or "25.5".
 */
record MedewerkerForm(
		@NotBlank(message = "{beheer.fout.verplicht}") @Size(max = 50,
				message = "{beheer.fout.teLang}") String voornaam,
		@NotBlank(message = "{beheer.fout.verplicht}") @Size(max = 69,
				message = "{beheer.fout.teLang}") String achternaam,
		@NotBlank(message = "{beheer.fout.verplicht}") @Email(regexp = ".+@[^@]+\\.[^@.]+",
				message = "{beheer.fout.email}") @Size(max = 200, message = "{beheer.fout.teLang}") String email,
		@NotBlank(groups = Nieuw.class, message = "{beheer.fout.verplicht}") String gebruikersnaam,
		@NotBlank(groups = Nieuw.class, message = "{beheer.fout.verplicht}") String wachtwoord,
		@NotNull(message = "{beheer.fout.kies}") Long partnerId, Long teamId,
		@NotNull(message = "{beheer.fout.kies}") Rol rol,
		@NotBlank(message = "{beheer.fout.verplicht}") String urenPerWeek, Focus focus, Long version) {

	private static final Pattern UREN = Pattern.compile("\\d{1,2}([.,]\\d+)?");

	static MedewerkerForm leeg() {
		return new MedewerkerForm("", "", "", "", "", null, null, Rol.WIJKWERKER, "", null, null);
	}

	static MedewerkerForm van(Medewerker medewerker, Rol rol) {
		return new MedewerkerForm(medewerker.getVoornaam(), medewerker.getAchternaam(), medewerker.getEmail(), null,
				null, medewerker.getPartnerId(), medewerker.getTeamId(), rol,
				medewerker.getUrenPerWeek().stripTrailingZeros().toPlainString().replace('.', ','),
				medewerker.getFocus(), medewerker.getVersion());
	}

	/**
	 * Checks what Bean Validation cannot: the hours, and for a new medewerker the
	 * password policy of {@link Accounts}.
	 */
	void controleer(Errors errors, boolean nieuw) {
		if (!errors.hasFieldErrors("urenPerWeek") && uren().isEmpty()) {
			errors.rejectValue("urenPerWeek", "beheer.fout.uren");
		}
		if (nieuw && !errors.hasFieldErrors("wachtwoord") && !Accounts.isGeldigWachtwoord(this.wachtwoord)) {
			errors.rejectValue("wachtwoord", "beheer.fout.wachtwoordTeKort",
					new Object[] { Accounts.MINIMUM_WACHTWOORD_LENGTE }, null);
		}
	}

	/**
	 * The hours if they are a number above 0 and at most 40, with at most one decimal.
	 */
	Optional<BigDecimal> uren() {
		if (this.urenPerWeek == null || !UREN.matcher(this.urenPerWeek.trim()).matches()) {
			return Optional.empty();
		}
		BigDecimal uren = new BigDecimal(this.urenPerWeek.trim().replace(',', '.')).stripTrailingZeros();
		boolean geldig = uren.signum() > 0 && uren.compareTo(OrganisatieBeheer.MAXIMUM_UREN) <= 0 && uren.scale() <= 1;
		return geldig ? Optional.of(uren.setScale(1)) : Optional.empty();
	}

	/** Only after {@link #controleer} found no errors. */
	MedewerkerGegevens toGegevens() {
		return new MedewerkerGegevens(this.voornaam.trim(), this.achternaam.trim(), this.email.trim(), this.partnerId,
				this.teamId, uren().orElseThrow(), this.focus);
	}

	@Override
	public String toString() {
		return "MedewerkerForm[" + this.voornaam + " " + this.achternaam + ", " + this.rol + "]";
	}

	/** Validation group for what only a new medewerker has: user name and password. */
	interface Nieuw {

	}

}
