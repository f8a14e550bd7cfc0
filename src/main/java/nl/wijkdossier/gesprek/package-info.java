/**
 * The keukentafelgesprek: the conversation report with the Wmo onderzoek items, ZRM
 * scores, agreements (afspraken) and signals (mantelzorger with EDIZ-plus, volunteer, the
 * meldcode huiselijk geweld); drafts that autosave, finalising and corrections, and the
 * resident's report as a PDF.
 */
@ApplicationModule(displayName = "Keukentafelgesprek")
package nl.wijkdossier.gesprek;

import org.springframework.modulith.ApplicationModule;
