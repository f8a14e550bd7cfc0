package nl.wijkdossier.gesprek;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An agreement made in a conversation, as far as the dossier changes it: its status. The
 * conversation that made it wrote it; here it only goes to done (on the day it is marked)
 * and back to open, each through a method that guards its rule, from the version the user
 * saw.
 */
@Entity
@Table(name = "afspraak")
class Afspraak {

	@Id
	private Long id;

	@Column(name = "casus_id", nullable = false, insertable = false, updatable = false)
	private Long casusId;

	@Column(name = "gesprek_id", insertable = false, updatable = false)
	private Long gesprekId;

	@Column(nullable = false, insertable = false, updatable = false)
	private String omschrijving;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "klaar_op")
	private LocalDate klaarOp;

	@Version
	private long version;

	protected Afspraak() {
	}

	/** Done today. An agreement that is done cannot be done again. */
	void klaar(LocalDate vandaag) {
		if (this.status == Status.KLAAR) {
			throw new AfspraakGeweigerd("afspraak.regel.alKlaar");
		}
		this.status = Status.KLAAR;
		this.klaarOp = vandaag;
	}

	/** Open again, for an agreement marked done by mistake or not done after all. */
	void heropen() {
		if (this.status == Status.OPEN) {
			throw new AfspraakGeweigerd("afspraak.regel.nietKlaar");
		}
		this.status = Status.OPEN;
		this.klaarOp = null;
	}

	Long getId() {
		return this.id;
	}

	Long getCasusId() {
		return this.casusId;
	}

	Long getGesprekId() {
		return this.gesprekId;
	}

	String getOmschrijving() {
		return this.omschrijving;
	}

	Status getStatus() {
		return this.status;
	}

	LocalDate getKlaarOp() {
		return this.klaarOp;
	}

	long getVersion() {
		return this.version;
	}

	enum Status {

		OPEN, KLAAR

	}

}
