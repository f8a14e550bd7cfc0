package nl.wijkdossier.casus;

/** How a need reached the team. */
public enum Kanaal {

	TELEFOON, INLOOPSPREEKUUR, HUISARTS, KETENPARTNER, ONLINE, EIGEN_SIGNAAL;

	public String messageKey() {
		return "kanaal." + name();
	}

}
