package nl.wijkdossier.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account name and per IP address in PostgreSQL (so every app
 * node sees the same counts) and says when the next attempt is allowed. The account name
 * is counted whether or not it exists, so throttling reveals nothing about accounts.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final LoginProperties properties;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, LoginProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** Whether an attempt for this account from this address must wait. */
	@Transactional(readOnly = true)
	boolean isGeblokkeerd(String gebruikersnaam, String ip) {
		Instant nu = this.clock.instant();
		return geblokkeerd(accountSleutel(gebruikersnaam), this.properties.maxPogingenPerAccount(), nu)
				|| geblokkeerd(ipSleutel(ip), this.properties.maxPogingenPerIp(), nu);
	}

	@Transactional
	void registreerMislukt(String gebruikersnaam, String ip) {
		Instant nu = this.clock.instant();
		telOp(accountSleutel(gebruikersnaam), nu);
		telOp(ipSleutel(ip), nu);
	}

	@Transactional
	void registreerGelukt(String gebruikersnaam) {
		this.jdbc.sql("delete from inlog_mislukt where sleutel = ?").param(accountSleutel(gebruikersnaam)).update();
	}

	/**
	 * Accounts and addresses that currently must wait, for the privacy officer's
	 * overview.
	 */
	@Transactional(readOnly = true)
	List<Blokkade> huidigeBlokkades() {
		Instant nu = this.clock.instant();
		return this.jdbc.sql("select sleutel, aantal, laatste_poging from inlog_mislukt order by laatste_poging desc")
			.query((rs, row) -> new Blokkade(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant()))
			.list()
			.stream()
			.filter((b) -> wachtTot(b.aantal(), b.laatstePoging(), drempel(b.sleutel())).isAfter(nu))
			.toList();
	}

	private int drempel(String sleutel) {
		return sleutel.startsWith("ip:") ? this.properties.maxPogingenPerIp() : this.properties.maxPogingenPerAccount();
	}

	private boolean geblokkeerd(String sleutel, int drempel, Instant nu) {
		return this.jdbc.sql("select aantal, laatste_poging from inlog_mislukt where sleutel = ?")
			.param(sleutel)
			.query((rs, row) -> wachtTot(rs.getInt(1), rs.getTimestamp(2).toInstant(), drempel))
			.optional()
			.map((tot) -> tot.isAfter(nu))
			.orElse(false);
	}

	/**
	 * Below the threshold nobody waits; at the threshold 5 seconds, doubling with every
	 * further failure, never longer than the configured maximum.
	 */
	Instant wachtTot(int aantal, Instant laatstePoging, int drempel) {
		if (aantal < drempel) {
			return Instant.MIN;
		}
		int verdubbelingen = Math.min(aantal - drempel, 20);
		Duration wacht = Duration.ofSeconds(5L << verdubbelingen);
		if (wacht.compareTo(this.properties.maxWachttijd()) > 0) {
			wacht = this.properties.maxWachttijd();
		}
		return laatstePoging.plus(wacht);
	}

	private void telOp(String sleutel, Instant nu) {
		Instant vensterBegin = nu.minus(this.properties.venster());
		this.jdbc
			.sql("""
					insert into inlog_mislukt (sleutel, aantal, laatste_poging) values (:sleutel, 1, :nu)
					on conflict (sleutel) do update set
					  aantal = case when inlog_mislukt.laatste_poging < :vensterBegin then 1 else inlog_mislukt.aantal + 1 end,
					  laatste_poging = :nu
					""")
			.param("sleutel", sleutel)
			.param("nu", Timestamp.from(nu))
			.param("vensterBegin", Timestamp.from(vensterBegin))
			.update();
	}

	private static String accountSleutel(String gebruikersnaam) {
		String naam = Accounts.normaliseer(gebruikersnaam);
		return "account:" + (naam.length() > 200 ? naam.substring(0, 200) : naam);
	}

	private static String ipSleutel(String ip) {
		return "ip:" + ip;
	}

	record Blokkade(String sleutel, int aantal, Instant laatstePoging) {
	}

}
