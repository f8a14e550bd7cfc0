package nl.wijkdossier.overleg;

/**
 * A case to put on an agenda with the question for the team. On the agenda the case is
 * chosen ({@code casusId}), in the dossier the meeting ({@code overlegId}); the other one
 * is given by the page.
 */
record AgendeerForm(Long overlegId, Long casusId, String vraag) {

	static AgendeerForm leeg() {
		return new AgendeerForm(null, null, "");
	}

}
