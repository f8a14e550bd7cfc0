package nl.wijkdossier.organisatie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An organisation that staffs the wijkteams under the covenant with the municipality. */
@Entity
@Table(name = "convenantpartner")
class Convenantpartner {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String naam;

	@Column(nullable = false)
	private boolean actief = true;

	@Version
	private long version;

	protected Convenantpartner() {
	}

	Convenantpartner(String naam) {
		this.naam = naam;
	}

	Long getId() {
		return this.id;
	}

	String getNaam() {
		return this.naam;
	}

	boolean isActief() {
		return this.actief;
	}

	long getVersion() {
		return this.version;
	}

	void hernoem(String naam) {
		this.naam = naam;
	}

	void zetActief(boolean actief) {
		this.actief = actief;
	}

}
