package nl.wijkdossier.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/**
 * The days a dashboard counts over, both inclusive, and how they were chosen. A month,
 * quarter or year is the calendar unit holding {@code van}, up to today while it runs;
 * {@link #vorige()} is the period of equal length just before it to compare with.
 *
 * @param soort how the period was chosen
 * @param van the first day
 * @param tot the last day (inclusive)
 */
public record Periode(Soort soort, LocalDate van, LocalDate tot) {

	/** How a period is chosen: {@code ?periode=MAAND|KWARTAAL|JAAR|ANDERS}. */
	public enum Soort {

		MAAND, KWARTAAL, JAAR, ANDERS;

		public String messageKey() {
			return "dashboard.periode." + name();
		}

	}

	public Periode {
		if (tot.isBefore(van)) {
			throw new IllegalArgumentException(van + " > " + tot);
		}
	}

	/**
	 * The calendar unit holding {@code dag}, cut off at {@code vandaag} when it is still
	 * running.
	 */
	static Periode kalender(Soort soort, LocalDate dag, LocalDate vandaag) {
		LocalDate van = switch (soort) {
			case MAAND -> dag.withDayOfMonth(1);
			case KWARTAAL -> dag.with(IsoFields.DAY_OF_QUARTER, 1);
			case JAAR -> dag.withDayOfYear(1);
			case ANDERS -> throw new IllegalArgumentException("ANDERS heeft een eigen begin en eind");
		};
		LocalDate eind = switch (soort) {
			case MAAND -> van.plusMonths(1).minusDays(1);
			case KWARTAAL -> van.plusMonths(3).minusDays(1);
			default -> van.plusYears(1).minusDays(1);
		};
		return new Periode(soort, van, eind.isAfter(vandaag) && !van.isAfter(vandaag) ? vandaag : eind);
	}

	public long dagen() {
		return ChronoUnit.DAYS.between(this.van, this.tot) + 1;
	}

	/**
	 * The period to compare with: the same number of days, ending the day before
	 * {@link #van}. For a calendar unit that is the start of the previous unit up to the
	 * same length (1–23 October beside 1–23 November).
	 */
	public Periode vorige() {
		LocalDate eind = this.van.minusDays(1);
		if (this.soort == Soort.ANDERS) {
			return new Periode(this.soort, eind.minusDays(dagen() - 1), eind);
		}
		LocalDate begin = switch (this.soort) {
			case MAAND -> this.van.minusMonths(1);
			case KWARTAAL -> this.van.minusMonths(3);
			default -> this.van.minusYears(1);
		};
		LocalDate tot = begin.plusDays(dagen() - 1);
		return new Periode(this.soort, begin, tot.isAfter(eind) ? eind : tot);
	}

}
