package nl.wijkdossier.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * A source of dashboard figures, implemented as a bean by any module that has figures to
 * show (intake and cases here; budgets, plan targets elsewhere). The dashboard asks every
 * source, in {@code @Order}, for the figures of a {@link Bereik} over a {@link Periode}
 * and shows them all the same way: chart, table, CSV.
 *
 * <p>
 * Rules for a source: count in SQL with {@code team_id = any(:teams)} over indexed
 * columns in a constant number of statements (never load cases into Java — a
 * StatementTeller test guards the page); make every cell with {@link Onderdrukking};
 * never return a name, an address, a date of birth, a BSN, free text or a case id.
 */
public interface DashboardBron {

	/**
	 * @param bereik whose figures
	 * @param periode the chosen period; {@code periode.vorige()} to compare with
	 * @param vandaag today in Europe/Amsterdam, for figures "as of now"
	 * @param onderdrukking makes the cells
	 */
	List<Figuur> figuren(Bereik bereik, Periode periode, LocalDate vandaag, Onderdrukking onderdrukking);

}
