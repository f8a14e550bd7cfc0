package nl.wijkdossier.overleg;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Reads the dates and times people type or a browser's date and time fields send:
 * 2026-12-24 or 24-12-2026; 9:00, 09.30, 14:00. Anything else is empty, and the form says
 * so next to the field.
 */
final class OverlegInvoer {

	private static final List<DateTimeFormatter> TIJDEN = List.of(DateTimeFormatter.ofPattern("H:mm"),
			DateTimeFormatter.ofPattern("H.mm"), DateTimeFormatter.ofPattern("H:mm:ss"));

	private static final List<DateTimeFormatter> DATUMS = List.of(
			DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT));

	private OverlegInvoer() {
	}

	static boolean isLeeg(String tekst) {
		return tekst == null || tekst.isBlank();
	}

	static Optional<LocalTime> tijd(String tekst) {
		return lees(tekst, TIJDEN, LocalTime::parse);
	}

	static Optional<LocalDate> datum(String tekst) {
		return lees(tekst, DATUMS, LocalDate::parse);
	}

	/** Text without its surrounding blanks; empty text is none. */
	static String tekst(String tekst) {
		return isLeeg(tekst) ? null : tekst.strip();
	}

	private static <T> Optional<T> lees(String tekst, List<DateTimeFormatter> formaten, Lezer<T> lezer) {
		if (isLeeg(tekst)) {
			return Optional.empty();
		}
		for (DateTimeFormatter formaat : formaten) {
			try {
				return Optional.of(lezer.lees(tekst.strip(), formaat));
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing it
			}
		}
		return Optional.empty();
	}

	@FunctionalInterface
	private interface Lezer<T> {

		T lees(String tekst, DateTimeFormatter formaat);

	}

}
