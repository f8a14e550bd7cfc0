package nl.wijkdossier.gesprek;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The draft this page continues was saved in another window since (a newer version), or
 * is gone (finalised or deleted there). Nothing was stored, so nothing is overwritten;
 * {@link #nieuwste()} is the draft as it stands now, or null when it is gone.
 */
class ConceptVerouderd extends OptimisticLockingFailureException {

	private final transient ConceptKop nieuwste;

	ConceptVerouderd(ConceptKop nieuwste) {
		super((nieuwste != null) ? "concept " + nieuwste.id() + " is intussen elders opgeslagen"
				: "concept bestaat niet meer");
		this.nieuwste = nieuwste;
	}

	ConceptKop nieuwste() {
		return this.nieuwste;
	}

}
