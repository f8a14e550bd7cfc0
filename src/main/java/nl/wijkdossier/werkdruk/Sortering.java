package nl.wijkdossier.werkdruk;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/**
 * The columns the caseload per medewerker sorts by ({@code ?sorteer=…&richting=op|af}).
 * Names sort A–Z first, figures highest first; equal rows by team, then name. A row
 * without a figure (a regievoerder from elsewhere has no FTE) always comes last.
 */
enum Sortering {

	NAAM("naam", true, Comparator.comparing(Caseload.Regel::naam, String.CASE_INSENSITIVE_ORDER)),
	TEAM("team", true, Comparator.comparing(Caseload.Regel::teamNaam, String.CASE_INSENSITIVE_ORDER)),
	ACTIEF("actief", false, Comparator.comparingLong((Caseload.Regel r) -> r.cijfers().actief())),
	FTE("fte", false, null), PER_FTE("perFte", false, null),
	NIEUW("nieuw", false, Comparator.comparingLong((Caseload.Regel r) -> r.cijfers().nieuw())),
	AFGESLOTEN("afgesloten", false, Comparator.comparingLong((Caseload.Regel r) -> r.cijfers().afgesloten())),
	AFSPRAKEN("afspraken", false, Comparator.comparingLong((Caseload.Regel r) -> r.cijfers().afsprakenTeLaat())),
	TERMIJNEN("termijnen", false, Comparator.comparingLong((Caseload.Regel r) -> r.cijfers().termijnenInGevaar()));

	static final Sortering STANDAARD = TEAM;

	private static final Comparator<Caseload.Regel> DAARNA = Comparator
		.comparing(Caseload.Regel::teamNaam, String.CASE_INSENSITIVE_ORDER)
		.thenComparing(Caseload.Regel::naam, String.CASE_INSENSITIVE_ORDER)
		.thenComparingLong(Caseload.Regel::medewerkerId);

	private final String sleutel;

	private final boolean standaardOplopend;

	private final Comparator<Caseload.Regel> volgorde;

	Sortering(String sleutel, boolean standaardOplopend, Comparator<Caseload.Regel> volgorde) {
		this.sleutel = sleutel;
		this.standaardOplopend = standaardOplopend;
		this.volgorde = volgorde;
	}

	String sleutel() {
		return this.sleutel;
	}

	boolean isStandaardOplopend() {
		return this.standaardOplopend;
	}

	static Optional<Sortering> van(String sleutel) {
		return Arrays.stream(values()).filter((s) -> s.sleutel.equals(sleutel)).findFirst();
	}

	/** The order of the rows for this column and direction. */
	Comparator<Caseload.Regel> comparator(boolean oplopend) {
		return switch (this) {
			case FTE -> leegLaatst(Caseload.Regel::fte, oplopend);
			case PER_FTE -> leegLaatst(Caseload.Regel::perFte, oplopend);
			default -> (oplopend ? this.volgorde : this.volgorde.reversed()).thenComparing(DAARNA);
		};
	}

	private static Comparator<Caseload.Regel> leegLaatst(Function<Caseload.Regel, BigDecimal> waarde,
			boolean oplopend) {
		Comparator<BigDecimal> getallen = oplopend ? Comparator.naturalOrder() : Comparator.reverseOrder();
		return Comparator.comparing(waarde, Comparator.nullsLast(getallen)).thenComparing(DAARNA);
	}

}
