package nl.wijkdossier.verwijzing;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kind of a sociale-kaart entry. The informal kinds come first in the referral
 * picker: informal support in the resident's own neighbourhood is the first option to
 * consider (Wmo 2015: eigen kracht and algemene voorzieningen before maatwerk).
 */
public enum VoorzieningSoort {

	INFORMEEL_INITIATIEF, GROEPSACTIVITEIT, VRIJWILLIGERSORGANISATIE, EXPERTISECENTRUM_MANTELZORG, HUISARTS,
	SOCIAAL_STEDELIJK_TEAM, MAATWERKVOORZIENING, OVERIG;

	/** The kinds the picker puts first within each band of nearness. */
	public static final Set<VoorzieningSoort> INFORMEEL = EnumSet.of(INFORMEEL_INITIATIEF, GROEPSACTIVITEIT,
			VRIJWILLIGERSORGANISATIE);

	public boolean isInformeel() {
		return INFORMEEL.contains(this);
	}

	/**
	 * A referral to the Sociaal Stedelijk Team is an escalation: specialism and question.
	 */
	public boolean isSociaalStedelijkTeam() {
		return this == SOCIAAL_STEDELIJK_TEAM;
	}

	public String messageKey() {
		return "socialekaart.soort." + name();
	}

}
