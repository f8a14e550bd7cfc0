/**
 * Maatwerkbudget: per team per year the budget for custom solutions (set by the
 * gemeente), the spending recorded on a case (amount, category, date, short reason, in
 * the dossier; withdrawn with a reason, never deleted), and budget, spent and remaining
 * per team and cluster as aggregates, for the gemeente without any case link.
 */
@ApplicationModule(displayName = "Maatwerkbudget")
package nl.wijkdossier.budget;

import org.springframework.modulith.ApplicationModule;
