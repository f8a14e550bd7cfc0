/**
 * Bezetting: absence of medewerkers (only the type and the period, never a medical
 * detail) and cover (invallen) by colleagues of the same cluster, which widens
 * need-to-know for exactly the period of the inval.
 */
@ApplicationModule(displayName = "Bezetting")
package nl.wijkdossier.bezetting;

import org.springframework.modulith.ApplicationModule;
