/**
 * Clusterplan: per cluster the plan the gemeente adopts — a vision on the work (visie),
 * the main tasks (opgaven) and the intended development — with its targets
 * (streefwaarden) such as a maximum median wait or a minimum share of informal referrals.
 * Every save is a new version; nothing is overwritten. The dashboards read the current
 * plan ({@link nl.wijkdossier.clusterplan.Clusterplannen}) and compare a figure with its
 * target ({@link nl.wijkdossier.clusterplan.Streefwaarden}); policy text and numbers
 * only, never a resident.
 */
@ApplicationModule(displayName = "Clusterplan")
package nl.wijkdossier.clusterplan;

import org.springframework.modulith.ApplicationModule;
