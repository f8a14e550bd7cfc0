package nl.wijkdossier.casus;

import nl.wijkdossier.account.WijkdossierUser;

/**
 * A section another module adds to the dossier page (conversations, ZRM progress,
 * agreements, referrals), so the case module need not know them. The dossier calls
 * {@link #gegevens} only after it read the case within the user's scope and logged that
 * read; a section reads by case id and writes no access-log row of its own.
 * <p>
 * The template holds a fragment {@code onderdeel(gegevens)}; sections appear in the order
 * of {@link #volgorde()}.
 */
public interface DossierOnderdeel {

	/** Position on the page: lower first. */
	int volgorde();

	/** The Thymeleaf template that holds the fragment {@code onderdeel(gegevens)}. */
	String template();

	/** What the fragment shows for this case. */
	Object gegevens(Dossier dossier, WijkdossierUser gebruiker);

	/** A section as the page renders it. */
	record Weergave(String template, Object gegevens) {
	}

}
