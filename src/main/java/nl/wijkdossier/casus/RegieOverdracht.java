package nl.wijkdossier.casus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.audit.ToegangsLog;
import nl.wijkdossier.organisatie.MedewerkerInfo;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.shared.NietGevondenException;

/**
 * What a manager sees before he transfers the regie of a medewerker's cases in bulk: her
 * open cases within the teams he steers (one query, spoed first, then the oldest
 * melding), each with its next legal deadline, and who may take them over — the active
 * colleagues of each case's team.
 * <p>
 * The page names every resident, so every case shown is an access to that resident's
 * data: one {@code CASUS_BEKEKEN} row per case, with resident and case, in the same
 * transaction. (The wachtlijst writes one {@code WACHTLIJST_BEKEKEN} row for a whole
 * page; here the list is one person's caseload, a few dozen rows at most, and a resident
 * who asks who looked at her file finds this look too.)
 */
@Component
class RegieOverdracht {

	private final Organisatie organisatie;

	private final ToegangsLog toegangsLog;

	private final JdbcClient jdbc;

	private final Clock clock;

	RegieOverdracht(Organisatie organisatie, ToegangsLog toegangsLog, JdbcClient jdbc, Clock clock) {
		this.organisatie = organisatie;
		this.toegangsLog = toegangsLog;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The open cases of this medewerker in the manager's teams. A medewerker who is no
	 * member of his teams and has no case in them is not found (a DENIED row): the page
	 * does not confirm who works elsewhere.
	 */
	@Transactional
	Overzicht lees(WijkdossierUser gebruiker, long vanMedewerkerId) {
		List<TeamInfo> eigenTeams = this.organisatie.teamsVan(gebruiker);
		Map<Long, TeamInfo> teams = eigenTeams.stream().collect(Collectors.toMap(TeamInfo::id, Function.identity()));
		LocalDate vandaag = LocalDate.ofInstant(this.clock.instant(), ClockConfiguration.ZONE);
		MedewerkerInfo van = this.organisatie.medewerker(vanMedewerkerId).orElse(null);
		List<Regel> regels = (van == null) ? List.of() : this.jdbc.sql("""
				select c.id, c.version, c.inwoner_id, i.voornaam || ' ' || i.achternaam as inwoner_naam, c.team_id,
				       t.naam as team_naam, c.status, c.urgentie, c.gemeld_op, c.wmo_melding, c.opgeschort_van,
				       c.opgeschort_tot, c.onderzoek_afgerond_op, c.aanvraag_op, c.beschikking_op
				from casus c
				join inwoner i on i.id = c.inwoner_id
				join wijkteam t on t.id = c.team_id
				where c.regievoerder_id = :van and c.status <> 'AFGESLOTEN' and c.team_id = any(:teams)
				order by case c.urgentie when 'SPOED' then 0 when 'HOOG' then 1 else 2 end, c.gemeld_op, c.id
				""")
			.param("van", vanMedewerkerId)
			.param("teams", teams.keySet().toArray(Long[]::new))
			.query((rs, rij) -> regel(rs, vandaag))
			.list();
		boolean vanEigenTeam = van != null && van.teamId() != null && teams.containsKey(van.teamId());
		if (van == null || (!vanEigenTeam && regels.isEmpty())) {
			this.toegangsLog.geweigerd(Gebeurtenis.CASUS_BEKEKEN, null, null);
			throw new NietGevondenException("medewerker");
		}
		for (Regel regel : regels) {
			this.toegangsLog.ok(Gebeurtenis.CASUS_BEKEKEN, regel.inwonerId(), regel.id());
		}
		Set<Long> teamIds = new LinkedHashSet<>();
		if (vanEigenTeam) {
			teamIds.add(van.teamId());
		}
		regels.forEach((r) -> teamIds.add(r.teamId()));
		List<Kandidaten> kandidaten = new ArrayList<>();
		for (Long teamId : teamIds) {
			kandidaten.add(new Kandidaten(teams.get(teamId),
					this.organisatie.medewerkersVanTeam(teamId)
						.stream()
						.filter((m) -> m.id() != vanMedewerkerId)
						.toList()));
		}
		return new Overzicht(van, regels, kandidaten);
	}

	private static Regel regel(ResultSet rs, LocalDate vandaag) throws SQLException {
		LocalDate gemeldOp = rs.getObject("gemeld_op", LocalDate.class);
		WmoKlok.Deadline deadline = null;
		if (rs.getBoolean("wmo_melding")) {
			WmoKlok.Deadline eerstvolgende = WmoKlok
				.van(gemeldOp, rs.getObject("opgeschort_van", LocalDate.class),
						rs.getObject("opgeschort_tot", LocalDate.class),
						rs.getObject("onderzoek_afgerond_op", LocalDate.class),
						rs.getObject("aanvraag_op", LocalDate.class), rs.getObject("beschikking_op", LocalDate.class),
						vandaag)
				.eerstvolgende();
			deadline = (eerstvolgende.afgerondOp() == null) ? eerstvolgende : null;
		}
		return new Regel(rs.getLong("id"), rs.getLong("version"), rs.getLong("inwoner_id"),
				rs.getString("inwoner_naam"), rs.getLong("team_id"), rs.getString("team_naam"),
				Status.valueOf(rs.getString("status")), Urgentie.valueOf(rs.getString("urgentie")), gemeldOp,
				rs.getBoolean("wmo_melding"), deadline);
	}

	/**
	 * One open case of the medewerker: its next open Wmo deadline, or null (no Wmo
	 * melding, or every term done).
	 */
	record Regel(long id, long version, long inwonerId, String inwonerNaam, long teamId, String teamNaam, Status status,
			Urgentie urgentie, LocalDate gemeldOp, boolean wmoMelding, WmoKlok.Deadline deadline) {
	}

	/** The colleagues of one team who may take over its cases. */
	record Kandidaten(TeamInfo team, List<MedewerkerInfo> medewerkers) {
	}

	/**
	 * The medewerker, her open cases in the manager's teams and who may take them over.
	 */
	record Overzicht(MedewerkerInfo van, List<Regel> regels, List<Kandidaten> kandidaten) {

		/** Whether a colleague who may take over is any case's. */
		public boolean heeftKandidaten() {
			return this.kandidaten.stream().anyMatch((k) -> !k.medewerkers().isEmpty());
		}

	}

}
