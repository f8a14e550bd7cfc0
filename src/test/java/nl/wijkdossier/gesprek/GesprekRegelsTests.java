package nl.wijkdossier.gesprek;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wijkdossier.shared.ZrmDomein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of a conversation as plain Java: what "Vastleggen" requires, the ZRM and
 * EDIZ-plus ranges and thresholds, the dates, the agreements, the signals and what a
 * correction requires.
 */
class GesprekRegelsTests {

	private static final LocalDate VANDAAG = LocalDate.of(2026, 3, 31);

	private static final LocalDate GEMELD = LocalDate.of(2026, 2, 28);

	@Test
	void aCompleteFormBecomesAConversation() {
		GesprekForm form = geldig();
		form.getZrmScore().put("FINANCIEN", "3");
		form.getZrmDoel().put("FINANCIEN", "4");
		form.getAfspraken().add(afspraak("Post samen openen", "WIJKWERKER", null, "2026-04-07"));
		form.setMantelzorgerAanwezig(true);
		form.setMantelzorgerNaam("Joke");
		form.setMantelzorgerRelatie("dochter");
		form.setEdizScore("9");
		GesprekRegels.Controle controle = GesprekRegels.controleer(form, GEMELD, VANDAAG);
		assertThat(controle.fouten()).isEmpty();
		Gesprek gesprek = controle.gesprek();
		assertThat(gesprek.datum()).isEqualTo(VANDAAG);
		assertThat(gesprek.locatie()).isEqualTo(GesprekLocatie.THUIS);
		assertThat(gesprek.deelnemers()).containsExactly(GesprekDeelnemer.INWONER);
		assertThat(gesprek.zrm()).containsExactly(new Gesprek.ZrmScore(ZrmDomein.FINANCIEN, 3, 4));
		assertThat(gesprek.afspraken()).containsExactly(new GesprekAfspraak("Post samen openen",
				GesprekAfspraak.Wie.WIJKWERKER, null, LocalDate.of(2026, 4, 7)));
		assertThat(gesprek.mantelzorger().isOverbelast()).isTrue();
	}

	@Test
	void theReportIsRequiredAndStoredWithPlainLineEnds() {
		GesprekForm form = geldig();
		form.setVerslag("   \r\n ");
		assertThat(fouten(form)).containsExactly(new GesprekRegels.Fout("verslag", "gesprek.fout.verslag.verplicht"));
		form.setVerslag("  Eerste regel\r\nTweede regel  ");
		assertThat(GesprekRegels.controleer(form, GEMELD, VANDAAG).gesprek().verslag())
			.isEqualTo("Eerste regel\nTweede regel");
	}

	@Test
	void zrmScoresLieBetweenOneAndFive() {
		for (String score : List.of("0", "6", "-1", "drie", "3.5")) {
			GesprekForm form = geldig();
			form.getZrmScore().put("HUISVESTING", score);
			assertThat(fouten(form)).as(score)
				.containsExactly(new GesprekRegels.Fout("zrmScore[HUISVESTING]", "gesprek.fout.zrm.score"));
		}
		for (String score : List.of("1", "5")) {
			GesprekForm form = geldig();
			form.getZrmScore().put("HUISVESTING", score);
			assertThat(fouten(form)).as(score).isEmpty();
		}
	}

	@Test
	void aTargetLiesBetweenOneAndFiveAndNeedsAScore() {
		GesprekForm form = geldig();
		form.getZrmDoel().put("FINANCIEN", "4");
		assertThat(fouten(form))
			.containsExactly(new GesprekRegels.Fout("zrmDoel[FINANCIEN]", "gesprek.fout.zrm.doelZonderScore"));
		form.getZrmScore().put("FINANCIEN", "2");
		form.getZrmDoel().put("FINANCIEN", "7");
		assertThat(fouten(form)).containsExactly(new GesprekRegels.Fout("zrmDoel[FINANCIEN]", "gesprek.fout.zrm.doel"));
	}

	@Test
	void unscoredDomainsStayEmpty() {
		GesprekForm form = geldig();
		form.getZrmScore().put("FINANCIEN", "");
		form.getZrmScore().put("JUSTITIE", "4");
		form.getZrmDoel().put("FINANCIEN", " ");
		assertThat(GesprekRegels.controleer(form, GEMELD, VANDAAG).gesprek().zrm())
			.containsExactly(new Gesprek.ZrmScore(ZrmDomein.JUSTITIE, 4, null));
	}

	@Test
	void anUnknownDomainIsRefused() {
		GesprekForm form = geldig();
		form.getZrmScore().put("ALLES", "3");
		assertThat(fouten(form)).containsExactly(new GesprekRegels.Fout(null, "gesprek.fout.zrm.domein"));
	}

