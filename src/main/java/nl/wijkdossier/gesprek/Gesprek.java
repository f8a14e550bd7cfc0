package nl.wijkdossier.gesprek;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.wijkdossier.shared.ZrmDomein;

/**
 * A keukentafelgesprek as it is finalised ("Vastleggen"): when and where, who took part,
 * the report and the internal note, the Wmo onderzoek items, the ZRM scores of the
 * domains that were scored (and only those: data minimisation), the agreements and the
 * signals. Built by {@link GesprekRegels} from a checked form; its constructor guards the
 * invariants the database also checks. Once stored it is never changed in place: a
 * correction is an amendment with a reason.
 */
public record Gesprek(LocalDate datum, GesprekLocatie locatie, Set<GesprekDeelnemer> deelnemers,
		String deelnemersToelichting, String verslag, String interneNotitie, Onderzoek onderzoek, List<ZrmScore> zrm,
		List<GesprekAfspraak> afspraken, Mantelzorger mantelzorger, String vrijwilligerWaarvoor,
		boolean vermoedenHuiselijkGeweld) {

	public Gesprek {
		if (datum == null || locatie == null) {
			throw new IllegalArgumentException("Een gesprek heeft een datum en een plaats");
		}
		if (deelnemers == null || deelnemers.isEmpty()) {
			throw new IllegalArgumentException("Een gesprek heeft minstens een deelnemer");
		}
		if (verslag == null || verslag.isBlank()) {
			throw new IllegalArgumentException("Een vastgelegd gesprek heeft een verslag");
		}
		deelnemers = EnumSet.copyOf(deelnemers);
		zrm = List.copyOf(zrm);
		afspraken = List.copyOf(afspraken);
		if (zrm.stream().map(ZrmScore::domein).distinct().count() != zrm.size()) {
			throw new IllegalArgumentException("Een domein wordt eenmaal per gesprek gescoord");
		}
	}

	/** Whether a volunteer is wanted (then it says what for). */
	public boolean isVrijwilligerGewenst() {
		return this.vrijwilligerWaarvoor != null;
	}

	/** The Wmo onderzoek items (art. 2.3.2 lid 4), each optional. */
	public record Onderzoek(String behoeften, String eigenKracht, String mantelzorgNetwerk,
			String mantelzorgerOndersteuning, String algemeneVoorzieningen, GesprekMaatwerk maatwerkNodig,
			String maatwerkToelichting, String volgendeStap) {

		public static final Onderzoek LEEG = new Onderzoek(null, null, null, null, null, null, null, null);

	}

	/**
	 * One scored ZRM domain: 1 acute problematiek … 5 volledig zelfredzaam, with an
	 * optional target on the same scale.
	 */
	public record ZrmScore(ZrmDomein domein, int score, Integer doel) {

		public ZrmScore {
			if (domein == null || !GesprekRegels.isZrmNiveau(score)) {
				throw new IllegalArgumentException("Een ZRM-score ligt tussen 1 en 5: " + score);
			}
			if (doel != null && !GesprekRegels.isZrmNiveau(doel)) {
				throw new IllegalArgumentException("Een ZRM-doel ligt tussen 1 en 5: " + doel);
			}
		}

	}

	/**
	 * The mantelzorger (informal carer), with her EDIZ-plus score (0–15) when it was
	 * measured.
	 */
	public record Mantelzorger(String naam, String relatie, Integer edizScore) {

		public Mantelzorger {
			if (naam == null || naam.isBlank()) {
				throw new IllegalArgumentException("Een mantelzorger heeft een naam");
			}
			if (edizScore != null && !GesprekRegels.isEdizScore(edizScore)) {
				throw new IllegalArgumentException("Een EDIZ-plus-score ligt tussen 0 en 15: " + edizScore);
			}
		}

		/**
		 * EDIZ-plus 9 or more: overloaded, a referral to mantelzorgondersteuning fits.
		 */
		public boolean isOverbelast() {
			return GesprekRegels.isOverbelast(this.edizScore);
		}

	}

}
