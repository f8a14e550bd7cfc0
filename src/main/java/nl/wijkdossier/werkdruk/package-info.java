/**
 * Werkdruk: the caseload of the manager's teams per medewerker and per team against a
 * caseload norm per FTE, what needs the manager's attention now, and a wijkwerker's own
 * numbers. Counts only, computed in a few grouped queries; no resident's data.
 */
@ApplicationModule(displayName = "Werkdruk")
package nl.wijkdossier.werkdruk;

import org.springframework.modulith.ApplicationModule;
