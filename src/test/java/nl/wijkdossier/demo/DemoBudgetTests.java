package nl.wijkdossier.demo;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.shared.ClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo city's maatwerkbudget: every demo team has a budget this year, 40–80 spendings
 * on this year's cases (two withdrawn), one team over its budget; a second run adds
 * nothing.
 */
@SpringBootTest
class DemoBudgetTests {

	private static final String DEMO = "from maatwerk_uitgave u join casus c on c.id = u.casus_id "
			+ "where c.aanmelder is distinct from 'testfixture'";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoBudget demoBudget;

	@Test
	void everyDemoTeamHasABudgetThisYearAndTheCasesHaveSpendings() {
		int jaar = LocalDate.now(ClockConfiguration.ZONE).getYear();
		assertThat(this.jdbc
			.sql("select count(*) from maatwerkbudget b join wijkteam t on t.id = b.team_id "
					+ "where b.jaar = ? and t.naam like 'Wijkteam %'")
			.param(jaar)
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(11);
		int uitgaven = this.jdbc.sql("select count(*) " + DEMO).query(Integer.class).single();
		assertThat(uitgaven).isBetween(30, 80);
		assertThat(this.jdbc.sql("select count(*) " + DEMO + " and u.ingetrokken_op is not null")
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(this.jdbc.sql("""
				select count(*) from maatwerkbudget b
				where b.jaar = ? and b.bedrag < (select coalesce(sum(u.bedrag), 0) from maatwerk_uitgave u
				                                 where u.team_id = b.team_id and u.ingetrokken_op is null
				                                   and extract(year from u.datum) = b.jaar)
				""").param(jaar).query(Integer.class).single()).isPositive();
		assertThat(this.demoBudget.genereer()).isEqualTo(new DemoBudget.Resultaat(0, 0));
	}

}
