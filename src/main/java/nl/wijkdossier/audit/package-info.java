/**
 * The access log (NEN 7513): every read, search, change, print and export of a resident's
 * data writes one append-only row in the same transaction, and the privacy officer can
 * answer "who looked at my file?".
 */
@ApplicationModule(displayName = "Toegangslog")
package nl.wijkdossier.audit;

import org.springframework.modulith.ApplicationModule;
