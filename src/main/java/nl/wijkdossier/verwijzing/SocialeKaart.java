package nl.wijkdossier.verwijzing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.organisatie.ClusterInfo;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.shared.NietGevondenException;
import nl.wijkdossier.verwijzing.Weigering.Fout;

/**
 * The sociale kaart as functioneel beheer keeps it: create, change and (de)activate
 * entries, and the list with its filter. Nothing is deleted — referrals keep pointing at
 * an entry that stopped. Callers validate the form of the input (required, lengths,
 * e-mail and web address); the rules of the kaart — a name is unique whatever its case,
 * served teams and clusters exist — are checked here, whoever calls, and a change that
 * breaks one is refused whole with a {@link Weigering}.
 */
@Service
@Transactional
public class SocialeKaart {

	/** Entries per page of the beheer list. */
	static final int PAGINAGROOTTE = 50;

	private static final String SELECT = """
			select v.id, v.naam, v.soort, v.omschrijving, v.adres, v.telefoon, v.email, v.website, v.team_ids,
			       v.cluster_ids, v.actief, v.version,
			       array(select t.naam from wijkteam t where t.id = any(v.team_ids) order by t.naam) as team_namen,
			       array(select c.naam from cluster c where c.id = any(v.cluster_ids) order by c.naam) as cluster_namen
			from voorziening v
			""";

	private static final String FILTER = """
			where (cast(:soort as varchar) is null or v.soort = :soort)
			  and (cast(:patroon as varchar) is null or v.naam ilike :patroon escape '\\'
			       or v.omschrijving ilike :patroon escape '\\')
			""";

	private final VoorzieningRepository voorzieningen;

	private final Organisatie organisatie;

	private final JdbcClient jdbc;

	SocialeKaart(VoorzieningRepository voorzieningen, Organisatie organisatie, JdbcClient jdbc) {
		this.voorzieningen = voorzieningen;
		this.organisatie = organisatie;
		this.jdbc = jdbc;
	}

	/** A new entry, active. */
	public long nieuw(VoorzieningGegevens gegevens) {
		VoorzieningGegevens schoon = gegevens.opgeschoond();
		weigerBij(controleer(null, schoon));
		try {
			return this.voorzieningen.saveAndFlush(new Voorziening(schoon)).getId();
		}
		catch (DataIntegrityViolationException ex) {
			throw naamBezet(ex, schoon.naam());
		}
	}

	/** Changes an entry, only from the version the user saw. */
	public void wijzig(long id, long version, VoorzieningGegevens gegevens) {
		Voorziening voorziening = laad(id);
		if (voorziening.getVersion() != version) {
			throw new OptimisticLockingFailureException("voorziening " + id + " is intussen gewijzigd");
		}
		VoorzieningGegevens schoon = gegevens.opgeschoond();
		weigerBij(controleer(voorziening, schoon));
		voorziening.wijzig(schoon);
		try {
			this.voorzieningen.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw naamBezet(ex, schoon.naam());
		}
	}

	/** An inactive entry is no longer offered for new referrals; existing ones stay. */
	public void zetActief(long id, boolean actief) {
		laad(id).zetActief(actief);
	}

	/** How many entries the kaart holds, active or not. */
	@Transactional(readOnly = true)
	public long aantal() {
		return this.voorzieningen.count();
	}

	/** One entry with the names of the teams and clusters it serves. */
	@Transactional(readOnly = true)
	public Optional<VoorzieningInfo> voorziening(long id) {
		return this.jdbc.sql(SELECT + " where v.id = ?").param(id).query(SocialeKaart::info).optional();
	}

