/**
 * The sociale kaart (organisations and initiatives, managed by functioneel beheer) and
 * referrals (verwijzingen) from a case to them, including escalation to the Sociaal
 * Stedelijk Team.
 */
@ApplicationModule(displayName = "Verwijzingen en sociale kaart")
package nl.wijkdossier.verwijzing;

import org.springframework.modulith.ApplicationModule;
