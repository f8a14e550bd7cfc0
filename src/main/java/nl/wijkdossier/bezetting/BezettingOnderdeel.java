package nl.wijkdossier.bezetting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.casus.Dossier;
import nl.wijkdossier.casus.DossierOnderdeel;

/**
 * On the dossier, when the case's regievoerder is away today: until when, and who covers
 * (or that nobody does: "zonder bezetting"), so a colleague knows whom to call. The type
 * of the absence only for herself and her manager. Nothing at all when she is present or
 * the case is closed.
 */
@Component
class BezettingOnderdeel implements DossierOnderdeel {

	private final Afwezigheden afwezigheden;

	private final Positie.Bepaling posities;

	BezettingOnderdeel(Afwezigheden afwezigheden, Positie.Bepaling posities) {
		this.afwezigheden = afwezigheden;
		this.posities = posities;
	}

	@Override
	public int volgorde() {
		return 5;
	}

	@Override
	public String template() {
		return "bezetting/dossier";
	}

	@Override
	public RegievoerderAfwezig gegevens(Dossier dossier, WijkdossierUser gebruiker) {
		if (dossier.regievoerderId() == null || dossier.isAfgesloten()) {
			return null;
		}
		Positie ik = this.posities.van(gebruiker);
		List<Afwezig> vandaag = this.afwezigheden.opDag(List.of(dossier.regievoerderId()), ik.vandaag());
		if (vandaag.isEmpty()) {
			return null;
		}
		Afwezig afwezig = vandaag.get(0);
		boolean soortZichtbaar = ik.isZelf(afwezig.medewerkerId())
				|| (ik.isManager() && ik.isManagerVan(this.posities.teamVan(afwezig.medewerkerId())));
		boolean ikVal = afwezig.invallerId() != null && ik.isZelf(afwezig.invallerId());
		return new RegievoerderAfwezig(afwezig.naam(), afwezig.tot(), afwezig.invallerNaam(), ikVal,
				soortZichtbaar ? afwezig.soort() : null);
	}

	/**
	 * The regievoerder is away until {@code tot}; {@code invaller} covers today (null:
	 * nobody); {@code soort} only when the reader may see it.
	 */
	record RegievoerderAfwezig(String naam, LocalDate tot, String invaller, boolean ikVal, AfwezigheidSoort soort) {

		public boolean zonderBezetting() {
			return this.invaller == null;
		}

	}

}
