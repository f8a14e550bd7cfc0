/**
 * Residents (inwoners): one record per person across all convenantpartners, found again
 * by BSN, by name and birth date, or by address and birth date before a new one is made.
 * Who may see a resident is decided by her cases (module casus); this module never
 * decides access itself.
 */
@ApplicationModule(displayName = "Inwoners")
package nl.wijkdossier.inwoner;

import org.springframework.modulith.ApplicationModule;