	/**
	 * A page of the list, by name, filtered by kind and by text in name or description.
	 */
	@Transactional(readOnly = true)
	public Pagina lijst(VoorzieningSoort soort, String tekst, int pagina) {
		String patroon = patroon(tekst);
		String soortNaam = (soort != null) ? soort.name() : null;
		long totaal = this.jdbc.sql("select count(*) from voorziening v " + FILTER)
			.param("soort", soortNaam)
			.param("patroon", patroon)
			.query(Long.class)
			.single();
		int laatste = (int) Math.max(0, (totaal - 1) / PAGINAGROOTTE);
		int nummer = Math.min(Math.max(pagina, 0), laatste);
		List<VoorzieningInfo> regels = this.jdbc
			.sql(SELECT + FILTER + " order by lower(v.naam), v.id limit :limit offset :offset")
			.param("soort", soortNaam)
			.param("patroon", patroon)
			.param("limit", PAGINAGROOTTE)
			.param("offset", nummer * PAGINAGROOTTE)
			.query(SocialeKaart::info)
			.list();
		return new Pagina(regels, nummer, laatste, totaal);
	}

	/**
	 * Active entries near a team, for a quick pick outside a case (a referral at a
	 * spreekuur): in the order of the referral picker ({@link Kiezer}) — the team's own
	 * neighbourhood, then its cluster, then the whole city, informal ones first within
	 * each, then by name. Without text only those three bands; with text also the entries
	 * of other neighbourhoods, last.
	 */
	@Transactional(readOnly = true)
	public List<VoorzieningInfo> dichtbijTeam(long teamId, String tekst, int max) {
		String informeel = VoorzieningSoort.INFORMEEL.stream()
			.map((soort) -> "'" + soort.name() + "'")
			.sorted()
			.collect(Collectors.joining(", "));
		return this.jdbc.sql(SELECT + """
				cross join (select cast(:team as bigint) as team_id,
				                   (select cluster_id from wijkteam where id = :team) as cluster_id) z
				where v.actief
				  and (cast(:patroon as varchar) is null or v.naam ilike :patroon escape '\\'
				       or v.omschrijving ilike :patroon escape '\\')
				  and (cast(:patroon as varchar) is not null or v.team_ids @> array[z.team_id]
				       or v.cluster_ids @> array[z.cluster_id]
				       or (cardinality(v.team_ids) = 0 and cardinality(v.cluster_ids) = 0))
				order by case when v.team_ids @> array[z.team_id] then 0
				              when v.cluster_ids @> array[z.cluster_id] then 1
				              when cardinality(v.team_ids) = 0 and cardinality(v.cluster_ids) = 0 then 2
				              else 3 end,
				         case when v.soort in (%s) then 0 else 1 end, lower(v.naam), v.id
				limit :max
				""".formatted(informeel))
			.param("team", teamId)
			.param("patroon", patroon(tekst))
			.param("max", max)
			.query(SocialeKaart::info)
			.list();
	}

	/**
	 * A search text as an ILIKE pattern that matches it anywhere, its wildcards escaped;
	 * null for no text.
	 */
	static String patroon(String tekst) {
		if (tekst == null || tekst.isBlank()) {
			return null;
		}
		String letterlijk = tekst.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + letterlijk + "%";
	}

	private List<Fout> controleer(Voorziening huidig, VoorzieningGegevens gegevens) {
		List<Fout> fouten = new ArrayList<>();
		Optional<Voorziening> zelfdeNaam = (huidig == null)
				? this.voorzieningen.findFirstByNaamIgnoreCase(gegevens.naam())
				: this.voorzieningen.findFirstByNaamIgnoreCaseAndIdNot(gegevens.naam(), huidig.getId());
		zelfdeNaam.ifPresent((ander) -> fouten.add(new Fout("naam", "socialekaart.fout.naamBestaat", ander.getNaam())));
		Set<Long> hadTeams = (huidig != null) ? new HashSet<>(huidig.getTeamIds()) : Set.of();
		Set<Long> hadClusters = (huidig != null) ? new HashSet<>(huidig.getClusterIds()) : Set.of();
		Set<Long> actieveTeams = this.organisatie.teams()
			.stream()
			.filter(TeamInfo::actief)
			.map(TeamInfo::id)
			.collect(Collectors.toSet());
		Set<Long> actieveClusters = this.organisatie.clusters()
			.stream()
			.filter(ClusterInfo::actief)
			.map(ClusterInfo::id)
			.collect(Collectors.toSet());
		if (!gegevens.teamIds().stream().allMatch((t) -> actieveTeams.contains(t) || hadTeams.contains(t))) {
			fouten.add(new Fout("teamIds", "socialekaart.fout.teamOngeldig"));
		}
		if (!gegevens.clusterIds().stream().allMatch((c) -> actieveClusters.contains(c) || hadClusters.contains(c))) {
			fouten.add(new Fout("clusterIds", "socialekaart.fout.clusterOngeldig"));
		}
		return fouten;
	}

