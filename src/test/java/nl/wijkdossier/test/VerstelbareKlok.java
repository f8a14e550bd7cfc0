package nl.wijkdossier.test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import nl.wijkdossier.shared.ClockConfiguration;

/**
 * The application's clock, moved by a test: for rules that depend on the day (an inval's
 * first and last day, month boundaries). Import {@link Configuratie} and move
 * {@link #KLOK}; put it back to now after each test ({@link #terugNaarNu()}).
 */
public final class VerstelbareKlok extends Clock {

	/** The one clock of every context that imports {@link Configuratie}. */
	public static final VerstelbareKlok KLOK = new VerstelbareKlok();

	private volatile Instant nu = Instant.now();

	private VerstelbareKlok() {
	}

	/** Noon in Amsterdam of that day. */
	public void zet(LocalDate dag) {
		zet(dag.atTime(12, 0));
	}

	/** A wall-clock time in Amsterdam. */
	public void zet(LocalDateTime amsterdam) {
		zet(amsterdam.atZone(ClockConfiguration.ZONE).toInstant());
	}

	public void zet(Instant moment) {
		this.nu = moment;
	}

	public void terugNaarNu() {
		zet(Instant.now());
	}

	/** Today on this clock, in Amsterdam. */
	public LocalDate vandaag() {
		return LocalDate.ofInstant(this.nu, ClockConfiguration.ZONE);
	}

	@Override
	public ZoneId getZone() {
		return ClockConfiguration.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.nu;
	}

	/** Makes {@link #KLOK} the application's clock. */
	@TestConfiguration
	public static class Configuratie {

		@Bean
		@Primary
		Clock verstelbareKlok() {
			return KLOK;
		}

	}

}
