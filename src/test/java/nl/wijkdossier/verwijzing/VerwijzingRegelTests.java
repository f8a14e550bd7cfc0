package nl.wijkdossier.verwijzing;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.wijkdossier.verwijzing.Verwijzing.Doel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules of a referral, without Spring: what may be sent and which step may follow.
 */
class VerwijzingRegelTests {

	private static final Instant NU = Instant.parse("2026-03-02T09:00:00Z");

	private static final Doel BUURTKAMER = new Doel(1, "Buurtkamer", VoorzieningSoort.INFORMEEL_INITIATIEF, true);

	private static final Doel SST = new Doel(2, "Sociaal Stedelijk Team", VoorzieningSoort.SOCIAAL_STEDELIJK_TEAM,
			true);

	private static Verwijzing verstuurd() {
		return Verwijzing.verstuur(7, BUURTKAMER, null, "Eenzaam sinds verhuizing", null, null, 3, NU);
	}

	private static Verwijzing geaccepteerd() {
		Verwijzing verwijzing = verstuurd();
		verwijzing.beantwoord(VerwijzingStatus.GEACCEPTEERD, null, 4, NU, true);
		return verwijzing;
	}

	@Test
	void aNewReferralIsSentWithItsReasonTrimmed() {
		Verwijzing verwijzing = Verwijzing.verstuur(7, BUURTKAMER, 12L, "  Eenzaam  ", null, null, 3, NU);
		assertThat(verwijzing.getStatus()).isEqualTo(VerwijzingStatus.VERSTUURD);
		assertThat(verwijzing.getReden()).isEqualTo("Eenzaam");
		assertThat(verwijzing.getGesprekId()).isEqualTo(12L);
		assertThat(verwijzing.isAntwoordGezien()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void aReferralNeedsAReason(String reden) {
		assertThatExceptionOfType(Weigering.class)
			.isThrownBy(() -> Verwijzing.verstuur(7, BUURTKAMER, null, reden, null, null, 3, NU))
			.satisfies((w) -> assertThat(w.fouten()).extracting(Weigering.Fout::veld).containsExactly("reden"));
	}

	@Test
	void aReasonLongerThanTheColumnIsRefused() {
		assertThatExceptionOfType(Weigering.class)
			.isThrownBy(() -> Verwijzing.verstuur(7, BUURTKAMER, null, "x".repeat(1001), null, null, 3, NU))
			.satisfies((w) -> assertThat(w.fouten()).extracting(Weigering.Fout::code)
				.containsExactly("verwijzing.fout.teLang"));
	}

	@Test
	void anInactiveEntryCannotBeReferredTo() {
		Doel gestopt = new Doel(9, "Oude Bieb", VoorzieningSoort.INFORMEEL_INITIATIEF, false);
		assertThatExceptionOfType(Weigering.class)
			.isThrownBy(() -> Verwijzing.verstuur(7, gestopt, null, "Reden", null, null, 3, NU))
			.satisfies((w) -> assertThat(w.fouten()).extracting(Weigering.Fout::veld).containsExactly("voorzieningId"));
	}

	@Test
	void anEscalationToTheSociaalStedelijkTeamNeedsSpecialismAndQuestion() {
		assertThatExceptionOfType(Weigering.class)
			.isThrownBy(() -> Verwijzing.verstuur(7, SST, null, "Complexe situatie", null, " ", 3, NU))
			.satisfies((w) -> assertThat(w.fouten()).extracting(Weigering.Fout::veld)
				.containsExactly("specialisme", "sstVraag"));
		assertThatExceptionOfType(Weigering.class)
			.isThrownBy(() -> Verwijzing.verstuur(7, SST, null, "Complexe situatie", Specialisme.GGZ, null, 3, NU))
			.satisfies((w) -> assertThat(w.fouten()).extracting(Weigering.Fout::veld).containsExactly("sstVraag"));
	}

	@Test
	void anEscalationRecordsSpecialismAndQuestion() {
		Verwijzing verwijzing = Verwijzing.verstuur(7, SST, null, "Complexe situatie", Specialisme.VERSLAVINGSZORG,
				"Is een opname nodig?", 3, NU);
		assertThat(verwijzing.getSpecialisme()).isEqualTo(Specialisme.VERSLAVINGSZORG);
		assertThat(verwijzing.getSstVraag()).isEqualTo("Is een opname nodig?");
	}

	@Test
	void anyOtherEntryDoesNotRecordSpecialismOrQuestion() {
		Verwijzing verwijzing = Verwijzing.verstuur(7, BUURTKAMER, null, "Reden", Specialisme.GGZ, "Vraag", 3, NU);
		assertThat(verwijzing.getSpecialisme()).isNull();
		assertThat(verwijzing.getSstVraag()).isNull();
	}

	@Test
	void everyErrorOfAFormIsReportedAtOnce() {
		assertThat(Verwijzing.fouten(SST, "", null, "")).extracting(Weigering.Fout::veld)
			.containsExactly("reden", "specialisme", "sstVraag");
		assertThat(Verwijzing.fouten(null, "", null, null)).extracting(Weigering.Fout::veld).containsExactly("reden");
	}

	@Test
	void aSentReferralIsAcceptedOrDeclined() {
		Verwijzing geaccepteerd = verstuurd();
		geaccepteerd.beantwoord(VerwijzingStatus.GEACCEPTEERD, "genegeerd", 4, NU, true);
		assertThat(geaccepteerd.getStatus()).isEqualTo(VerwijzingStatus.GEACCEPTEERD);
		assertThat(geaccepteerd.getAfwijsreden()).isNull();

		Verwijzing afgewezen = verstuurd();
		afgewezen.beantwoord(VerwijzingStatus.AFGEWEZEN, " Wachtlijst van acht weken ", 4, NU, true);
		assertThat(afgewezen.getStatus()).isEqualTo(VerwijzingStatus.AFGEWEZEN);
		assertThat(afgewezen.getAfwijsreden()).isEqualTo("Wachtlijst van acht weken");
	}

	@Test
	void aDeclineNeedsItsReason() {
		Verwijzing verwijzing = verstuurd();
		assertThatExceptionOfType(Weigering.class)
			.isThrownBy(() -> verwijzing.beantwoord(VerwijzingStatus.AFGEWEZEN, "  ", 4, NU, true))
			.satisfies((w) -> assertThat(w.fouten()).extracting(Weigering.Fout::veld).containsExactly("afwijsreden"));
		assertThat(verwijzing.getStatus()).isEqualTo(VerwijzingStatus.VERSTUURD);
	}

	@ParameterizedTest
	@EnumSource(value = VerwijzingStatus.class, names = { "VERSTUURD", "AFGEROND" })
	void anAnswerIsAcceptedOrDeclinedNothingElse(VerwijzingStatus antwoord) {
		Verwijzing verwijzing = verstuurd();
		assertThatExceptionOfType(Weigering.class).isThrownBy(() -> verwijzing.beantwoord(antwoord, null, 4, NU, true))
			.satisfies((w) -> assertThat(w.fouten()).extracting(Weigering.Fout::veld).containsExactly("antwoord"));
		assertThatExceptionOfType(Weigering.class).isThrownBy(() -> verwijzing.beantwoord(null, null, 4, NU, true));
		assertThat(verwijzing.getStatus()).isEqualTo(VerwijzingStatus.VERSTUURD);
	}

	@Test
	void aReferralIsAnsweredOnlyOnce() {
		Verwijzing verwijzing = geaccepteerd();
		assertThatExceptionOfType(Weigering.class)
			.isThrownBy(() -> verwijzing.beantwoord(VerwijzingStatus.AFGEWEZEN, "Toch niet", 4, NU, true))
			.satisfies((w) -> assertThat(w.fouten().get(0).code())
				.isEqualTo("verwijzing.regel.alleenVerstuurdBeantwoorden"));
		assertThat(verwijzing.getStatus()).isEqualTo(VerwijzingStatus.GEACCEPTEERD);
	}

	@Test
	void anAcceptedReferralIsClosedWithFeedback() {
		Verwijzing verwijzing = geaccepteerd();
		verwijzing.rondAf(" Gaat wekelijks naar de buurtkamer ", 4, NU, true);
		assertThat(verwijzing.getStatus()).isEqualTo(VerwijzingStatus.AFGEROND);
		assertThat(verwijzing.getTerugkoppeling()).isEqualTo("Gaat wekelijks naar de buurtkamer");
	}

	@Test
	void closingNeedsFeedback() {
		Verwijzing verwijzing = geaccepteerd();
		assertThatExceptionOfType(Weigering.class).isThrownBy(() -> verwijzing.rondAf("", 4, NU, true))
			.satisfies(
					(w) -> assertThat(w.fouten()).extracting(Weigering.Fout::veld).containsExactly("terugkoppeling"));
		assertThat(verwijzing.getStatus()).isEqualTo(VerwijzingStatus.GEACCEPTEERD);
	}

	@Test
	void onlyAnAcceptedReferralCanBeClosed() {
		Verwijzing verstuurd = verstuurd();
		assertThatExceptionOfType(Weigering.class).isThrownBy(() -> verstuurd.rondAf("Klaar", 4, NU, true));
		assertThat(verstuurd.getStatus()).isEqualTo(VerwijzingStatus.VERSTUURD);

		Verwijzing afgewezen = verstuurd();
		afgewezen.beantwoord(VerwijzingStatus.AFGEWEZEN, "Vol", 4, NU, true);
		assertThatExceptionOfType(Weigering.class).isThrownBy(() -> afgewezen.rondAf("Klaar", 4, NU, true));

		Verwijzing afgerond = geaccepteerd();
		afgerond.rondAf("Klaar", 4, NU, true);
		assertThatExceptionOfType(Weigering.class).isThrownBy(() -> afgerond.rondAf("Nogmaals", 4, NU, true));
		assertThat(afgerond.getTerugkoppeling()).isEqualTo("Klaar");
	}

	@Test
	void anAnswerRecordedBySomeoneElseIsNewUntilSeen() {
		Verwijzing verwijzing = verstuurd();
		verwijzing.beantwoord(VerwijzingStatus.GEACCEPTEERD, null, 4, NU, false);
		assertThat(verwijzing.isAntwoordGezien()).isFalse();
		verwijzing.markeerGezien();
		assertThat(verwijzing.isAntwoordGezien()).isTrue();
		verwijzing.rondAf("Klaar", 4, NU, false);
		assertThat(verwijzing.isAntwoordGezien()).isFalse();
	}

	@Test
	void theInformalKindsAreTheFirstThree() {
		assertThat(VoorzieningSoort.INFORMEEL).containsExactlyInAnyOrder(VoorzieningSoort.INFORMEEL_INITIATIEF,
				VoorzieningSoort.GROEPSACTIVITEIT, VoorzieningSoort.VRIJWILLIGERSORGANISATIE);
		assertThat(VoorzieningSoort.HUISARTS.isInformeel()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "https://www.polderstad.example/taalcafe", "http://buurtkamer.nl", "HTTPS://Voorbeeld.NL" })
	void aWebAddressIsAnHttpUrlWithAHostName(String adres) {
		assertThat(VoorzieningForm.isWebadres(adres)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "www.voorbeeld.nl", "ftp://voorbeeld.nl", "https://localhost", "javascript:alert(1)",
			"https://", "https://voorbeeld.", "niets" })
	void otherAddressesAreNoWebAddress(String adres) {
		assertThat(VoorzieningForm.isWebadres(adres)).isFalse();
	}

	@Test
	void aSearchTextIsMatchedLiterally() {
		assertThat(SocialeKaart.patroon("50%_k\\")).isEqualTo("%50\\%\\_k\\\\%");
		assertThat(SocialeKaart.patroon("  ")).isNull();
	}

}
