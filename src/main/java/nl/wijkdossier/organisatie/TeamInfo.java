package nl.wijkdossier.organisatie;

import java.util.List;

/** A wijkteam as other modules and pages see it. */
public record TeamInfo(long id, String naam, long clusterId, String clusterNaam, String bezoekadres, String telefoon,
		String managerNaam, List<String> werkgebied, boolean actief) {

	/** The werkgebied for people: "1311–1315, 1318". */
	public String werkgebiedTekst() {
		return Pc4Reeksen.alsTekst(this.werkgebied);
	}

}
