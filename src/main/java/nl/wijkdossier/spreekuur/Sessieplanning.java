package nl.wijkdossier.spreekuur;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a spreekuur's schedule and its exceptions into the sessions of a period. Pure
 * calculation, no database: the rules live here and are tested here.
 * <ul>
 * <li>A session falls on the schedule's weekday, every {@code elkeWeken} weeks counted
 * from the first such weekday on or after {@code geldigVan}, up to
 * {@code geldigTot}.</li>
 * <li>Times are wall-clock times in Europe/Amsterdam: a 09:00 session is at 09:00 in the
 * week the clocks change too, so its instant moves by an hour.</li>
 * <li>A cancellation (of this spreekuur, its team, or the whole city) keeps the session
 * but marks it cancelled with the reason, so the public timetable can say so.</li>
 * <li>An extra one-off session is added as it is, even outside the weekday or validity,
 * unless a cancellation covers the same date and start.</li>
 * </ul>
 */
final class Sessieplanning {

	private Sessieplanning() {
	}

	/** The schedule of one spreekuur. */
	record Schema(long spreekuurId, long teamId, DayOfWeek weekdag, LocalTime begin, LocalTime eind, int elkeWeken,
			LocalDate geldigVan, LocalDate geldigTot) {

		Schema {
			Objects.requireNonNull(weekdag);
			if (!eind.isAfter(begin)) {
				throw new IllegalArgumentException("Een spreekuur eindigt na het begin");
			}
			if (elkeWeken < 1 || elkeWeken > 4) {
				throw new IllegalArgumentException("Elke 1 tot 4 weken");
			}
			if (geldigTot != null && geldigTot.isBefore(geldigVan)) {
				throw new IllegalArgumentException("Geldig tot ligt voor geldig van");
			}
		}

	}

	/**
	 * An exception: {@code extra} with its own times for one spreekuur, or a cancellation
	 * of one spreekuur ({@code spreekuurId}), all of a team ({@code teamId}) or the whole
	 * city (both null). A cancellation with a start time cancels only that session.
	 */
	record Uitzondering(boolean extra, Long spreekuurId, Long teamId, LocalDate datum, LocalTime begin, LocalTime eind,
			String reden) {

		boolean vervaltVoor(Schema schema, LocalDate dag, LocalTime start) {
			if (this.extra || !this.datum.equals(dag)) {
				return false;
			}
			if (this.begin != null && !this.begin.equals(start)) {
				return false;
			}
			if (this.spreekuurId != null) {
				return this.spreekuurId == schema.spreekuurId();
			}
			if (this.teamId != null) {
				return this.teamId == schema.teamId();
			}
			return true;
		}

	}

	/** A session of the period: cancelled when {@code vervaltReden} is set. */
	record Sessie(long spreekuurId, LocalDate datum, LocalTime begin, LocalTime eind, Instant beginOp, Instant eindOp,
			boolean extra, String vervaltReden) {

		boolean vervalt() {
			return this.vervaltReden != null;
		}

	}

	/** The sessions of one spreekuur from {@code van} to {@code tot}, both inclusive. */
	static List<Sessie> sessies(Schema schema, List<Uitzondering> uitzonderingen, LocalDate van, LocalDate tot,
			ZoneId zone) {
		List<Sessie> sessies = new ArrayList<>();
		LocalDate eerste = schema.geldigVan().with(TemporalAdjusters.nextOrSame(schema.weekdag()));
		LocalDate einde = (schema.geldigTot() != null && schema.geldigTot().isBefore(tot)) ? schema.geldigTot() : tot;
		LocalDate dag = eerste;
		if (dag.isBefore(van)) {
			long weken = ChronoUnit.WEEKS.between(eerste, van.with(TemporalAdjusters.nextOrSame(schema.weekdag())));
			long stappen = (weken + schema.elkeWeken() - 1) / schema.elkeWeken();
			dag = eerste.plusWeeks(stappen * schema.elkeWeken());
		}
		for (; !dag.isAfter(einde); dag = dag.plusWeeks(schema.elkeWeken())) {
			sessies.add(sessie(schema, uitzonderingen, dag, schema.begin(), schema.eind(), false, zone));
		}
		for (Uitzondering uitzondering : uitzonderingen) {
			boolean vanDitSpreekuur = uitzondering.extra() && uitzondering.spreekuurId() != null
					&& uitzondering.spreekuurId() == schema.spreekuurId();
			if (vanDitSpreekuur && !uitzondering.datum().isBefore(van) && !uitzondering.datum().isAfter(tot) && sessies
				.stream()
				.noneMatch((s) -> s.datum().equals(uitzondering.datum()) && s.begin().equals(uitzondering.begin()))) {
				sessies.add(sessie(schema, uitzonderingen, uitzondering.datum(), uitzondering.begin(),
						uitzondering.eind(), true, zone));
			}
		}
		sessies.sort(Comparator.comparing(Sessie::datum).thenComparing(Sessie::begin));
		return sessies;
	}

	private static Sessie sessie(Schema schema, List<Uitzondering> uitzonderingen, LocalDate dag, LocalTime begin,
			LocalTime eind, boolean extra, ZoneId zone) {
		Optional<String> vervalt = uitzonderingen.stream()
			.filter((u) -> u.vervaltVoor(schema, dag, begin))
			.map(Uitzondering::reden)
			.findFirst();
		return new Sessie(schema.spreekuurId(), dag, begin, eind, ZonedDateTime.of(dag, begin, zone).toInstant(),
				ZonedDateTime.of(dag, eind, zone).toInstant(), extra, vervalt.orElse(null));
	}

}
