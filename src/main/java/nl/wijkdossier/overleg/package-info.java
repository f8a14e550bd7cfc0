/**
 * Casuïstiekoverleg: the case discussion meetings of a team — planning a meeting, putting
 * a case on its agenda with a question for the team, and recording per case the
 * discussion, the decision and who follows it up. The agenda shows each attendee only the
 * cases she may see; an escalation decision creates the Sociaal Stedelijk Team referral.
 */
@ApplicationModule(displayName = "Casuïstiekoverleg")
package nl.wijkdossier.overleg;

import org.springframework.modulith.ApplicationModule;
