package nl.wijkdossier.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An account. Never deleted: deactivating keeps the history that refers to it.
 */
@Entity
@Table(name = "gebruiker")
class Gebruiker {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String gebruikersnaam;

	@Column(name = "wachtwoord_hash", nullable = false)
	private String wachtwoordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Rol rol;

	@Column(nullable = false)
	private String weergavenaam;

	private String email;

	@Column(nullable = false)
	private boolean actief = true;

	@Column(name = "aangemaakt_op", nullable = false, updatable = false)
	private Instant aangemaaktOp;

	@Version
	private long version;

	protected Gebruiker() {
	}

	Gebruiker(String gebruikersnaam, String wachtwoordHash, Rol rol, String weergavenaam, String email,
			Instant aangemaaktOp) {
		this.gebruikersnaam = gebruikersnaam;
		this.wachtwoordHash = wachtwoordHash;
		this.rol = rol;
		this.weergavenaam = weergavenaam;
		this.email = email;
		this.aangemaaktOp = aangemaaktOp;
	}

	Long getId() {
		return this.id;
	}

	String getGebruikersnaam() {
		return this.gebruikersnaam;
	}

	Rol getRol() {
		return this.rol;
	}

	String getWeergavenaam() {
		return this.weergavenaam;
	}

	String getEmail() {
		return this.email;
	}

	boolean isActief() {
		return this.actief;
	}

	void wijzig(String weergavenaam, String email, Rol rol) {
		this.weergavenaam = weergavenaam;
		this.email = email;
		this.rol = rol;
	}

	void activeer() {
		this.actief = true;
	}

	void deactiveer() {
		this.actief = false;
	}

	void wijzigWachtwoord(String wachtwoordHash) {
		this.wachtwoordHash = wachtwoordHash;
	}

	WijkdossierUser toUser() {
		return new WijkdossierUser(this.id, this.gebruikersnaam, this.weergavenaam, this.rol, this.actief,
				this.wachtwoordHash);
	}

}
