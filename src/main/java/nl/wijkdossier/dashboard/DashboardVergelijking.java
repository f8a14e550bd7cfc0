package nl.wijkdossier.dashboard;

import java.util.List;
import java.util.Map;

/**
 * Figures that compare the others with something: asked after every
 * {@link DashboardBron}, with the {@link Kengetal}s those attached to their figures, and
 * shown first on the page (the cluster plan's targets against the actual figures). The
 * cells it receives are already suppressed; it must keep them so.
 */
public interface DashboardVergelijking {

	/**
	 * @param bereik whose figures
	 * @param periode the chosen period
	 * @param kengetallen the headline numbers of this page; a missing one was not
	 * computed
	 * @param onderdrukking makes new cells
	 */
	List<Figuur> figuren(Bereik bereik, Periode periode, Map<Kengetal, Cel> kengetallen, Onderdrukking onderdrukking);

}
