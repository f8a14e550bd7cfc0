package nl.wijkdossier.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, replaceable in tests. Instants are stored in UTC;
 * everything a person sees is in {@link #ZONE}.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

	public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}

}
