/**
 * Cases (casussen): from aanmelding through the wachtlijst to regie and closure, with the
 * Wmo clock, the timeline, need-to-know access (scope in every query) and search.
 */
@ApplicationModule(displayName = "Casus en wachtlijst")
package nl.wijkdossier.casus;

import org.springframework.modulith.ApplicationModule;
