/**
 * Spreekuren: walk-in and administrative consultation hours per team — the schedule and
 * the sessions generated from it, who is on duty, the visitor register, the public
 * timetable and the overview for managers.
 */
@ApplicationModule(displayName = "Spreekuren")
package nl.wijkdossier.spreekuur;

import org.springframework.modulith.ApplicationModule;
