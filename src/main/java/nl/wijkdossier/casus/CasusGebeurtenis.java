package nl.wijkdossier.casus;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of a case's timeline. {@code soort} is a message key suffix
 * ({@code tijdlijn.<soort>}); {@code detail} what the line says beyond that (a reason, a
 * name). Never changed after it is written.
 */
@Entity
@Table(name = "casus_gebeurtenis")
class CasusGebeurtenis {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "casus_id", nullable = false, updatable = false)
	private Long casusId;

	@Column(nullable = false, updatable = false)
	private Instant op;

	@Column(name = "door_gebruiker_id", nullable = false, updatable = false)
	private Long doorGebruikerId;

	@Column(nullable = false, updatable = false)
	private String soort;

	@Column(updatable = false)
	private String detail;

	@Column(updatable = false)
	private String link;

	protected CasusGebeurtenis() {
	}

	CasusGebeurtenis(long casusId, Instant op, long doorGebruikerId, String soort, String detail, String link) {
		this.casusId = casusId;
		this.op = op;
		this.doorGebruikerId = doorGebruikerId;
		this.soort = soort;
		this.detail = (detail != null && detail.length() > 2000) ? detail.substring(0, 2000) : detail;
		this.link = link;
	}

}
