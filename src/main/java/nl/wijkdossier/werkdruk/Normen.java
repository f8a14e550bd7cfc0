package nl.wijkdossier.werkdruk;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.shared.NietGevondenException;

/**
 * Setting a team's caseload norm: only the manager of that team (another team does not
 * exist for him), only from the version he saw — a norm set by someone else in the
 * meantime is never silently overwritten.
 */
@Component
class Normen {

	/** The highest norm one can set: 60 cases per FTE is beyond any agreed caseload. */
	static final BigDecimal MAXIMUM = BigDecimal.valueOf(60);

	private final CaseloadNormRepository normen;

	private final Organisatie organisatie;

	private final Clock clock;

	Normen(CaseloadNormRepository normen, Organisatie organisatie, Clock clock) {
		this.normen = normen;
		this.organisatie = organisatie;
		this.clock = clock;
	}

	/**
	 * Sets the norm of one of his teams.
	 * @param version the version he saw; null when the team still had the default
	 * @throws NietGevondenException when the team is not one he manages
	 * @throws NormIntussenGewijzigd when someone changed the norm since he saw it
	 */
	@Transactional
	void zet(WijkdossierUser gebruiker, long teamId, Long version, BigDecimal casussenPerFte) {
		vereisEigenTeam(gebruiker, teamId);
		Optional<CaseloadNorm> huidig = this.normen.findById(teamId);
		try {
			if (huidig.isEmpty()) {
				if (version != null) {
					throw new NormIntussenGewijzigd(teamId);
				}
				this.normen
					.saveAndFlush(new CaseloadNorm(teamId, casussenPerFte, gebruiker.id(), this.clock.instant()));
				return;
			}
			CaseloadNorm norm = huidig.get();
			if (!Objects.equals(norm.getVersion(), version)) {
				throw new NormIntussenGewijzigd(teamId);
			}
			norm.zet(casussenPerFte, gebruiker.id(), this.clock.instant());
			this.normen.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// two managers of the same team set its first norm at the same moment
			throw new NormIntussenGewijzigd(teamId);
		}
	}

	/** A team he manages; any other team, or any other role, is "not found". */
	void vereisEigenTeam(WijkdossierUser gebruiker, long teamId) {
		boolean eigen = gebruiker.heeftRol(Rol.WIJKTEAMMANAGER)
				&& this.organisatie.teamsVan(gebruiker).stream().anyMatch((t) -> t.id() == teamId);
		if (!eigen) {
			throw new NietGevondenException("team " + teamId);
		}
	}

	/** The norm the manager saw is no longer the current one. */
	static class NormIntussenGewijzigd extends OptimisticLockingFailureException {

		private final long teamId;

		NormIntussenGewijzigd(long teamId) {
			super("caseloadnorm van team " + teamId + " is intussen gewijzigd");
			this.teamId = teamId;
		}

		long teamId() {
			return this.teamId;
		}

	}

}
