/**
 * Dashboards for the gemeente and managers: figures from intake and cases per city,
 * cluster and team over a chosen period with the previous one beside it, as chart,
 * accessible table and CSV — aggregates only, counted in SQL, small counts suppressed.
 */
@ApplicationModule(displayName = "Dashboards")
package nl.wijkdossier.dashboard;

import org.springframework.modulith.ApplicationModule;
