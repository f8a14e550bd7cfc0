package nl.wijkdossier.audit;

/**
 * NEN 7513 action types: create, read, update, delete, execute (search, print, export).
 */
public enum Actie {

	C, R, U, D, E

}
