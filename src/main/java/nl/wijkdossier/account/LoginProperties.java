package nl.wijkdossier.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login throttling: after {@code maxPogingenPerAccount} failures within {@code venster}
 * an account waits before it may try again, doubling with every further failure up to
 * {@code maxWachttijd}. The same holds per IP address with its own (higher) threshold,
 * because a whole office may share one address.
 */
@ConfigurationProperties("wijkdossier.login")
record LoginProperties(int maxPogingenPerAccount, int maxPogingenPerIp, Duration venster, Duration maxWachttijd) {

	LoginProperties {
		if (maxPogingenPerAccount <= 0) {
			maxPogingenPerAccount = 5;
		}
		if (maxPogingenPerIp <= 0) {
			maxPogingenPerIp = 20;
		}
		if (venster == null) {
			venster = Duration.ofMinutes(15);
		}
		if (maxWachttijd == null) {
			maxWachttijd = Duration.ofMinutes(15);
		}
	}

}
