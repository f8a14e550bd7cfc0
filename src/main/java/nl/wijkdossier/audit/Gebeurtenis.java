package nl.wijkdossier.audit;

/**
 * What happened to a resident's data. The code is stored; the action follows from it.
 */
public enum Gebeurtenis {

	AANMELDING_GEREGISTREERD(Actie.C), INWONER_BEKEKEN(Actie.R), INWONER_GEWIJZIGD(Actie.U), INWONER_GEZOCHT(Actie.E),
	CASUS_BEKEKEN(Actie.R), CASUS_GEWIJZIGD(Actie.U), WACHTLIJST_BEKEKEN(Actie.R), TOEGANGSLOG_BEKEKEN(Actie.R),
	TOEGANGSLOG_GEEXPORTEERD(Actie.E);

	private final Actie actie;

	Gebeurtenis(Actie actie) {
		this.actie = actie;
	}

	public Actie actie() {
		return this.actie;
	}

}
