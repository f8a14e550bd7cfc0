/**
 * Demo data: a fictional but plausible city, loaded into an empty database in embedded
 * mode (or wherever {@code wijkdossier.demo-data=true}). Deterministic: the same seed
 * gives the same city, people and accounts.
 */
@ApplicationModule(displayName = "Demodata")
package nl.wijkdossier.demo;

import org.springframework.modulith.ApplicationModule;
