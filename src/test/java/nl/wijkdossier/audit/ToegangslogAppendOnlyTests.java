package nl.wijkdossier.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The database itself keeps the access log append-only: whatever the application (or an
 * administrator with SQL) tries, rows cannot be changed or removed. Each attempt runs in
 * a transaction that is rolled back anyway, so a missing trigger fails the test without
 * wiping the shared log.
 */
@SpringBootTest
class ToegangslogAppendOnlyTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transacties;

	long rij;

	@BeforeEach
	void eenRij() {
		this.rij = this.jdbc.sql("""
				insert into toegangslog (tijdstip, gebruiker_id, gebruikersnaam, rol, actie, gebeurtenis, resultaat)
				values (now(), 1, 'wijkwerker', 'WIJKWERKER', 'R', 'CASUS_BEKEKEN', 'OK') returning id
				""").query(Long.class).single();
	}

	@Test
	void insertingARowIsAllowed() {
		assertThat(this.jdbc.sql("select gebruikersnaam from toegangslog where id = ?")
			.param(this.rij)
			.query(String.class)
			.single()).isEqualTo("wijkwerker");
	}

	@Test
	void updateIsRefusedByTheDatabase() {
		assertWeigert("update toegangslog set gebruikersnaam = 'iemand' where id = " + this.rij);
		assertThat(this.jdbc.sql("select gebruikersnaam from toegangslog where id = ?")
			.param(this.rij)
			.query(String.class)
			.single()).isEqualTo("wijkwerker");
	}

	@Test
	void deleteIsRefusedByTheDatabase() {
		assertWeigert("delete from toegangslog where id = " + this.rij);
		assertThat(aantal()).isPositive();
	}

	@Test
	void truncateIsRefusedByTheDatabase() {
		long voor = aantal();
		assertWeigert("truncate toegangslog");
		assertThat(aantal()).isGreaterThanOrEqualTo(voor);
	}

	private void assertWeigert(String sql) {
		TransactionTemplate tx = new TransactionTemplate(this.transacties);
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> tx.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			this.jdbc.sql(sql).update();
		}))
			.satisfies((fout) -> assertThat(NestedExceptionUtils.getMostSpecificCause(fout).getMessage())
				.contains("toegangslog is append-only"));
	}

	private long aantal() {
		return this.jdbc.sql("select count(*) from toegangslog").query(Long.class).single();
	}

}
