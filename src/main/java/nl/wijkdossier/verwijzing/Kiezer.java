package nl.wijkdossier.verwijzing;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sociale-kaart entries a wijkwerker can refer a case to, nearest first: those that
 * serve the case's own neighbourhood (its wijkteam), then those of its cluster, then
 * those for the whole city; within each band the informal ones first (informal support
 * close to home is the first thing to consider), then by name. Only active entries. With
 * a search text the entries of other neighbourhoods come last, so an initiative next door
 * can still be found by name.
 * <p>
 * One query, ordered and limited in PostgreSQL (the served teams and clusters are arrays
 * with GIN indexes), so the picker stays fast however large the kaart grows.
 */
@Component
class Kiezer {

	/** At most this many options on the page; the search narrows them down. */
	static final int MAXIMUM = 50;

	private static final String INFORMEEL = VoorzieningSoort.INFORMEEL.stream()
		.map((soort) -> "'" + soort.name() + "'")
		.sorted()
		.collect(Collectors.joining(", "));

	private static final String KEUZES = """
			with zaak as (
			    select cast(:team as bigint) as team_id, (select cluster_id from wijkteam where id = :team) as cluster_id
			)
			select v.id, v.naam, v.soort, v.omschrijving, v.adres, v.telefoon, v.email, v.website,
			       case when v.team_ids @> array[z.team_id] then 0
			            when v.cluster_ids @> array[z.cluster_id] then 1
			            when cardinality(v.team_ids) = 0 and cardinality(v.cluster_ids) = 0 then 2
			            else 3 end as band
			from voorziening v cross join zaak z
			where v.actief
			  and ((
			        (cast(:soort as varchar) is null or v.soort = :soort)
			        and (cast(:patroon as varchar) is null or v.naam ilike :patroon escape '\\'
			             or v.omschrijving ilike :patroon escape '\\')
			        and (cast(:patroon as varchar) is not null
			             or v.team_ids @> array[z.team_id] or v.cluster_ids @> array[z.cluster_id]
			             or (cardinality(v.team_ids) = 0 and cardinality(v.cluster_ids) = 0))
			      ) or v.id = :gekozen)
			order by band, case when v.soort in (%s) then 0 else 1 end, lower(v.naam), v.id
			limit :limit
			"""
		.formatted(INFORMEEL);

	private final JdbcClient jdbc;

	Kiezer(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The options for a case of this team.
	 * @param gekozen the entry the user already chose (kept in the list whatever the
	 * filter, while it is active), or null
	 */
	Keuzes keuzes(long teamId, VoorzieningSoort soort, String tekst, Long gekozen) {
		List<Keuze> keuzes = this.jdbc.sql(KEUZES)
			.param("team", teamId)
			.param("soort", (soort != null) ? soort.name() : null)
			.param("patroon", SocialeKaart.patroon(tekst))
			.param("gekozen", (gekozen != null) ? gekozen : -1L)
			.param("limit", MAXIMUM + 1)
			.query((rs, rij) -> new Keuze(rs.getLong("id"), rs.getString("naam"),
					VoorzieningSoort.valueOf(rs.getString("soort")), rs.getString("omschrijving"),
					rs.getString("adres"), rs.getString("telefoon"), rs.getString("email"), rs.getString("website"),
					Band.values()[rs.getInt("band")]))
			.list();
		boolean meer = keuzes.size() > MAXIMUM;
		return new Keuzes(meer ? keuzes.subList(0, MAXIMUM) : keuzes, meer);
	}

	/** How near an entry is to the resident. */
	enum Band {

		WIJK, CLUSTER, STAD, ELDERS;

		public String messageKey() {
			return "verwijzing.band." + name();
		}

	}

	/** One option of the picker. */
	record Keuze(long id, String naam, VoorzieningSoort soort, String omschrijving, String adres, String telefoon,
			String email, String website, Band band) {
	}

	/**
	 * The options in order, and whether the search should be narrowed to see them all.
	 */
	record Keuzes(List<Keuze> lijst, boolean meer) {

		/** The options grouped by band, nearest first, empty bands left out. */
		public List<Groep> groepen() {
			return java.util.Arrays.stream(Band.values())
				.map((band) -> new Groep(band, this.lijst.stream().filter((k) -> k.band() == band).toList()))
				.filter((groep) -> !groep.keuzes().isEmpty())
				.toList();
		}

	}

	/** The options of one band. */
	record Groep(Band band, List<Keuze> keuzes) {

		public String messageKey() {
			return this.band.messageKey();
		}

	}

}
