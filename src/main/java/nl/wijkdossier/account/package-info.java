/**
 * Accounts, roles, login and the security of every request: who may log in, with which
 * role, and the headers, CSRF and throttling that protect them.
 */
@ApplicationModule(displayName = "Accounts en beveiliging", allowedDependencies = "shared")
package nl.wijkdossier.account;

import org.springframework.modulith.ApplicationModule;
