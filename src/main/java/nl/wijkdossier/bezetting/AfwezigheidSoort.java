package nl.wijkdossier.bezetting;

/**
 * Why someone is away. Deliberately coarse: ZIEKTE says nothing about the illness, and
 * only she and her manager see which type it is.
 */
public enum AfwezigheidSoort {

	VAKANTIE, ZIEKTE, VERLOF, OPLEIDING;

	public String messageKey() {
		return "afwezigheid.soort." + name();
	}

}