	@Test
	void edizPlusLiesBetweenZeroAndFifteenAndNineIsOverloaded() {
		for (String score : List.of("-1", "16", "veel")) {
			GesprekForm form = metMantelzorger(score);
			assertThat(fouten(form)).as(score)
				.containsExactly(new GesprekRegels.Fout("edizScore", "gesprek.fout.ediz"));
		}
		assertThat(mantelzorger("0").isOverbelast()).isFalse();
		assertThat(mantelzorger("8").isOverbelast()).isFalse();
		assertThat(mantelzorger("9").isOverbelast()).isTrue();
		assertThat(mantelzorger("15").isOverbelast()).isTrue();
		assertThat(mantelzorger("").isOverbelast()).isFalse();
		assertThat(GesprekRegels.isOverbelast(null)).isFalse();
	}

	@Test
	void aMantelzorgerHasANameAndIsTickedWhenHerDetailsAreGiven() {
		GesprekForm form = geldig();
		form.setMantelzorgerAanwezig(true);
		assertThat(fouten(form))
			.containsExactly(new GesprekRegels.Fout("mantelzorgerNaam", "gesprek.fout.mantelzorger.naam"));
		GesprekForm nietAangevinkt = geldig();
		nietAangevinkt.setMantelzorgerNaam("Joke");
		assertThat(fouten(nietAangevinkt)).containsExactly(
				new GesprekRegels.Fout("mantelzorgerAanwezig", "gesprek.fout.mantelzorger.nietAangevinkt"));
	}

	@Test
	void aVolunteerIsWantedForSomething() {
		GesprekForm form = geldig();
		form.setVrijwilligerGewenst(true);
		assertThat(fouten(form))
			.containsExactly(new GesprekRegels.Fout("vrijwilligerWaarvoor", "gesprek.fout.vrijwilliger.waarvoor"));
		form.setVrijwilligerWaarvoor("Boodschappen op zaterdag");
		assertThat(GesprekRegels.controleer(form, GEMELD, VANDAAG).gesprek().vrijwilligerWaarvoor())
			.isEqualTo("Boodschappen op zaterdag");
	}

	@Test
	void theDateIsRequiredRealNotInTheFutureAndNotBeforeTheMelding() {
		GesprekForm form = geldig();
		form.setDatum("");
		assertThat(fouten(form)).containsExactly(new GesprekRegels.Fout("datum", "gesprek.fout.datum.verplicht"));
		form.setDatum("31-03-2026");
		assertThat(fouten(form)).containsExactly(new GesprekRegels.Fout("datum", "gesprek.fout.datum.ongeldig"));
		form.setDatum("2026-04-01");
		assertThat(fouten(form)).containsExactly(new GesprekRegels.Fout("datum", "gesprek.fout.datum.toekomst"));
		form.setDatum("2026-02-27");
		assertThat(fouten(form))
			.containsExactly(new GesprekRegels.Fout("datum", "gesprek.fout.datum.voorMelding", "28-02-2026"));
		form.setDatum("2026-02-28");
		assertThat(fouten(form)).isEmpty();
	}

	@Test
	void placeAndAtLeastOneParticipantAreRequired() {
		GesprekForm form = geldig();
		form.setLocatie("");
		form.setDeelnemers(List.of());
		assertThat(fouten(form)).containsExactly(new GesprekRegels.Fout("locatie", "gesprek.fout.locatie.verplicht"),
				new GesprekRegels.Fout("deelnemers", "gesprek.fout.deelnemers.verplicht"));
		form.setLocatie("KANTOOR");
		form.setDeelnemers(List.of("INWONER", "BUURMAN"));
		assertThat(fouten(form)).containsExactly(new GesprekRegels.Fout("locatie", "gesprek.fout.keuzeOngeldig"),
				new GesprekRegels.Fout("deelnemers", "gesprek.fout.keuzeOngeldig"));
	}

	@Test
	void anAgreementWithAPartnerNamesThePartnerAndIsNotDueBeforeTheConversation() {
		GesprekForm form = geldig();
		form.getAfspraken().add(afspraak("Aanvraag indienen", "PARTNER", " ", null));
		form.getAfspraken().add(afspraak("Bellen", "INWONER", null, "2026-03-30"));
		form.getAfspraken().add(afspraak("", "", null, null));
		form.getAfspraken().add(afspraak("", "WIJKWERKER", null, "2026-04-10"));
		assertThat(fouten(form)).containsExactly(
				new GesprekRegels.Fout("afspraken[0].partner", "gesprek.fout.afspraak.partner"),
				new GesprekRegels.Fout("afspraken[1].deadline", "gesprek.fout.afspraak.deadlineVoorGesprek"),
				new GesprekRegels.Fout("afspraken[3].omschrijving", "gesprek.fout.afspraak.omschrijving"));
	}

