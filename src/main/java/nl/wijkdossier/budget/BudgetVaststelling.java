package nl.wijkdossier.budget;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.shared.NietGevondenException;

/**
 * Setting a team's budget for a year, by the gemeente, only from the version the user
 * saw: a budget someone else set in the meantime is never silently overwritten (the first
 * budget of a year included: two people setting it at once, the second is refused).
 */
@Component
class BudgetVaststelling {

	/** The highest budget one can set: ten million euros per team is a typing error. */
	static final BigDecimal MAXIMUM = new BigDecimal("10000000.00");

	private final JdbcClient jdbc;

	private final Organisatie organisatie;

	private final Clock clock;

	BudgetVaststelling(JdbcClient jdbc, Organisatie organisatie, Clock clock) {
		this.jdbc = jdbc;
		this.organisatie = organisatie;
		this.clock = clock;
	}

	/**
	 * @param version the version the user saw; null when the team had no budget that year
	 * @throws NietGevondenException when the team does not exist
	 * @throws BudgetIntussenGewijzigd when someone changed the budget since it was read
	 */
	@Transactional
	void zet(WijkdossierUser gebruiker, long teamId, int jaar, Long version, BigDecimal bedrag) {
		if (this.organisatie.team(teamId).isEmpty()) {
			throw new NietGevondenException("team " + teamId);
		}
		if (bedrag.signum() < 0 || bedrag.compareTo(MAXIMUM) > 0) {
			throw new IllegalArgumentException("Budget buiten 0–" + MAXIMUM);
		}
		Timestamp nu = Timestamp.from(this.clock.instant());
		int rijen = (version == null) ? this.jdbc.sql("""
				insert into maatwerkbudget (team_id, jaar, bedrag, gewijzigd_door, gewijzigd_op)
				values (?, ?, ?, ?, ?)
				on conflict (team_id, jaar) do nothing
				""").params(teamId, jaar, bedrag, gebruiker.id(), nu).update() : this.jdbc.sql("""
				update maatwerkbudget set bedrag = ?, gewijzigd_door = ?, gewijzigd_op = ?, version = version + 1
				where team_id = ? and jaar = ? and version = ?
				""").params(bedrag, gebruiker.id(), nu, teamId, jaar, version).update();
		if (rijen == 0) {
			throw new BudgetIntussenGewijzigd(teamId, jaar);
		}
	}

	/** The budget the user saw is no longer the current one. */
	static class BudgetIntussenGewijzigd extends OptimisticLockingFailureException {

		BudgetIntussenGewijzigd(long teamId, int jaar) {
			super("maatwerkbudget " + jaar + " van team " + teamId + " is intussen gewijzigd");
		}

	}

}
