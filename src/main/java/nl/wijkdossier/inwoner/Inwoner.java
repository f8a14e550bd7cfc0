package nl.wijkdossier.inwoner;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A resident. Personal data: every read and change is access-logged by the caller. */
@Entity
@Table(name = "inwoner")
class Inwoner {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(columnDefinition = "bpchar(9)")
	private String bsn;

	@Column(nullable = false)
	private String voornaam;

	@Column(nullable = false)
	private String achternaam;

	@Column(nullable = false)
	private LocalDate geboortedatum;

	@Column(nullable = false)
	private String postcode;

	@Column(nullable = false)
	private int huisnummer;

	@Column(name = "huisnummer_toevoeging")
	private String huisnummerToevoeging;

	private String straat;

	private String woonplaats;

	private String telefoon;

	private String huisarts;

	private String waarschuwing;

	@Column(name = "aangemaakt_op", nullable = false, updatable = false)
	private Instant aangemaaktOp;

	@Version
	private long version;

	protected Inwoner() {
	}

	Inwoner(InwonerGegevens gegevens, Instant aangemaaktOp) {
		neemOver(gegevens);
		this.aangemaaktOp = aangemaaktOp;
	}

	void neemOver(InwonerGegevens g) {
		this.bsn = (g.bsn() != null) ? g.bsn().waarde() : null;
		this.voornaam = g.voornaam();
		this.achternaam = g.achternaam();
		this.geboortedatum = g.geboortedatum();
		this.postcode = g.postcode().waarde();
		this.huisnummer = g.huisnummer();
		this.huisnummerToevoeging = g.huisnummerToevoeging();
		this.straat = g.straat();
		this.woonplaats = g.woonplaats();
		this.telefoon = g.telefoon();
		this.huisarts = g.huisarts();
		this.waarschuwing = g.waarschuwing();
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

}
