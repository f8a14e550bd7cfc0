package nl.wijkdossier.gesprek;

/**
 * Who took part in a conversation besides the wijkwerker. The values are a contract of
 * the form ({@code deelnemers}) and a database check.
 */
public enum GesprekDeelnemer {

	INWONER, MANTELZORGER, FAMILIE, TOLK, CLIENTONDERSTEUNER, ANDERE_PROFESSIONAL;

	public String messageKey() {
		return "gesprek.deelnemer." + name();
	}

}
