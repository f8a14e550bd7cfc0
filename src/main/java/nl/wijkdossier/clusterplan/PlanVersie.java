package nl.wijkdossier.clusterplan;

import java.time.Instant;

/** One line of a plan's history: which version, adopted when and by whom. */
public record PlanVersie(int versie, Instant vastgesteldOp, String vastgesteldDoor, int aantalStreefwaarden) {

}
