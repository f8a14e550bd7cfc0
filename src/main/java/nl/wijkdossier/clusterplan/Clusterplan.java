package nl.wijkdossier.clusterplan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a cluster's plan: its three text sections and its targets, in the order
 * of {@link StreefwaardeSoort}. Texts keep their line breaks.
 */
public record Clusterplan(long clusterId, String clusterNaam, int versie, String visie, String opgaven,
		String beoogdeOntwikkeling, Instant vastgesteldOp, String vastgesteldDoor, List<Streefwaarde> streefwaarden) {

	public Clusterplan {
		streefwaarden = List.copyOf(streefwaarden);
	}

	public Optional<Streefwaarde> streefwaarde(StreefwaardeSoort soort) {
		return this.streefwaarden.stream().filter((s) -> s.soort() == soort).findFirst();
	}

	/**
	 * The rows for {@code clusterplan/fragmenten :: doelen}: every target of this plan
	 * with its actual figure from {@code werkelijk}; a kind missing from the map (or
	 * mapped to null) is unknown.
	 */
	public List<DoelRegel> doelen(Map<StreefwaardeSoort, BigDecimal> werkelijk) {
		return this.streefwaarden.stream()
			.map((s) -> DoelRegel.van(s.soort(), s.waarde(), werkelijk.get(s.soort())))
			.toList();
	}

}
