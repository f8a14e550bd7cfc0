package nl.wijkdossier.casus;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes timeline lines, for this module and for later ones (conversations, referrals,
 * visits), in the transaction of the change they describe.
 */
@Component
public class Tijdlijn {

	private final CasusGebeurtenisRepository gebeurtenissen;

	private final Clock clock;

	Tijdlijn(CasusGebeurtenisRepository gebeurtenissen, Clock clock) {
		this.gebeurtenissen = gebeurtenissen;
		this.clock = clock;
	}

	/**
	 * A line {@code tijdlijn.<soort>} with its detail (free text the page shows as it is,
	 * or null).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void schrijf(long casusId, long doorGebruikerId, String soort, String detail) {
		schrijf(casusId, doorGebruikerId, soort, detail, null);
	}

	/**
	 * A line that links to what it describes: an application path such as
	 * {@code /casussen/12/gesprekken/34}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void schrijf(long casusId, long doorGebruikerId, String soort, String detail, String link) {
		if (link != null && !link.startsWith("/")) {
			throw new IllegalArgumentException("Een tijdlijnlink is een pad binnen de applicatie: " + link);
		}
		this.gebeurtenissen
			.save(new CasusGebeurtenis(casusId, this.clock.instant(), doorGebruikerId, soort, detail, link));
	}

}
