package nl.wijkdossier.spreekuur;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Reads the times and dates people type or a browser's date and time fields send: 9:00,
 * 09.30, 14:00; 2026-12-24 or 24-12-2026. Anything else is empty, and the form says so
 * next to the field.
 */
final class SpreekuurInvoer {

	private static final List<DateTimeFormatter> TIJDEN = List.of(DateTimeFormatter.ofPattern("H:mm"),
			DateTimeFormatter.ofPattern("H.mm"), DateTimeFormatter.ofPattern("H:mm:ss"));

	private static final List<DateTimeFormatter> DATUMS = List.of(
			DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT));

	private SpreekuurInvoer() {
	}

	static boolean isLeeg(String tekst) {
		return tekst == null || tekst.isBlank();
	}

	static Optional<LocalTime> tijd(String tekst) {
		if (isLeeg(tekst)) {
			return Optional.empty();
		}
		for (DateTimeFormatter formaat : TIJDEN) {
			try {
				return Optional.of(LocalTime.parse(tekst.strip(), formaat));
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing it
			}
		}
		return Optional.empty();
	}

	static Optional<LocalDate> datum(String tekst) {
		if (isLeeg(tekst)) {
			return Optional.empty();
		}
		for (DateTimeFormatter formaat : DATUMS) {
			try {
				return Optional.of(LocalDate.parse(tekst.strip(), formaat));
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing it
			}
		}
		return Optional.empty();
	}

	/** A time as the time field shows it: 09:00. */
	static String tekst(LocalTime tijd) {
		return (tijd != null) ? tijd.format(DateTimeFormatter.ofPattern("HH:mm")) : "";
	}

	/** A date as the date field takes it: 2026-12-24. */
	static String tekst(LocalDate datum) {
		return (datum != null) ? datum.toString() : "";
	}

}
