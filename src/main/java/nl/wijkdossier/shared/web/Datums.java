package nl.wijkdossier.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import nl.wijkdossier.shared.ClockConfiguration;

/**
 * Dates and times as a person in the Netherlands reads them: days as 23-11-2026, moments
 * as 23-11-2026 14:05 in Europe/Amsterdam. Templates call it as {@code @datums}.
 */
@Component("datums")
public class Datums {

	private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
		.withZone(ClockConfiguration.ZONE);

	public static String dag(LocalDate dag) {
		return (dag != null) ? DAG.format(dag) : "";
	}

	public static String moment(Instant moment) {
		return (moment != null) ? MOMENT.format(moment) : "";
	}

	/** For templates: {@code ${@datums.datum(d)}}. */
	public String datum(LocalDate dag) {
		return dag(dag);
	}

	/** For templates: {@code ${@datums.tijdstip(i)}}. */
	public String tijdstip(Instant moment) {
		return moment(moment);
	}

}
