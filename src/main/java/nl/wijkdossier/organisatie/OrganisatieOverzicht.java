package nl.wijkdossier.organisatie;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures about the organisation for overviews: counts only, one query each.
 */
@Component
@Transactional(readOnly = true)
public class OrganisatieOverzicht {

	private final JdbcClient jdbc;

	OrganisatieOverzicht(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Tellingen tel() {
		return this.jdbc.sql("""
				select (select count(*) from convenantpartner where actief) as partners,
				       (select count(*) from cluster where actief) as clusters,
				       (select count(*) from wijkteam where actief) as teams,
				       (select count(*) from medewerker where actief) as medewerkers,
				       (select count(*) from werkgebied_postcode) as postcodes
				""")
			.query((rs, row) -> new Tellingen(rs.getInt("partners"), rs.getInt("clusters"), rs.getInt("teams"),
					rs.getInt("medewerkers"), rs.getInt("postcodes")))
			.single();
	}

	public List<String> teamsZonderManager() {
		return this.jdbc.sql("select naam from wijkteam where actief and manager_id is null order by naam")
			.query(String.class)
			.list();
	}

	/** Per team: active medewerkers and their FTE (36 hours is one FTE). */
	public Map<Long, Bezetting> bezettingPerTeam(Collection<TeamInfo> teams) {
		Map<Long, Bezetting> bezetting = new LinkedHashMap<>();
		if (teams.isEmpty()) {
			return bezetting;
		}
		this.jdbc.sql("""
				select team_id, count(*) as aantal, sum(uren_per_week) / 36 as fte
				from medewerker where actief and team_id in (:teams) group by team_id
				""")
			.param("teams", teams.stream().map(TeamInfo::id).toList())
			.query((rs, row) -> bezetting.put(rs.getLong("team_id"),
					new Bezetting(rs.getInt("aantal"),
							rs.getBigDecimal("fte").setScale(1, java.math.RoundingMode.HALF_UP))))
			.list();
		return bezetting;
	}

	public record Tellingen(int partners, int clusters, int teams, int medewerkers, int postcodes) {
	}

	public record Bezetting(int medewerkers, BigDecimal fte) {
	}

}
