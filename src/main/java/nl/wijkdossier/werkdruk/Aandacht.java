package nl.wijkdossier.werkdruk;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.shared.ClockConfiguration;

/**
 * What needs the manager now, for his home page: SPOED cases nobody has picked up, Wmo
 * terms at risk, colleagues absent today without cover, colleagues above the norm, and
 * waiting lists that grow. Counts and colleagues' names only — never a resident — so the
 * list can be read over a shoulder and writes no access-log row.
 * <p>
 * <b>Groeiende wachtlijst</b>: in the last 4 weeks (today and the 27 days before it) more
 * cases came onto the team's waiting list than left it. On: aanmeldingen of the team with
 * a melding date in those weeks. Off: cases of the team that got their first regievoerder
 * in those weeks (timeline {@code toegewezen} or {@code opgepakt}), or were closed in
 * them without ever having one. Counted on the case's current team.
 * <p>
 * The caseload's few statements plus one grouped query over the teams (partial index
 * {@code ix_casus_wachtend} for SPOED, {@code ix_casus_team_gemeld} for the inflow).
 */
@Component
@Transactional(readOnly = true)
public class Aandacht {

	/** The window of "groeiende wachtlijst". */
	public static final int WEKEN = 4;

	private static final String PER_TEAM = """
			select t.id,
			       (select count(*) from casus c where c.team_id = t.id and c.status in ('AANGEMELD', 'WACHTLIJST')
			                                      and c.urgentie = 'SPOED' and c.regievoerder_id is null) as spoed,
			       (select count(*) from casus c where c.team_id = t.id and c.gemeld_op >= :sinds) as erbij,
			       (select count(*) from casus c
			        where c.team_id = t.id and c.regievoerder_id is not null
			          and (c.status <> 'AFGESLOTEN' or c.afgesloten_op >= :sinds)
			          and (select min(g.op) from casus_gebeurtenis g
			               where g.casus_id = c.id and g.soort in ('toegewezen', 'opgepakt')) >= :sindsMoment)
			     + (select count(*) from casus c
			        where c.team_id = t.id and c.status = 'AFGESLOTEN' and c.regievoerder_id is null
			          and c.afgesloten_op >= :sinds) as eraf
			from wijkteam t
			where t.id = any(:teams)
			""";

	private final Caseload caseload;

	private final JdbcClient jdbc;

	Aandacht(Caseload caseload, JdbcClient jdbc) {
		this.caseload = caseload;
		this.jdbc = jdbc;
	}

	/** His list, for the teams he steers today. */
	public Lijst voor(WijkdossierUser manager) {
		Caseload.Overzicht overzicht = this.caseload.vanTeams(manager);
		if (overzicht.isLeeg()) {
			return new Lijst(List.of(), 0, List.of(), List.of(), List.of());
		}
		LocalDate sinds = overzicht.periode().vandaag().minusDays(WEKEN * 7L - 1);
		List<Spoed> spoed = new ArrayList<>();
		List<Groei> groei = new ArrayList<>();
		Map<Long, Caseload.TeamRegel> teams = new HashMap<>();
		overzicht.teams().forEach((t) -> teams.put(t.id(), t));
		this.jdbc.sql(PER_TEAM)
			.param("teams", teams.keySet().toArray(Long[]::new))
			.param("sinds", sinds)
			.param("sindsMoment", Timestamp.from(sinds.atStartOfDay(ClockConfiguration.ZONE).toInstant()))
			.query((ResultSet rs) -> {
				Caseload.TeamRegel team = teams.get(rs.getLong("id"));
				if (rs.getLong("spoed") > 0) {
					spoed.add(new Spoed(team.id(), team.naam(), rs.getLong("spoed")));
				}
				long erbij = rs.getLong("erbij");
				long eraf = rs.getLong("eraf");
				if (erbij > eraf) {
					groei.add(new Groei(team.id(), team.naam(), erbij, eraf, team.wachtlijst().aantal()));
				}
			});
		spoed.sort(Comparator.comparing(Spoed::teamNaam));
		groei.sort(Comparator.comparing(Groei::teamNaam));
		Comparator<Caseload.Regel> opNaam = Comparator.comparing(Caseload.Regel::naam);
		return new Lijst(spoed, overzicht.termijnenInGevaar(),
				overzicht.afwezigZonderBezetting().stream().sorted(opNaam).toList(),
				overzicht.bovenNorm().stream().sorted(opNaam).toList(), groei);
	}

	/** Unassigned SPOED cases waiting in a team. */
	public record Spoed(long teamId, String teamNaam, long aantal) {
	}

	/**
	 * A team whose waiting list grew over the last {@value #WEKEN} weeks: how many came
	 * on and went off, and how many wait now.
	 */
	public record Groei(long teamId, String teamNaam, long erbij, long eraf, long wachtendNu) {
	}

	/** Everything on the list; empty parts are left out on the page. */
	public record Lijst(List<Spoed> spoed, long termijnenInGevaar, List<Caseload.Regel> afwezigZonderBezetting,
			List<Caseload.Regel> bovenNorm, List<Groei> groei) {

		/** The window of "groeiende wachtlijst", in weeks. */
		public int weken() {
			return WEKEN;
		}

		public boolean isLeeg() {
			return this.spoed.isEmpty() && this.termijnenInGevaar == 0 && this.afwezigZonderBezetting.isEmpty()
					&& this.bovenNorm.isEmpty() && this.groei.isEmpty();
		}

	}

}
