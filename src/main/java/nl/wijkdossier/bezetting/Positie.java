package nl.wijkdossier.bezetting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.organisatie.MedewerkerInfo;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.shared.ClockConfiguration;

/**
 * Who the logged-in person is for absences: her own medewerker (when active) and team,
 * the teams she manages, and today. The rules of this module ask it who may register,
 * change or see what: a wijkwerker acts for herself, a manager for the medewerkers of his
 * teams, and only she and her manager see the type of an absence.
 */
record Positie(WijkdossierUser gebruiker, Long medewerkerId, Long teamId, Set<Long> managerTeams, LocalDate vandaag) {

	Positie {
		managerTeams = Set.copyOf(managerTeams);
	}

	boolean isManager() {
		return this.gebruiker.heeftRol(Rol.WIJKTEAMMANAGER);
	}

	boolean isZelf(long medewerker) {
		return this.medewerkerId != null && this.medewerkerId == medewerker;
	}

	/** A manager of the team this medewerker works in. */
	boolean isManagerVan(Long team) {
		return team != null && isManager() && this.managerTeams.contains(team);
	}

	/** Herself and her manager see the type; colleagues see only "afwezig". */
	boolean magSoortZien(long medewerker, Long team) {
		return isZelf(medewerker) || isManagerVan(team);
	}

	/** Finds the position of a user, one or two queries. */
	@Component
	static class Bepaling {

		private final Organisatie organisatie;

		private final Clock clock;

		Bepaling(Organisatie organisatie, Clock clock) {
			this.organisatie = organisatie;
			this.clock = clock;
		}

		Positie van(WijkdossierUser gebruiker) {
			MedewerkerInfo ik = this.organisatie.medewerkerVan(gebruiker).filter(MedewerkerInfo::actief).orElse(null);
			Set<Long> teams = gebruiker.heeftRol(Rol.WIJKTEAMMANAGER)
					? Set.copyOf(this.organisatie.teamsVan(gebruiker).stream().map(TeamInfo::id).toList()) : Set.of();
			return new Positie(gebruiker, (ik != null) ? ik.id() : null, (ik != null) ? ik.teamId() : null, teams,
					vandaag(this.clock));
		}

		/** The team a medewerker works in now, or null. */
		Long teamVan(long medewerkerId) {
			return this.organisatie.medewerker(medewerkerId).map(MedewerkerInfo::teamId).orElse(null);
		}

	}

	/** Today in Europe/Amsterdam: absences and invallen are whole days there. */
	static LocalDate vandaag(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ClockConfiguration.ZONE);
	}

}
