package nl.wijkdossier.verwijzing;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An entry of the sociale kaart: an organisation or initiative a wijkwerker refers to,
 * with the neighbourhoods (wijkteams) and clusters it serves — none means the whole city.
 * Never deleted: referrals keep pointing at it; an entry that stopped is deactivated.
 */
@Entity
@Table(name = "voorziening")
class Voorziening {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String naam;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private VoorzieningSoort soort;

	private String omschrijving;

	private String adres;

	private String telefoon;

	private String email;

	private String website;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "team_ids", columnDefinition = "bigint[]", nullable = false)
	private Long[] teamIds = new Long[0];

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "cluster_ids", columnDefinition = "bigint[]", nullable = false)
	private Long[] clusterIds = new Long[0];

	@Column(nullable = false)
	private boolean actief = true;

	@Version
	private long version;

	protected Voorziening() {
	}

	Voorziening(SocialeKaart.VoorzieningGegevens gegevens) {
		wijzig(gegevens);
	}

	void wijzig(SocialeKaart.VoorzieningGegevens gegevens) {
		this.naam = gegevens.naam();
		this.soort = gegevens.soort();
		this.omschrijving = gegevens.omschrijving();
		this.adres = gegevens.adres();
		this.telefoon = gegevens.telefoon();
		this.email = gegevens.email();
		this.website = gegevens.website();
		this.teamIds = gesorteerd(gegevens.teamIds());
		this.clusterIds = gesorteerd(gegevens.clusterIds());
	}

	void zetActief(boolean actief) {
		this.actief = actief;
	}

	private static Long[] gesorteerd(Collection<Long> ids) {
		return ids.stream().distinct().sorted().toArray(Long[]::new);
	}

	Long getId() {
		return this.id;
	}

	String getNaam() {
		return this.naam;
	}

	VoorzieningSoort getSoort() {
		return this.soort;
	}

	String getOmschrijving() {
		return this.omschrijving;
	}

	String getAdres() {
		return this.adres;
	}

	String getTelefoon() {
		return this.telefoon;
	}

	String getEmail() {
		return this.email;
	}

	String getWebsite() {
		return this.website;
	}

	List<Long> getTeamIds() {
		return Arrays.asList(this.teamIds);
	}

	List<Long> getClusterIds() {
		return Arrays.asList(this.clusterIds);
	}

	boolean isActief() {
		return this.actief;
	}

	long getVersion() {
		return this.version;
	}

}
