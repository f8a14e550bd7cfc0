package nl.wijkdossier.spreekuur;

import java.time.Clock;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.shared.NietGevondenException;

/**
 * Who is on duty in a session. A medewerker of the session's team or of a team in the
 * same cluster (colleagues cover for each other), or a volunteer by name and
 * organisation. The roster of a cancelled or finished session no longer changes: it is
 * the record of who was there. Who may change which roster is the caller's check; these
 * rules hold whoever calls.
 */
@Service
@Transactional
public class Rooster {

	private final JdbcClient jdbc;

	private final Clock clock;

	Rooster(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Puts a medewerker on duty; refused when she is not of the team or its cluster. */
	public long voegMedewerkerToe(long sessieId, long medewerkerId) {
		Sessie sessie = wijzigbaar(sessieId, "medewerkerId");
		boolean vanCluster = this.jdbc.sql("""
				select count(*) from medewerker m join wijkteam t on t.id = m.team_id
				where m.id = :medewerker and m.actief and t.cluster_id = :cluster
				""")
			.param("medewerker", medewerkerId)
			.param("cluster", sessie.clusterId())
			.query(Long.class)
			.single() > 0;
		if (!vanCluster) {
			throw SpreekuurWeigering.van("medewerkerId", "spreekuur.rooster.fout.nietVanCluster");
		}
		boolean dubbel = this.jdbc
			.sql("select count(*) from spreekuur_dienst where sessie_id = :sessie and medewerker_id = :medewerker")
			.param("sessie", sessieId)
			.param("medewerker", medewerkerId)
			.query(Long.class)
			.single() > 0;
		if (dubbel) {
			throw SpreekuurWeigering.van("medewerkerId", "spreekuur.rooster.fout.alIngeroosterd");
		}
		try {
			return this.jdbc.sql("""
					insert into spreekuur_dienst (sessie_id, medewerker_id) values (:sessie, :medewerker) returning id
					""").param("sessie", sessieId).param("medewerker", medewerkerId).query(Long.class).single();
		}
		catch (DuplicateKeyException ex) {
			throw SpreekuurWeigering.van("medewerkerId", "spreekuur.rooster.fout.alIngeroosterd");
		}
	}

	/** Puts a volunteer on duty: a name and the organisation she comes from. */
	public long voegVrijwilligerToe(long sessieId, String naam, String organisatie) {
		wijzigbaar(sessieId, "vrijwilligerNaam");
		String schoon = naam.strip();
		boolean dubbel = this.jdbc
			.sql("""
					select count(*) from spreekuur_dienst where sessie_id = :sessie and lower(vrijwilliger_naam) = lower(:naam)
					""")
			.param("sessie", sessieId)
			.param("naam", schoon)
			.query(Long.class)
			.single() > 0;
		if (dubbel) {
			throw SpreekuurWeigering.van("vrijwilligerNaam", "spreekuur.rooster.fout.alIngeroosterd");
		}
		return this.jdbc.sql("""
				insert into spreekuur_dienst (sessie_id, vrijwilliger_naam, vrijwilliger_organisatie)
				values (:sessie, :naam, :organisatie) returning id
				""")
			.param("sessie", sessieId)
			.param("naam", schoon)
			.param("organisatie", (organisatie == null || organisatie.isBlank()) ? null : organisatie.strip())
			.query(Long.class)
			.single();
	}

	/** Takes someone off duty. */
	public void verwijder(long sessieId, long dienstId) {
		wijzigbaar(sessieId, null);
		int rijen = this.jdbc.sql("delete from spreekuur_dienst where id = :id and sessie_id = :sessie")
			.param("id", dienstId)
			.param("sessie", sessieId)
			.update();
		if (rijen == 0) {
			throw new NietGevondenException("dienst");
		}
	}

	/** A medewerker takes herself off duty; nothing happens when she was not on it. */
	public void meldAf(long sessieId, long medewerkerId) {
		wijzigbaar(sessieId, null);
		this.jdbc.sql("delete from spreekuur_dienst where sessie_id = :sessie and medewerker_id = :medewerker")
			.param("sessie", sessieId)
			.param("medewerker", medewerkerId)
			.update();
	}

	private Sessie wijzigbaar(long sessieId, String veld) {
		Sessie sessie = this.jdbc.sql("""
				select s.vervalt_reden is not null as vervallen, s.eindigt_op, t.cluster_id
				from spreekuur_sessie s join spreekuur sp on sp.id = s.spreekuur_id join wijkteam t on t.id = sp.team_id
				where s.id = :id for update of s
				""")
			.param("id", sessieId)
			.query((rs, n) -> new Sessie(rs.getBoolean("vervallen"), rs.getTimestamp("eindigt_op").toInstant(),
					rs.getLong("cluster_id")))
			.optional()
			.orElseThrow(() -> new NietGevondenException("sessie"));
		if (sessie.vervallen()) {
			throw SpreekuurWeigering.van(veld, "spreekuur.rooster.fout.vervallen");
		}
		if (!sessie.eindigtOp().isAfter(Instant.now(this.clock))) {
			throw SpreekuurWeigering.van(veld, "spreekuur.rooster.fout.voorbij");
		}
		return sessie;
	}

	private record Sessie(boolean vervallen, Instant eindigtOp, long clusterId) {
	}

}
