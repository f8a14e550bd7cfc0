package nl.wijkdossier.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sweeps the failed-login counts that no longer matter: a row whose last attempt lies
 * further back than both the counting window and the longest wait neither blocks nor
 * counts (the next failure starts again at 1), so keeping it only keeps a name or an
 * address around. Hourly, on one node of the cluster.
 */
@Component
class LoginOpruiming {

	private final JdbcClient jdbc;

	private final LoginProperties properties;

	private final Clock clock;

	LoginOpruiming(JdbcClient jdbc, LoginProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${wijkdossier.login.opruimen.cron:0 17 * * * *}")
	@SchedulerLock(name = "inlog-mislukt-opruimen", lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
	@Transactional
	public int ruimOp() {
		Duration bewaar = (this.properties.venster().compareTo(this.properties.maxWachttijd()) > 0)
				? this.properties.venster() : this.properties.maxWachttijd();
		return this.jdbc.sql("delete from inlog_mislukt where laatste_poging < ?")
			.param(Timestamp.from(this.clock.instant().minus(bewaar)))
			.update();
	}

}
