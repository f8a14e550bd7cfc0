package nl.wijkdossier.gesprek;

import java.time.Instant;

/**
 * Where a draft stands after a save: its id and version (the page sends them with the
 * next save) and when it was saved.
 */
public record ConceptStand(long id, long version, Instant opgeslagenOp) {

}
