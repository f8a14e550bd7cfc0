package nl.wijkdossier.spreekuur;

/**
 * Someone on duty in a session: a medewerker (with her team) or a volunteer (name and
 * organisation; volunteers have no login).
 */
public record SpreekuurDienst(long id, Long medewerkerId, String naam, String organisatie, boolean vrijwilliger) {

}
