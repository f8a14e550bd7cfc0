package nl.wijkdossier.casus;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.wijkdossier.inwoner.InwonerGegevens;
import nl.wijkdossier.inwoner.InwonerInfo;
import nl.wijkdossier.shared.web.Datums;

/**
 * One line of the conflict page: a field of the resident, what a colleague saved (the
 * value now stored) and what this user typed, as the page shows them (a BSN masked, a
 * date in Dutch format). {@code null} is an empty field.
 */
record InwonerVergelijking(String veld, String nu, String ingevuld, boolean verschilt) {

	/** Every field of the form, in its order; those that differ are marked. */
	static List<InwonerVergelijking> van(InwonerInfo nu, InwonerGegevens getypt) {
		// A known BSN is not in the form: the user left it as it is.
		InwonerGegevens ingevuld = (getypt.bsn() == null && nu.bsn() != null) ? getypt.metBsn(nu.bsnWaarde()) : getypt;
		Set<String> verschillen = Set.copyOf(nu.gewijzigdeVelden(ingevuld));
		return List.of(regel("voornaam", nu.voornaam(), ingevuld.voornaam(), verschillen),
				regel("achternaam", nu.achternaam(), ingevuld.achternaam(), verschillen),
				regel("geboortedatum", dag(nu.geboortedatum()), dag(ingevuld.geboortedatum()), verschillen),
				regel("bsn", nu.bsnGemaskeerd(), (ingevuld.bsn() != null) ? ingevuld.bsn().toString() : null,
						verschillen),
				regel("postcode", nu.postcode(), ingevuld.postcode().waarde(), verschillen),
				regel("huisnummer", String.valueOf(nu.huisnummer()), String.valueOf(ingevuld.huisnummer()),
						verschillen),
				regel("huisnummerToevoeging", nu.huisnummerToevoeging(), ingevuld.huisnummerToevoeging(), verschillen),
				regel("straat", nu.straat(), ingevuld.straat(), verschillen),
				regel("woonplaats", nu.woonplaats(), ingevuld.woonplaats(), verschillen),
				regel("telefoon", nu.telefoon(), ingevuld.telefoon(), verschillen),
				regel("huisarts", nu.huisarts(), ingevuld.huisarts(), verschillen),
				regel("waarschuwing", nu.waarschuwing(), ingevuld.waarschuwing(), verschillen));
	}

	/** The message key of the field's label. */
	public String label() {
		return "inwoner.veld." + this.veld;
	}

	private static InwonerVergelijking regel(String veld, String nu, String ingevuld, Set<String> verschillen) {
		return new InwonerVergelijking(veld, nu, ingevuld, verschillen.contains(veld));
	}

	private static String dag(LocalDate dag) {
		return (dag != null) ? Datums.dag(dag) : null;
	}

}
