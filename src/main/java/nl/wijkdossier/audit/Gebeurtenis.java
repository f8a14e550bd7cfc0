package nl.wijkdossier.audit;

/**
 * What happened to a resident's data. The code is stored; the action follows from it.
 */
public enum Gebeurtenis {

	AANMELDING_GEREGISTREERD(Actie.C), INWONER_BEKEKEN(Actie.R), INWONER_GEWIJZIGD(Actie.U), INWONER_GEZOCHT(Actie.E),
	CASUS_BEKEKEN(Actie.R), CASUS_GEWIJZIGD(Actie.U), WACHTLIJST_BEKEKEN(Actie.R), TOEGANGSLOG_BEKEKEN(Actie.R),
	TOEGANGSLOG_GEEXPORTEERD(Actie.E), GESPREK_CONCEPT_OPGESLAGEN(Actie.U), GESPREK_CONCEPT_BEKEKEN(Actie.R),
	GESPREK_CONCEPT_VERWIJDERD(Actie.D), GESPREK_VASTGELEGD(Actie.C), GESPREK_BEKEKEN(Actie.R),
	GESPREK_GECORRIGEERD(Actie.U), VERSLAG_GEDOWNLOAD(Actie.E), VERSLAG_VERSTUURD(Actie.U), AFSPRAAK_GEWIJZIGD(Actie.U),
	MELDCODE_GEWIJZIGD(Actie.U), VERWIJZING_BEKEKEN(Actie.R), VERWIJZING_AANGEMAAKT(Actie.C),
	VERWIJZING_GEWIJZIGD(Actie.U), WERKLIJST_BEKEKEN(Actie.R), SPREEKUUR_REGISTER_BEKEKEN(Actie.R),
	SPREEKUUR_BEZOEK_GEREGISTREERD(Actie.C), SPREEKUUR_BEZOEK_GECORRIGEERD(Actie.U);

	private final Actie actie;

	Gebeurtenis(Actie actie) {
		this.actie = actie;
	}

	public Actie actie() {
		return this.actie;
	}

}
