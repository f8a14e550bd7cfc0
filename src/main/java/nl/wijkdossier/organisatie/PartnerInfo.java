package nl.wijkdossier.organisatie;

/** A convenantpartner with the number of its active medewerkers, for overviews. */
public record PartnerInfo(long id, String naam, int aantalMedewerkers, boolean actief) {
}
