package nl.wijkdossier.casus;

/**
 * A new case was registered at an intake. Published synchronously inside the intake's
 * transaction, so a listener's change (such as linking the spreekuur visit the intake
 * came from) commits or rolls back with the case itself. Other modules listen; casus
 * depends on none of them.
 *
 * @param casusId the new case
 * @param inwonerId its resident (new or linked)
 * @param teamId the team the case was routed to
 * @param kanaal how the need reached the team
 * @param bezoekId the spreekuur visit the intake started from, or null
 * @param doorGebruikerId who registered the intake
 */
public record AanmeldingGeregistreerd(long casusId, long inwonerId, long teamId, Kanaal kanaal, Long bezoekId,
		long doorGebruikerId) {

}
