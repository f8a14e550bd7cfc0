package nl.wijkdossier.organisatie;

import java.math.BigDecimal;

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
 * A person employed by exactly one convenantpartner, working in a team (a manager may
 * have no team of his own: he steers teams through {@link Wijkteam#getManagerId()}).
 * Every medewerker has an account.
 */
@Entity
@Table(name = "medewerker")
class Medewerker {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String voornaam;

	@Column(nullable = false)
	private String achternaam;

	@Column(nullable = false)
	private String email;

	@Column(name = "partner_id", nullable = false)
	private Long partnerId;

	@Column(name = "team_id")
	private Long teamId;

	@Column(name = "gebruiker_id", nullable = false, updatable = false)
	private Long gebruikerId;

	@Column(name = "uren_per_week", nullable = false)
	private BigDecimal urenPerWeek;

	@Enumerated(EnumType.STRING)
	private Focus focus;

	@Column(nullable = false)
	private boolean actief = true;

	@Version
	private long version;

	protected Medewerker() {
	}

	Medewerker(String voornaam, String achternaam, String email, Long partnerId, Long teamId, Long gebruikerId,
			BigDecimal urenPerWeek, Focus focus) {
		this.voornaam = voornaam;
		this.achternaam = achternaam;
		this.email = email;
		this.partnerId = partnerId;
		this.teamId = teamId;
		this.gebruikerId = gebruikerId;
		this.urenPerWeek = urenPerWeek;
		this.focus = focus;
	}

	Long getId() {
		return this.id;
	}

	String getVoornaam() {
		return this.voornaam;
	}

	String getAchternaam() {
		return this.achternaam;
	}

	String getNaam() {
		return this.voornaam + " " + this.achternaam;
	}

	String getEmail() {
		return this.email;
	}

	Long getPartnerId() {
		return this.partnerId;
	}

	Long getTeamId() {
		return this.teamId;
	}

	Long getGebruikerId() {
		return this.gebruikerId;
	}

	BigDecimal getUrenPerWeek() {
		return this.urenPerWeek;
	}

	Focus getFocus() {
		return this.focus;
	}

	boolean isActief() {
		return this.actief;
	}

	long getVersion() {
		return this.version;
	}

	void wijzig(String voornaam, String achternaam, String email, Long partnerId, Long teamId, BigDecimal urenPerWeek,
			Focus focus) {
		this.voornaam = voornaam;
		this.achternaam = achternaam;
		this.email = email;
		this.partnerId = partnerId;
		this.teamId = teamId;
		this.urenPerWeek = urenPerWeek;
		this.focus = focus;
	}

	void zetActief(boolean actief) {
		this.actief = actief;
	}

}
