package nl.wijkdossier.organisatie;

/** A cluster with its size, for overviews. */
public record ClusterInfo(long id, String naam, int aantalTeams, int aantalMedewerkers, java.math.BigDecimal fte,
		boolean actief) {
}