	@Test
	void emptyAgreementRowsAreIgnoredAndAPartnerIsKeptOnlyForAPartner() {
		GesprekForm form = geldig();
		form.getAfspraken().add(afspraak(" ", "INWONER", null, null));
		form.getAfspraken().add(afspraak("Schuldhulp aanmelden", "PARTNER", "Schuldhulp Polderstad", null));
		form.getAfspraken().add(afspraak("Huisarts bellen", "INWONER", "Genegeerd", ""));
		assertThat(GesprekRegels.controleer(form, GEMELD, VANDAAG).gesprek().afspraken()).containsExactly(
				new GesprekAfspraak("Schuldhulp aanmelden", GesprekAfspraak.Wie.PARTNER, "Schuldhulp Polderstad", null),
				new GesprekAfspraak("Huisarts bellen", GesprekAfspraak.Wie.INWONER, null, null));
	}

	@Test
	void textsStayWithinTheirColumns() {
		GesprekForm form = geldig();
		form.setDeelnemersToelichting("x".repeat(301));
		form.setMantelzorgerAanwezig(true);
		form.setMantelzorgerNaam("n".repeat(121));
		form.getAfspraken().add(afspraak("o".repeat(501), "INWONER", null, null));
		assertThat(fouten(form)).containsExactly(
				new GesprekRegels.Fout("deelnemersToelichting", "gesprek.fout.teLang", 300),
				new GesprekRegels.Fout("afspraken[0].omschrijving", "gesprek.fout.teLang", 500),
				new GesprekRegels.Fout("mantelzorgerNaam", "gesprek.fout.teLang", 120));
	}

	@Test
	void aCorrectionHasAReasonAndChangesSomething() {
		assertThat(GesprekRegels.controleerCorrectie(" ", "Nieuw", null, "Oud", null).fouten())
			.containsExactly(new GesprekRegels.Fout("reden", "gesprek.fout.correctie.reden"));
		assertThat(GesprekRegels.controleerCorrectie("Tikfout", "Oud\r\n", "", "Oud", null).fouten())
			.containsExactly(new GesprekRegels.Fout("verslag", "gesprek.fout.correctie.ongewijzigd"));
		assertThat(GesprekRegels.controleerCorrectie("Tikfout", "", null, "Oud", null).fouten())
			.containsExactly(new GesprekRegels.Fout("verslag", "gesprek.fout.verslag.verplicht"));
		GesprekRegels.CorrectieControle notitie = GesprekRegels.controleerCorrectie("Aanvulling", "Oud", "Let op hond",
				"Oud", null);
		assertThat(notitie.fouten()).isEmpty();
		assertThat(notitie.interneNotitie()).isEqualTo("Let op hond");
	}

	@Test
	void theConversationGuardsItsInvariants() {
		assertThatThrownBy(() -> new Gesprek.ZrmScore(ZrmDomein.FINANCIEN, 6, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Gesprek.ZrmScore(ZrmDomein.FINANCIEN, 3, 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Gesprek.Mantelzorger("Joke", null, 16))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new GesprekAfspraak("Bellen", GesprekAfspraak.Wie.PARTNER, null, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theFirstLineOfAReportIsShortened() {
		assertThat(GesprekkenOverzicht.eersteRegel("\n  Eerste regel \nTweede")).isEqualTo("Eerste regel");
		assertThat(GesprekkenOverzicht.eersteRegel("a".repeat(400))).hasSize(GesprekkenOverzicht.EERSTE_REGEL)
			.endsWith("\u2026");
	}

	private static List<GesprekRegels.Fout> fouten(GesprekForm form) {
		return GesprekRegels.controleer(form, GEMELD, VANDAAG).fouten();
	}

	private static GesprekForm metMantelzorger(String ediz) {
		GesprekForm form = geldig();
		form.setMantelzorgerAanwezig(true);
		form.setMantelzorgerNaam("Joke");
		form.setEdizScore(ediz);
		return form;
	}

	private static Gesprek.Mantelzorger mantelzorger(String ediz) {
		return GesprekRegels.controleer(metMantelzorger(ediz), GEMELD, VANDAAG).gesprek().mantelzorger();
	}

	static GesprekForm.AfspraakRij afspraak(String omschrijving, String wie, String partner, String deadline) {
		GesprekForm.AfspraakRij rij = new GesprekForm.AfspraakRij();
		rij.setOmschrijving(omschrijving);
		rij.setWie(wie);
		rij.setPartner(partner);
		rij.setDeadline(deadline);
		return rij;
	}

	private static GesprekForm geldig() {
		GesprekForm form = new GesprekForm();
		form.setDatum(VANDAAG.toString());
		form.setLocatie("THUIS");
		form.setDeelnemers(new java.util.ArrayList<>(List.of("INWONER")));
		form.setVerslag("Mevrouw vertelt over de post die zich opstapelt.");
		return form;
	}

}
