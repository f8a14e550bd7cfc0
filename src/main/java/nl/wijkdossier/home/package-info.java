/**
 * The home page: what each role needs first when it logs in.
 */
@ApplicationModule(displayName = "Home")
package nl.wijkdossier.home;

import org.springframework.modulith.ApplicationModule;
