package nl.wijkdossier.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkdossier.budget.BudgetFixture.Casus;
import nl.wijkdossier.budget.BudgetFixture.Team;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;

import static nl.wijkdossier.budget.BudgetFixture.vandaag;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public aggregate read for the dashboards agrees with an independent SQL sum over
 * every team and cluster, counts only the year's spendings that were not withdrawn, and
 * keeps a spending with the team it was made for after the case moved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BudgettenTests {

	private final BudgetFixture fixture;

	private final Budgetten budgetten;

	private final JdbcClient jdbc;

	@Autowired
	BudgettenTests(MockMvc mvc, JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer,
			UserDetailsService gebruikers, Budgetten budgetten) {
		this.fixture = new BudgetFixture(mvc, jdbc, inwoners, beheer, gebruikers);
		this.budgetten = budgetten;
		this.jdbc = jdbc;
	}

	@Test
	void perTeamAndPerClusterAgreeWithAnIndependentSum() throws Exception {
		Team team = this.fixture.team();
		int jaar = vandaag().getYear();
		this.fixture.budget(team.id(), jaar, "800");
		Casus casus = this.fixture.casus(team, 400);
		this.fixture.besteed(team.wijkwerker(), casus.id(), "100", "SCHULDEN", vandaag().toString(), "Telt");
		this.fixture.besteed(team.wijkwerker(), casus.id(), "40", "SCHULDEN", vandaag().toString(), "Ingetrokken");
		this.fixture.trekIn(team.wijkwerker(), casus.id(), this.fixture.uitgave(casus.id(), "Ingetrokken"), "Fout");
		this.fixture.besteed(team.wijkwerker(), casus.id(), "70", "SCHULDEN", LocalDate.of(jaar - 1, 12, 31).toString(),
				"Vorig jaar");

		List<Long> teams = this.jdbc.sql("select id from wijkteam").query(Long.class).list();
		Map<Long, BigDecimal> uitgegeven = this.jdbc.sql("""
				select t.id, (select coalesce(sum(u.bedrag), 0) from maatwerk_uitgave u
				              where u.team_id = t.id and u.ingetrokken_op is null
				                and extract(year from u.datum) = ?) as som
				from wijkteam t
				""")
			.param(jaar)
			.query()
			.listOfRows()
			.stream()
			.collect(Collectors.toMap((r) -> ((Number) r.get("id")).longValue(), (r) -> (BigDecimal) r.get("som")));
		List<Budgetten.TeamBudget> perTeam = this.budgetten.perTeam(teams, jaar);
		assertThat(perTeam).hasSize(teams.size());
		for (Budgetten.TeamBudget b : perTeam) {
			assertThat(b.uitgegeven()).as("team %d", b.teamId()).isEqualByComparingTo(uitgegeven.get(b.teamId()));
			BigDecimal budget = this.fixture.bedrag(b.teamId(), jaar);
			if (budget == null) {
				assertThat(b.budget()).isNull();
				assertThat(b.resterend()).isNull();
			}
			else {
				assertThat(b.resterend()).isEqualByComparingTo(budget.subtract(b.uitgegeven()));
			}
		}
		Budgetten.TeamBudget eigen = perTeam.stream().filter((b) -> b.teamId() == team.id()).findFirst().orElseThrow();
		assertThat(eigen.uitgegeven()).isEqualByComparingTo("100");
		assertThat(eigen.resterend()).isEqualByComparingTo("700");
		assertThat(this.budgetten.perTeam(List.of(team.id()), jaar - 1).get(0).uitgegeven()).isEqualByComparingTo("70");

		List<Long> clusters = this.jdbc.sql("select id from cluster").query(Long.class).list();
		for (Budgetten.ClusterBudget c : this.budgetten.perCluster(clusters, jaar)) {
			var verwacht = this.jdbc
				.sql("""
						select (select sum(b.bedrag) from maatwerkbudget b join wijkteam t on t.id = b.team_id
						        where t.cluster_id = :c and b.jaar = :j) as budget,
						       (select coalesce(sum(u.bedrag), 0) from maatwerk_uitgave u join wijkteam t on t.id = u.team_id
						        where t.cluster_id = :c and u.ingetrokken_op is null and extract(year from u.datum) = :j) as som
						""")
				.param("c", c.clusterId())
				.param("j", jaar)
				.query()
				.singleRow();
			assertThat(c.uitgegeven()).as("cluster %d", c.clusterId())
				.isEqualByComparingTo((BigDecimal) verwacht.get("som"));
			if (verwacht.get("budget") == null) {
				assertThat(c.budget()).isNull();
			}
			else {
				assertThat(c.budget()).isEqualByComparingTo((BigDecimal) verwacht.get("budget"));
			}
		}
		assertThat(this.budgetten.perCluster(List.of(team.clusterId()), jaar)).singleElement()
			.satisfies((c) -> assertThat(c.resterend()).isEqualByComparingTo("700"));
		assertThat(this.budgetten.perTeam(List.of(), jaar)).isEmpty();
		assertThat(this.budgetten.perCluster(List.of(), jaar)).isEmpty();
	}

	@Test
	void aSpendingStaysWithTheTeamItWasMadeForWhenTheCaseMoves() throws Exception {
		Team team = this.fixture.team();
		Team ander = this.fixture.team();
		int jaar = vandaag().getYear();
		Casus casus = this.fixture.casus(team, 10);
		this.fixture.besteed(team.wijkwerker(), casus.id(), "55", "SOCIAAL", vandaag().toString(), "Sportclub");
		this.jdbc.sql("update casus set team_id = ?, regievoerder_id = null, status = 'WACHTLIJST' where id = ?")
			.params(ander.id(), casus.id())
			.update();
		List<Budgetten.TeamBudget> standen = this.budgetten.perTeam(List.of(team.id(), ander.id()), jaar);
		assertThat(standen.get(0).uitgegeven()).isEqualByComparingTo("55");
		assertThat(standen.get(1).uitgegeven()).isEqualByComparingTo("0");
	}

}
