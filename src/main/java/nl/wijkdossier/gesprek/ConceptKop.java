package nl.wijkdossier.gesprek;

import java.time.Instant;

/** A draft as a list shows it: when it was last saved, and the link to continue it. */
public record ConceptKop(long id, long casusId, Instant opgeslagenOp) {

	public String link() {
		return "/casussen/" + this.casusId + "/gesprekken/nieuw?concept=" + this.id;
	}

}
