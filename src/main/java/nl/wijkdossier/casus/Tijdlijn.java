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

	@Transactional(propagation = Propagation.MANDATORY)
	public void schrijf(long casusId, long doorGebruikerId, String soort, String detail) {
		this.gebeurtenissen.save(new CasusGebeurtenis(casusId, this.clock.instant(), doorGebruikerId, soort, detail));
	}

}
