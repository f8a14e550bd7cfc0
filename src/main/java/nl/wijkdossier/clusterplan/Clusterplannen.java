package nl.wijkdossier.clusterplan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.shared.NietGevondenException;

/**
 * The cluster plans: the current version of a cluster's plan with its targets, any older
 * version, the history, and adopting a new version. A version is never changed: saving
 * adds version n + 1, and only when the person saw version n — else someone else's newer
 * plan would silently disappear behind hers. Reads take two statements, whatever the
 * number of versions or clusters. These reads are not scoped: the pages and the
 * dashboards decide who may see which cluster.
 */
@Component
public class Clusterplannen {

	private static final String VERSIE_SELECT = """
			select v.id, v.cluster_id, c.naam as cluster_naam, v.versie, v.visie, v.opgaven, v.beoogde_ontwikkeling,
			       v.vastgesteld_op, g.weergavenaam as door
			from clusterplan_versie v
			join cluster c on c.id = v.cluster_id
			join gebruiker g on g.id = v.vastgesteld_door
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Clusterplannen(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The plan of this cluster as it stands now; empty while none was adopted. */
	@Transactional(readOnly = true)
	public Optional<Clusterplan> huidig(long clusterId) {
		return this.jdbc.sql(VERSIE_SELECT + " where v.cluster_id = ? order by v.versie desc limit 1")
			.param(clusterId)
			.query(Clusterplannen::rij)
			.optional()
			.map(this::metStreefwaarden);
	}

	/** One version of this cluster's plan, current or older. */
	@Transactional(readOnly = true)
	public Optional<Clusterplan> versie(long clusterId, int versie) {
		return this.jdbc.sql(VERSIE_SELECT + " where v.cluster_id = ? and v.versie = ?")
			.params(clusterId, versie)
			.query(Clusterplannen::rij)
			.optional()
			.map(this::metStreefwaarden);
	}

	/** The current plan of every cluster that has one, by cluster name. */
	@Transactional(readOnly = true)
	public List<Clusterplan> huidige() {
		List<Rij> rijen = this.jdbc.sql(VERSIE_SELECT + """
				where v.versie = (select max(l.versie) from clusterplan_versie l where l.cluster_id = v.cluster_id)
				order by c.naam
				""").query(Clusterplannen::rij).list();
		if (rijen.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Streefwaarde>> streefwaarden = new LinkedHashMap<>();
		this.jdbc.sql("select versie_id, soort, waarde from clusterplan_streefwaarde where versie_id in (:ids)")
			.param("ids", rijen.stream().map(Rij::id).toList())
			.query((rs) -> {
				streefwaarden.computeIfAbsent(rs.getLong("versie_id"), (id) -> new ArrayList<>()).add(streefwaarde(rs));
			});
		return rijen.stream().map((r) -> r.plan(streefwaarden.getOrDefault(r.id(), List.of()))).toList();
	}

	/** Every version of this cluster's plan, newest first. */
	@Transactional(readOnly = true)
	public List<PlanVersie> historie(long clusterId) {
		return this.jdbc.sql("""
				select v.versie, v.vastgesteld_op, g.weergavenaam as door,
				       (select count(*) from clusterplan_streefwaarde s where s.versie_id = v.id) as doelen
				from clusterplan_versie v
				join gebruiker g on g.id = v.vastgesteld_door
				where v.cluster_id = ?
				order by v.versie desc
				""")
			.param(clusterId)
			.query((rs, row) -> new PlanVersie(rs.getInt("versie"), rs.getTimestamp("vastgesteld_op").toInstant(),
					rs.getString("door"), rs.getInt("doelen")))
			.list();
	}

	/**
	 * The clusters in this scope with their current version, if any: active clusters, and
	 * inactive ones that have a plan. One statement.
	 */
	@Transactional(readOnly = true)
	List<Overzichtsregel> overzicht(ClusterplanScope.Bereik bereik) {
		if (!bereik.alle() && bereik.clusterIds().isEmpty()) {
			return List.of();
		}
		String sql = """
				select c.id, c.naam, v.versie, v.vastgesteld_op, g.weergavenaam as door,
				       (select count(*) from clusterplan_streefwaarde s where s.versie_id = v.id) as doelen
				from cluster c
				left join lateral (select l.id, l.versie, l.vastgesteld_op, l.vastgesteld_door
				                   from clusterplan_versie l where l.cluster_id = c.id
				                   order by l.versie desc limit 1) v on true
				left join gebruiker g on g.id = v.vastgesteld_door
				where (c.actief or v.id is not null)
				""" + (bereik.alle() ? "" : " and c.id in (:ids)") + " order by c.naam";
		JdbcClient.StatementSpec spec = this.jdbc.sql(sql);
		if (!bereik.alle()) {
			spec = spec.param("ids", List.copyOf(bereik.clusterIds()));
		}
		return spec.query((rs, row) -> {
			int versie = rs.getInt("versie");
			boolean heeftPlan = !rs.wasNull();
			Timestamp op = rs.getTimestamp("vastgesteld_op");
			return new Overzichtsregel(rs.getLong("id"), rs.getString("naam"), heeftPlan ? versie : null,
					(op != null) ? op.toInstant() : null, rs.getString("door"), rs.getInt("doelen"));
		}).list();
	}

	/** The name of a cluster, active or not. */
	@Transactional(readOnly = true)
	Optional<String> clusterNaam(long clusterId) {
		return this.jdbc.sql("select naam from cluster where id = ?").param(clusterId).query(String.class).optional();
	}

	/**
	 * Adopts a new version of the plan, made from version {@code basisVersie} (0 when the
	 * cluster had no plan yet). When it says exactly what the current version says, no
	 * version is added.
	 * @return the number of the version that is now current
	 * @throws PlanIntussenGewijzigd when the current version is no longer
	 * {@code basisVersie}
	 * @throws NietGevondenException when the cluster does not exist
	 */
	@Transactional
	int legVast(WijkdossierUser gebruiker, long clusterId, int basisVersie, PlanInhoud inhoud) {
		if (!gebruiker.heeftRol(Rol.GEMEENTE)) {
			throw new AccessDeniedException("Alleen de gemeente stelt een clusterplan vast");
		}
		if (clusterNaam(clusterId).isEmpty()) {
			throw new NietGevondenException("cluster " + clusterId);
		}
		Optional<Clusterplan> huidig = huidig(clusterId);
		int huidigeVersie = huidig.map(Clusterplan::versie).orElse(0);
		if (huidigeVersie != basisVersie) {
			throw new PlanIntussenGewijzigd(clusterId, basisVersie);
		}
		if (huidig.isPresent() && inhoud.isGelijkAan(huidig.get())) {
			return huidigeVersie;
		}
		int nieuw = basisVersie + 1;
		long versieId;
		try {
			versieId = this.jdbc.sql("""
					insert into clusterplan_versie (cluster_id, versie, visie, opgaven, beoogde_ontwikkeling,
					                                vastgesteld_op, vastgesteld_door)
					values (?, ?, ?, ?, ?, ?, ?) returning id
					""")
				.params(clusterId, nieuw, inhoud.visie(), inhoud.opgaven(), inhoud.beoogdeOntwikkeling(),
						Timestamp.from(this.clock.instant()), gebruiker.id())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			// someone adopted the same next version a moment earlier
			throw new PlanIntussenGewijzigd(clusterId, basisVersie);
		}
		inhoud.streefwaarden()
			.forEach((soort, waarde) -> this.jdbc
				.sql("insert into clusterplan_streefwaarde (versie_id, soort, waarde) values (?, ?, ?)")
				.params(versieId, soort.name(), waarde)
				.update());
		return nieuw;
	}

	private Clusterplan metStreefwaarden(Rij rij) {
		List<Streefwaarde> streefwaarden = this.jdbc
			.sql("select soort, waarde from clusterplan_streefwaarde where versie_id = ?")
			.param(rij.id())
			.query((rs, row) -> streefwaarde(rs))
			.list();
		return rij.plan(streefwaarden);
	}

	private static Streefwaarde streefwaarde(ResultSet rs) throws SQLException {
		return new Streefwaarde(StreefwaardeSoort.valueOf(rs.getString("soort")), rs.getBigDecimal("waarde"));
	}

	private static Rij rij(ResultSet rs, int row) throws SQLException {
		return new Rij(rs.getLong("id"), rs.getLong("cluster_id"), rs.getString("cluster_naam"), rs.getInt("versie"),
				rs.getString("visie"), rs.getString("opgaven"), rs.getString("beoogde_ontwikkeling"),
				rs.getTimestamp("vastgesteld_op").toInstant(), rs.getString("door"));
	}

	private record Rij(long id, long clusterId, String clusterNaam, int versie, String visie, String opgaven,
			String beoogdeOntwikkeling, Instant op, String door) {

		Clusterplan plan(List<Streefwaarde> streefwaarden) {
			List<Streefwaarde> gesorteerd = new ArrayList<>(streefwaarden);
			gesorteerd.sort(Comparator.comparing(Streefwaarde::soort));
			return new Clusterplan(this.clusterId, this.clusterNaam, this.versie, this.visie, this.opgaven,
					this.beoogdeOntwikkeling, this.op, this.door, gesorteerd);
		}

	}

	/** A cluster on the list page: its current version, or none (versie null). */
	record Overzichtsregel(long clusterId, String clusterNaam, Integer versie, Instant vastgesteldOp,
			String vastgesteldDoor, int aantalStreefwaarden) {

	}

}