	/** Two saves of the same new name at once: the unique index refuses the second. */
	private static RuntimeException naamBezet(DataIntegrityViolationException ex, String naam) {
		if (String.valueOf(ex.getMessage()).contains("ux_voorziening_naam")) {
			return Weigering.van("naam", "socialekaart.fout.naamBestaat", naam);
		}
		return ex;
	}

	private static void weigerBij(List<Fout> fouten) {
		if (!fouten.isEmpty()) {
			throw new Weigering(fouten);
		}
	}

	private Voorziening laad(long id) {
		return this.voorzieningen.findById(id).orElseThrow(() -> new NietGevondenException("voorziening"));
	}

	private static VoorzieningInfo info(ResultSet rs, int rij) throws SQLException {
		return new VoorzieningInfo(rs.getLong("id"), rs.getString("naam"),
				VoorzieningSoort.valueOf(rs.getString("soort")), rs.getString("omschrijving"), rs.getString("adres"),
				rs.getString("telefoon"), rs.getString("email"), rs.getString("website"),
				lijst(rs.getArray("team_ids"), Long.class::cast), lijst(rs.getArray("cluster_ids"), Long.class::cast),
				lijst(rs.getArray("team_namen"), String::valueOf), lijst(rs.getArray("cluster_namen"), String::valueOf),
				rs.getBoolean("actief"), rs.getLong("version"));
	}

	private static <T> List<T> lijst(Array array, Function<Object, T> omzetting) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map(omzetting).toList();
	}

	/**
	 * What beheer enters for an entry. No team and no cluster means the whole city.
	 */
	public record VoorzieningGegevens(String naam, VoorzieningSoort soort, String omschrijving, String adres,
			String telefoon, String email, String website, List<Long> teamIds, List<Long> clusterIds) {

		public VoorzieningGegevens {
			teamIds = (teamIds != null) ? List.copyOf(teamIds) : List.of();
			clusterIds = (clusterIds != null) ? List.copyOf(clusterIds) : List.of();
		}

		/** Trimmed, blank optional fields as null, each team and cluster once. */
		VoorzieningGegevens opgeschoond() {
			return new VoorzieningGegevens(this.naam.strip(), this.soort, leegIsNull(this.omschrijving),
					leegIsNull(this.adres), leegIsNull(this.telefoon), leegIsNull(this.email), leegIsNull(this.website),
					this.teamIds.stream().distinct().toList(), this.clusterIds.stream().distinct().toList());
		}

		private static String leegIsNull(String tekst) {
			return (tekst == null || tekst.isBlank()) ? null : tekst.strip();
		}

	}

	/**
	 * An entry as pages show it: with the names of the teams and clusters it serves (both
	 * empty: the whole city).
	 */
	public record VoorzieningInfo(long id, String naam, VoorzieningSoort soort, String omschrijving, String adres,
			String telefoon, String email, String website, List<Long> teamIds, List<Long> clusterIds,
			List<String> teamNamen, List<String> clusterNamen, boolean actief, long version) {

		public boolean isHeleStad() {
			return this.teamIds.isEmpty() && this.clusterIds.isEmpty();
		}

		/** The clusters and then the teams it serves, by name. */
		public List<String> werkgebied() {
			List<String> namen = new ArrayList<>(this.clusterNamen);
			namen.addAll(this.teamNamen);
			return namen;
		}

	}

	/** One page of the beheer list; page numbers count from 0. */
	public record Pagina(List<VoorzieningInfo> regels, int nummer, int laatste, long totaal) {

		public boolean heeftVorige() {
			return this.nummer > 0;
		}

		public boolean heeftVolgende() {
			return this.nummer < this.laatste;
		}

	}

}
