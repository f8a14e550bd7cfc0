package nl.wijkdossier.organisatie;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.wijkdossier.shared.Postcode;

/**
 * A team serving one part of the city. Its werkgebied is a set of PC4 postcodes; the
 * database guarantees that a PC4 belongs to at most one team.
 */
@Entity
@Table(name = "wijkteam")
class Wijkteam {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String naam;

	@Column(name = "cluster_id", nullable = false)
	private Long clusterId;

	private String bezoekadres;

	private String telefoon;

	@Column(name = "manager_id")
	private Long managerId;

	@Column(nullable = false)
	private boolean actief = true;

	@ElementCollection
	@CollectionTable(name = "werkgebied_postcode", joinColumns = @JoinColumn(name = "team_id"))
	@Column(name = "pc4", columnDefinition = "bpchar(4)")
	private Set<String> werkgebied = new TreeSet<>();

	@Version
	private long version;

	protected Wijkteam() {
	}

	Wijkteam(String naam, Long clusterId) {
		this.naam = naam;
		this.clusterId = clusterId;
	}

	Long getId() {
		return this.id;
	}

	String getNaam() {
		return this.naam;
	}

	Long getClusterId() {
		return this.clusterId;
	}

	String getBezoekadres() {
		return this.bezoekadres;
	}

	String getTelefoon() {
		return this.telefoon;
	}

	Long getManagerId() {
		return this.managerId;
	}

	boolean isActief() {
		return this.actief;
	}

	Set<String> getWerkgebied() {
		return Set.copyOf(this.werkgebied);
	}

	long getVersion() {
		return this.version;
	}

	void wijzig(String naam, Long clusterId, String bezoekadres, String telefoon, Long managerId) {
		this.naam = naam;
		this.clusterId = clusterId;
		this.bezoekadres = bezoekadres;
		this.telefoon = telefoon;
		this.managerId = managerId;
	}

	void wijzigWerkgebied(Collection<String> pc4s) {
		for (String pc4 : pc4s) {
			if (!Postcode.isPc4(pc4)) {
				throw new IllegalArgumentException("Geen PC4: " + pc4);
			}
		}
		this.werkgebied.retainAll(pc4s);
		this.werkgebied.addAll(pc4s);
	}

	/**
	 * A team that still serves postcodes cannot be deactivated: they would serve nobody.
	 */
	void deactiveer() {
		if (!this.werkgebied.isEmpty()) {
			throw new IllegalStateException("Team heeft nog een werkgebied");
		}
		this.actief = false;
	}

	void activeer() {
		this.actief = true;
	}

}
