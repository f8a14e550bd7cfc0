package nl.wijkdossier.spreekuur;

import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * Someone to put on duty: a medewerker chosen from the team and its cluster
 * ({@code wat=medewerker}), or a volunteer by name and organisation
 * ({@code wat=vrijwilliger}).
 */
record RoosterForm(String wat, Long medewerkerId,
		@Size(max = 120, message = "{beheer.fout.teLang}") String vrijwilligerNaam,
		@Size(max = 160, message = "{beheer.fout.teLang}") String vrijwilligerOrganisatie) {

	static RoosterForm medewerker() {
		return new RoosterForm("medewerker", null, "", "");
	}

	static RoosterForm vrijwilliger() {
		return new RoosterForm("vrijwilliger", null, "", "");
	}

	boolean isVrijwilliger() {
		return "vrijwilliger".equals(this.wat);
	}

	void controleer(Errors errors) {
		if (isVrijwilliger()) {
			if (SpreekuurInvoer.isLeeg(this.vrijwilligerNaam)) {
				errors.rejectValue("vrijwilligerNaam", "spreekuur.rooster.fout.naamVerplicht");
			}
			if (SpreekuurInvoer.isLeeg(this.vrijwilligerOrganisatie)) {
				errors.rejectValue("vrijwilligerOrganisatie", "spreekuur.rooster.fout.organisatieVerplicht");
			}
		}
		else if (this.medewerkerId == null) {
			errors.rejectValue("medewerkerId", "spreekuur.rooster.fout.medewerkerVerplicht");
		}
	}

}
