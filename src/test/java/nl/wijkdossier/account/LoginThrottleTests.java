package nl.wijkdossier.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private final LoginThrottle throttle = new LoginThrottle(null,
			new LoginProperties(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)), Clock.systemUTC());

	private final Instant laatste = Instant.parse("2026-11-23T10:00:00Z");

	@Test
	void belowTheThresholdNobodyWaits() {
		assertThat(this.throttle.wachtTot(4, this.laatste, 5)).isBefore(this.laatste);
	}

	@Test
	void theWaitDoublesWithEveryFurtherFailure() {
		assertThat(this.throttle.wachtTot(5, this.laatste, 5)).isEqualTo(this.laatste.plusSeconds(5));
		assertThat(this.throttle.wachtTot(6, this.laatste, 5)).isEqualTo(this.laatste.plusSeconds(10));
		assertThat(this.throttle.wachtTot(7, this.laatste, 5)).isEqualTo(this.laatste.plusSeconds(20));
	}

	@Test
	void theWaitNeverExceedsTheMaximum() {
		assertThat(this.throttle.wachtTot(40, this.laatste, 5)).isEqualTo(this.laatste.plus(Duration.ofMinutes(15)));
		assertThat(this.throttle.wachtTot(Integer.MAX_VALUE, this.laatste, 5))
			.isEqualTo(this.laatste.plus(Duration.ofMinutes(15)));
	}

}
