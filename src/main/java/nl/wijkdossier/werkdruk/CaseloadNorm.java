package nl.wijkdossier.werkdruk;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A team's own caseload norm: how many active cases one FTE may carry before the
 * manager's pages call it "boven de norm". Who set it last, and when, stays with it.
 */
@Entity
@Table(name = "caseload_norm")
class CaseloadNorm {

	@Id
	@Column(name = "team_id")
	private Long teamId;

	@Column(name = "casussen_per_fte", nullable = false)
	private BigDecimal casussenPerFte;

	@Column(name = "gewijzigd_door", nullable = false)
	private Long gewijzigdDoor;

	@Column(name = "gewijzigd_op", nullable = false)
	private Instant gewijzigdOp;

	@Version
	private Long version;

	protected CaseloadNorm() {
	}

	CaseloadNorm(long teamId, BigDecimal casussenPerFte, long door, Instant op) {
		this.teamId = teamId;
		zet(casussenPerFte, door, op);
	}

	void zet(BigDecimal casussenPerFte, long door, Instant op) {
		if (casussenPerFte.signum() <= 0 || casussenPerFte.compareTo(Normen.MAXIMUM) > 0) {
			throw new IllegalArgumentException("Norm buiten 0–" + Normen.MAXIMUM);
		}
		this.casussenPerFte = casussenPerFte;
		this.gewijzigdDoor = door;
		this.gewijzigdOp = op;
	}

	Long getVersion() {
		return this.version;
	}

}
