package nl.wijkdossier.spreekuur;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rules of the session register, without a database, so each can be tested on its
 * own: when the register is open for the staff, which line "undo" takes back, who may
 * correct a line afterwards, and what a valid line is. {@link SessieRegister} applies
 * them inside its transactions.
 */
final class SessieRegisterRegels {

	/**
	 * The register opens half an hour before the session starts: the staff sets up and
	 * the first visitors are often early.
	 */
	static final Duration OPEN_VOOR_BEGIN = Duration.ofMinutes(30);

	/**
	 * It stays open for the staff an hour after the end, to write down the last visitors
	 * once the doors are closed. After that the register is closed: it has become the
	 * record of the session, and only the team's manager corrects it, with a reason.
	 */
	static final Duration OPEN_NA_EINDE = Duration.ofMinutes(60);

	/** The shortest visit worth a line, in minutes. */
	static final int MINIMALE_DUUR = 1;

	/** The longest, in minutes: a whole afternoon session. */
	static final int MAXIMALE_DUUR = 240;

	/** The duration the form starts with: a typical short question at the desk. */
	static final int STANDAARD_DUUR = 10;

	/** The durations offered as one-click choices. */
	static final List<Integer> SNELKEUZES = List.of(5, 10, 15, 30);

	static final int MAXIMALE_NOTITIE = 500;

	static final int MAXIMALE_REDEN = 300;

	private SessieRegisterRegels() {
	}

	/** Where a moment lies relative to the register's opening hours. */
	enum Venster {

		NOG_NIET_OPEN, OPEN, GESLOTEN

	}

	static Instant openVanaf(Instant begintOp) {
		return begintOp.minus(OPEN_VOOR_BEGIN);
	}

	static Instant openTot(Instant eindigtOp) {
		return eindigtOp.plus(OPEN_NA_EINDE);
	}

	/**
	 * Open from {@link #OPEN_VOOR_BEGIN} before the start until {@link #OPEN_NA_EINDE}
	 * after the end, both included.
	 */
	static Venster venster(Instant begintOp, Instant eindigtOp, Instant nu) {
		if (nu.isBefore(openVanaf(begintOp))) {
			return Venster.NOG_NIET_OPEN;
		}
		return nu.isAfter(openTot(eindigtOp)) ? Venster.GESLOTEN : Venster.OPEN;
	}

	/**
	 * Why the staff cannot register a visit now, as a message code; empty when they can.
	 */
	static Optional<String> weigeringRegistreren(String vervaltReden, Venster venster) {
		if (vervaltReden != null) {
			return Optional.of("register.regel.vervalt");
		}
		return switch (venster) {
			case NOG_NIET_OPEN -> Optional.of("register.regel.nogNietOpen");
			case GESLOTEN -> Optional.of("register.regel.gesloten");
			case OPEN -> Optional.empty();
		};
	}

	/** One line of the register as these rules see it. */
	record Lijn(long id, int volgnummer, long geregistreerdDoor, boolean ingetrokken) {
	}

	/**
	 * The line "undo" takes back: the latest line this person registered herself that is
	 * still standing. A colleague's line is never hers to undo, however recent.
	 */
	static Optional<Lijn> laatsteEigen(Collection<Lijn> lijnen, long gebruikerId) {
		return lijnen.stream()
			.filter((lijn) -> lijn.geregistreerdDoor() == gebruikerId && !lijn.ingetrokken())
			.max(Comparator.comparingInt(Lijn::volgnummer));
	}

	/**
	 * Why undoing is refused, as a message code; empty when the line may be taken back.
	 * @param laatsteEigen the line {@link #laatsteEigen} found, if any
	 * @param verwacht the line the user saw as her last (the button names it), or null
	 */
	static Optional<String> weigeringIntrekken(Venster venster, Optional<Lijn> laatsteEigen, Long verwacht) {
		if (venster != Venster.OPEN) {
			return Optional
				.of((venster == Venster.GESLOTEN) ? "register.regel.gesloten" : "register.regel.nogNietOpen");
		}
		if (laatsteEigen.isEmpty()) {
			return Optional.of("register.regel.geenEigenRegel");
		}
		if (verwacht != null && verwacht != laatsteEigen.get().id()) {
			return Optional.of("register.regel.nietLaatste");
		}
		return Optional.empty();
	}

	/**
	 * Why a correction is refused: only a manager of the session's team corrects, never a
	 * withdrawn line, and always with a reason. Empty when it may go ahead.
	 */
	static List<Fout> weigeringCorrectie(boolean managerVanTeam, boolean ingetrokken, String reden) {
		List<Fout> fouten = new ArrayList<>();
		if (!managerVanTeam) {
			fouten.add(Fout.algemeen("register.regel.alleenManager"));
			return fouten;
		}
		if (ingetrokken) {
			fouten.add(Fout.algemeen("register.regel.alIngetrokken"));
			return fouten;
		}
		if (reden == null || reden.isBlank()) {
			fouten.add(new Fout("reden", "register.fout.reden"));
		}
		else if (reden.strip().length() > MAXIMALE_REDEN) {
			fouten.add(new Fout("reden", "register.fout.redenTeLang"));
		}
		return fouten;
	}

	/**
	 * The field rules of a line: a topic and a result, a duration within range, a note of
	 * at most {@link #MAXIMALE_NOTITIE} characters, and for a referral the entry of the
	 * sociale kaart.
	 * @param duurMinuten null when missing or not a whole number
	 */
	static List<Fout> controleer(BezoekOnderwerp onderwerp, BezoekResultaat resultaat, Integer duurMinuten,
			String notitie, Long voorzieningId) {
		List<Fout> fouten = new ArrayList<>();
		if (onderwerp == null) {
			fouten.add(new Fout("onderwerp", "register.fout.onderwerp"));
		}
		if (resultaat == null) {
			fouten.add(new Fout("resultaat", "register.fout.resultaat"));
		}
		if (resultaat == BezoekResultaat.DOORVERWEZEN && voorzieningId == null) {
			fouten.add(new Fout("voorzieningId", "register.fout.voorziening"));
		}
		if (!isGeldigeDuur(duurMinuten)) {
			fouten.add(new Fout("duurMinuten", "register.fout.duur"));
		}
		if (notitie != null && notitie.strip().length() > MAXIMALE_NOTITIE) {
			fouten.add(new Fout("notitie", "register.fout.notitieTeLang"));
		}
		return fouten;
	}

	static boolean isGeldigeDuur(Integer duurMinuten) {
		return duurMinuten != null && duurMinuten >= MINIMALE_DUUR && duurMinuten <= MAXIMALE_DUUR;
	}

	/** A refused field ({@code veld}) or a refusal of the whole action (veld null). */
	record Fout(String veld, String code) {

		static Fout algemeen(String code) {
			return new Fout(null, code);
		}

	}

}
