package nl.wijkdossier.casus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wijkdossier.shared.ZrmDomein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The case's rules: invalid transitions are impossible, not just hidden.
 */
class CasusTests {

	private static final LocalDate GEMELD = LocalDate.parse("2026-11-02");

	private static Casus casus(Urgentie urgentie, boolean wmo) {
		return Casus.meld(1L, 10L, urgentie, Kanaal.TELEFOON, "buurvrouw", "Schulden en eenzaamheid",
				List.of(ZrmDomein.SOCIAAL_NETWERK, ZrmDomein.FINANCIEN), wmo, GEMELD,
				Instant.parse("2026-11-02T09:00:00Z"));
	}

	private static void weigert(Runnable actie, String code) {
		assertThatThrownBy(actie::run).isInstanceOf(OngeldigeOvergang.class).hasMessage(code);
	}

	@Test
	void aNewCaseIsAangemeldWithItsDomains() {
		Casus casus = casus(Urgentie.NORMAAL, false);
		assertThat(casus.getStatus()).isEqualTo(Status.AANGEMELD);
		assertThat(casus.getDomeinen()).containsExactlyInAnyOrder(ZrmDomein.SOCIAAL_NETWERK, ZrmDomein.FINANCIEN);
		assertThat(casus.getRegievoerderId()).isNull();
	}

	@Test
	void aCaseNeedsAHulpvraag() {
		weigert(() -> Casus.meld(1L, 10L, Urgentie.NORMAAL, Kanaal.TELEFOON, null, "  ", List.of(), false, GEMELD,
				Instant.now()), "casus.regel.hulpvraagVerplicht");
	}

	@Test
	void aNormalCaseCanWait() {
		Casus casus = casus(Urgentie.NORMAAL, false);
		casus.plaatsOpWachtlijst(null);
		assertThat(casus.getStatus()).isEqualTo(Status.WACHTLIJST);
	}

	@Test
	void aSpoedCaseNeverSimplyWaits() {
		Casus casus = casus(Urgentie.SPOED, false);
		weigert(() -> casus.plaatsOpWachtlijst(null), "casus.regel.spoedWachtNiet");
		weigert(() -> casus.plaatsOpWachtlijst(" "), "casus.regel.spoedWachtNiet");
		assertThat(casus.getStatus()).isEqualTo(Status.AANGEMELD);
		casus.plaatsOpWachtlijst("Crisisdienst betrokken tot maandag");
		assertThat(casus.getStatus()).isEqualTo(Status.WACHTLIJST);
		assertThat(casus.getSpoedUitgesteldReden()).isEqualTo("Crisisdienst betrokken tot maandag");
	}

	@Test
	void onlyAnAangemeldCaseGoesOnTheWachtlijst() {
		Casus casus = casus(Urgentie.NORMAAL, false);
		casus.wijsToe(7L);
		weigert(() -> casus.plaatsOpWachtlijst(null), "casus.regel.alleenAangemeldNaarWachtlijst");
	}

	@Test
	void assigningARegievoerderStartsTheWork() {
		Casus casus = casus(Urgentie.NORMAAL, false);
		casus.plaatsOpWachtlijst(null);
		casus.wijsToe(7L);
		assertThat(casus.getStatus()).isEqualTo(Status.IN_BEHANDELING);
		assertThat(casus.getRegievoerderId()).isEqualTo(7L);
		casus.wijsToe(8L);
		assertThat(casus.getRegievoerderId()).isEqualTo(8L);
	}

	@Test
	void closingNeedsAReasonAndEndsTheWork() {
		Casus casus = casus(Urgentie.NORMAAL, false);
		casus.wijsToe(7L);
		weigert(() -> casus.sluitAf(null, GEMELD), "casus.regel.redenVerplicht");
		weigert(() -> casus.sluitAf(AfsluitReden.DOEL_BEREIKT, GEMELD.minusDays(1)),
				"casus.regel.afsluitenVoorMelding");
		casus.sluitAf(AfsluitReden.DOEL_BEREIKT, GEMELD.plusDays(30));
		assertThat(casus.getStatus()).isEqualTo(Status.AFGESLOTEN);
		weigert(() -> casus.sluitAf(AfsluitReden.ANDERS, GEMELD.plusDays(31)), "casus.regel.alAfgesloten");
		weigert(() -> casus.wijsToe(8L), "casus.regel.afgeslotenEerstHeropenen");
		weigert(() -> casus.verplaatsNaarTeam(11L), "casus.regel.afgeslotenEerstHeropenen");
	}

	@Test
	void reopeningReturnsToTheRegievoerderOrToAangemeld() {
		Casus metRegie = casus(Urgentie.NORMAAL, false);
		metRegie.wijsToe(7L);
		metRegie.sluitAf(AfsluitReden.VERHUISD, GEMELD.plusDays(3));
		metRegie.heropen();
		assertThat(metRegie.getStatus()).isEqualTo(Status.IN_BEHANDELING);
		assertThat(metRegie.getAfsluitreden()).isNull();

		Casus zonderRegie = casus(Urgentie.NORMAAL, false);
		zonderRegie.sluitAf(AfsluitReden.GEEN_HULP_MEER_GEWENST, GEMELD);
		zonderRegie.heropen();
		assertThat(zonderRegie.getStatus()).isEqualTo(Status.AANGEMELD);
		weigert(zonderRegie::heropen, "casus.regel.alleenAfgeslotenHeropenen");
	}

