package nl.wijkdossier.gesprek;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.wijkdossier.casus.CasusKop;
import nl.wijkdossier.shared.ZrmDomein;

/**
 * What the conversation form shows besides the form itself: the case head, the user's
 * other drafts on the case ("Verder met concept van …"), the latest ZRM score per domain
 * from earlier conversations, and when the draft being continued was last saved (null for
 * a new conversation).
 */
public record GesprekFormulier(CasusKop kop, GesprekForm form, List<ConceptKop> concepten,
		Map<ZrmDomein, Integer> vorige, Instant opgeslagenOp) {

	public GesprekFormulier {
		concepten = List.copyOf(concepten);
		vorige = Map.copyOf(vorige);
	}

}
