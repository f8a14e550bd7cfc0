/**
 * What every module shares: the layout and error pages, value objects such as
 * {@link nl.wijkdossier.shared.Postcode}, and the database the app runs on.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.wijkdossier.shared;

import org.springframework.modulith.ApplicationModule;
