package nl.wijkdossier.gesprek;

/**
 * Where a conversation took place. The keukentafelgesprek is usually at the resident's
 * home; the values are a contract of the form ({@code locatie}) and a database check.
 */
public enum GesprekLocatie {

	THUIS, WIJKTEAMLOCATIE, TELEFONISCH, VIDEO, ELDERS;

	public String messageKey() {
		return "gesprek.locatie." + name();
	}

}
