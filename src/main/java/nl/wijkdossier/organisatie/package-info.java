/**
 * The organisation: convenantpartners, clusters, wijkteams with their werkgebied (PC4
 * postcodes) and medewerkers. Answers "which team serves this postcode?" and "which teams
 * may this person see?" for every other module.
 */
@ApplicationModule(displayName = "Organisatie")
package nl.wijkdossier.organisatie;

import org.springframework.modulith.ApplicationModule;