	@Test
	void theFirstContactIsKept() {
		Casus casus = casus(Urgentie.NORMAAL, false);
		casus.registreerContact(GEMELD.plusDays(5));
		casus.registreerContact(GEMELD.plusDays(9));
		assertThat(casus.getEersteContactOp()).isEqualTo(GEMELD.plusDays(5));
	}

	@Test
	void wmoClockActionsNeedAWmoMelding() {
		Casus casus = casus(Urgentie.NORMAAL, false);
		weigert(() -> casus.bevestigOntvangst(GEMELD), "casus.regel.geenWmoMelding");
		weigert(() -> casus.schortOp(GEMELD, null, "wacht op info"), "casus.regel.geenWmoMelding");
		assertThat(casus.wmoKlok(GEMELD)).isNull();
	}

	@Test
	void theClockIsSuspendedOnceWithAReason() {
		Casus casus = casus(Urgentie.NORMAAL, true);
		weigert(() -> casus.schortOp(GEMELD.plusDays(2), null, ""), "casus.regel.redenVerplicht");
		weigert(() -> casus.schortOp(GEMELD.minusDays(1), null, "info"), "casus.regel.datumVoorMelding");
		weigert(() -> casus.schortOp(GEMELD.plusDays(5), GEMELD.plusDays(4), "info"),
				"casus.regel.opschortingEindeVoorBegin");
		casus.schortOp(GEMELD.plusDays(2), null, "Wacht op medische informatie");
		weigert(() -> casus.schortOp(GEMELD.plusDays(20), null, "nog eens"), "casus.regel.eenmaalOpschorten");
		casus.hervatKlok(GEMELD.plusDays(12));
		weigert(() -> casus.hervatKlok(GEMELD.plusDays(13)), "casus.regel.nietOpgeschort");
		assertThat(casus.wmoKlok(GEMELD.plusDays(13)).onderzoek().uiterlijk())
			.isEqualTo(GEMELD.plusWeeks(6).plusDays(10));
	}

	@Test
	void aBeschikkingNeedsAnAanvraagBeforeIt() {
		Casus casus = casus(Urgentie.NORMAAL, true);
		weigert(() -> casus.registreerBeschikking(GEMELD.plusDays(10)), "casus.regel.eerstAanvraag");
		casus.registreerAanvraag(GEMELD.plusDays(10));
		weigert(() -> casus.registreerBeschikking(GEMELD.plusDays(9)), "casus.regel.beschikkingVoorAanvraag");
		casus.registreerBeschikking(GEMELD.plusDays(20));
		assertThat(casus.wmoKlok(GEMELD.plusDays(21)).beschikking().kleur()).isEqualTo(WmoKlok.Kleur.AFGEROND);
	}

	@Test
	void theFirstConversationIsTheFirstContactAndGivesAWaitingCaseItsRegievoerder() {
		Casus casus = casus(Urgentie.NORMAAL, true);
		casus.plaatsOpWachtlijst(null);
		boolean regie = casus.registreerGesprek(GEMELD.plusDays(3), 42L);
		assertThat(regie).isTrue();
		assertThat(casus.getStatus()).isEqualTo(Status.IN_BEHANDELING);
		assertThat(casus.getRegievoerderId()).isEqualTo(42L);
		assertThat(casus.getEersteContactOp()).isEqualTo(GEMELD.plusDays(3));
		assertThat(casus.getOnderzoeksgesprekOp()).isEqualTo(GEMELD.plusDays(3));
	}

	@Test
	void aLaterConversationChangesNeitherRegieNorTheFirstDates() {
		Casus casus = casus(Urgentie.NORMAAL, true);
		casus.registreerGesprek(GEMELD.plusDays(3), 42L);
		boolean regie = casus.registreerGesprek(GEMELD.plusDays(10), 7L);
		assertThat(regie).isFalse();
		assertThat(casus.getRegievoerderId()).isEqualTo(42L);
		assertThat(casus.getEersteContactOp()).isEqualTo(GEMELD.plusDays(3));
		assertThat(casus.getOnderzoeksgesprekOp()).isEqualTo(GEMELD.plusDays(3));
	}

	@Test
	void aConversationByNoMedewerkerOfTheTeamContactsButDoesNotTakeRegie() {
		Casus casus = casus(Urgentie.NORMAAL, false);
		boolean regie = casus.registreerGesprek(GEMELD, null);
		assertThat(regie).isFalse();
		assertThat(casus.getStatus()).isEqualTo(Status.AANGEMELD);
		assertThat(casus.getEersteContactOp()).isEqualTo(GEMELD);
		assertThat(casus.getOnderzoeksgesprekOp()).as("no Wmo melding, no onderzoeksgesprek").isNull();
	}

	@Test
	void aConversationNeitherPrecedesTheMeldingNorHappensOnAClosedCase() {
		Casus casus = casus(Urgentie.NORMAAL, true);
		weigert(() -> casus.registreerGesprek(GEMELD.minusDays(1), 42L), "casus.regel.datumVoorMelding");
		assertThat(casus.getEersteContactOp()).isNull();
		casus.sluitAf(AfsluitReden.DOEL_BEREIKT, GEMELD);
		weigert(() -> casus.registreerGesprek(GEMELD, 42L), "casus.regel.afgeslotenEerstHeropenen");
	}

}
