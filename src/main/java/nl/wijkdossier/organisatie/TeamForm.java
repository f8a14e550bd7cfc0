package nl.wijkdossier.organisatie;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import nl.wijkdossier.organisatie.OrganisatieBeheer.TeamGegevens;

/**
 * What beheer enters for a wijkteam; the werkgebied as people type it ("1311-1315,
 * 1318").
 */
record TeamForm(
		@NotBlank(message = "{beheer.fout.verplicht}") @Size(max = 120, message = "{beheer.fout.teLang}") String naam,
		@NotNull(message = "{beheer.fout.kies}") Long clusterId,
		@Size(max = 2000, message = "{beheer.fout.teLang}") String werkgebied,
		@Size(max = 200, message = "{beheer.fout.teLang}") String bezoekadres,
		@Size(max = 20, message = "{beheer.fout.teLang}") @Pattern(regexp = "[0-9 +()-]*",
				message = "{beheer.fout.telefoon}") String telefoon,
		Long managerId, Long version) {

	static TeamForm leeg() {
		return new TeamForm("", null, "", "", "", null, null);
	}

	static TeamForm van(Wijkteam team) {
		return new TeamForm(team.getNaam(), team.getClusterId(), Pc4Reeksen.alsTekst(team.getWerkgebied()),
				team.getBezoekadres(), team.getTelefoon(), team.getManagerId(), team.getVersion());
	}

	/** Checks what Bean Validation cannot: that the werkgebied reads as PC4s. */
	void controleer(Errors errors) {
		try {
			Pc4Reeksen.lees(this.werkgebied);
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue("werkgebied", "beheer.fout.werkgebiedOngeldig", new Object[] { ex.getMessage() }, null);
		}
	}

	/** Only after {@link #controleer} found no errors. */
	TeamGegevens toGegevens() {
		Set<String> pc4s = Pc4Reeksen.lees(this.werkgebied);
		return new TeamGegevens(this.naam.trim(), this.clusterId, Formulieren.leegIsNull(this.bezoekadres),
				Formulieren.leegIsNull(this.telefoon), this.managerId, pc4s);
	}

}
