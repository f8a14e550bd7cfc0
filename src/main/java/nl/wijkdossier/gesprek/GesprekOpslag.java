package nl.wijkdossier.gesprek;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wijkdossier.shared.ZrmDomein;

/**
 * Stores a finalised conversation with its ZRM scores, agreements and (on a suspicion of
 * domestic violence) the start of the meldcode, and reads conversations back for their
 * page, the dossier and the form. The caller has checked the case's scope and holds the
 * transaction. A conversation is only ever inserted; a correction is a row of its own.
 */
@Component
class GesprekOpslag {

	private static final String GESPREK = """
			select g.id, g.casus_id, g.datum, g.locatie, g.deelnemers, g.deelnemers_toelichting, g.verslag,
			       g.interne_notitie, g.behoeften, g.eigen_kracht, g.mantelzorg_netwerk, g.mantelzorger_ondersteuning,
			       g.algemene_voorzieningen, g.maatwerk_nodig, g.maatwerk_toelichting, g.volgende_stap,
			       g.mantelzorger_aanwezig, g.mantelzorger_naam, g.mantelzorger_relatie, g.ediz_score,
			       g.vrijwilliger_gewenst, g.vrijwilliger_waarvoor, g.vermoeden_huiselijk_geweld, g.vastgelegd_op,
			       g.verslag_verstuurd_op, g.verslag_verstuurd_via, u.weergavenaam as auteur
			from gesprek g
			join gebruiker u on u.id = g.auteur_gebruiker_id
			where g.id = ? and g.casus_id = ?
			""";

	private static final String CORRECTIES = """
			select c.reden, c.verslag, c.interne_notitie, c.op, u.weergavenaam as door
			from gesprek_correctie c
			join gebruiker u on u.id = c.door_gebruiker_id
			where c.gesprek_id = ?
			order by c.op, c.id
			""";

	/** Each score with the score of the same domain in the last earlier conversation. */
	private static final String ZRM = """
			select z.domein, z.score, z.doel,
			       (select z2.score from gesprek_zrm z2 join gesprek g2 on g2.id = z2.gesprek_id
			        where g2.casus_id = g.casus_id and z2.domein = z.domein and (g2.datum, g2.id) < (g.datum, g.id)
			        order by g2.datum desc, g2.id desc limit 1) as vorige
			from gesprek_zrm z
			join gesprek g on g.id = z.gesprek_id
			where z.gesprek_id = ?
			""";

	private static final String AFSPRAKEN = """
			select omschrijving, wie, partner, deadline, status, klaar_op
			from afspraak where gesprek_id = ? order by volgorde, id
			""";

	/** The latest score per domain of the case's conversations up to a date. */
	private static final String LAATSTE_SCORES = """
			select distinct on (z.domein) z.domein, z.score, g.datum
			from gesprek_zrm z
			join gesprek g on g.id = z.gesprek_id
			where g.casus_id = :casus and g.datum <= :tot
			order by z.domein, g.datum desc, g.id desc
			""";

	/**
	 * The case's conversations, newest first, with the first line of their current text.
	 */
	private static final String VAN_CASUS = """
			select g.id, g.datum, g.locatie, u.weergavenaam as auteur,
			       coalesce(c.verslag, g.verslag) as verslag, c.verslag is not null as gecorrigeerd
			from gesprek g
			join gebruiker u on u.id = g.auteur_gebruiker_id
			left join lateral (select verslag from gesprek_correctie
			                   where gesprek_id = g.id order by op desc, id desc limit 1) c on true
			where g.casus_id = ?
			order by g.datum desc, g.id desc
			""";

	private final JdbcClient jdbc;

	GesprekOpslag(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the conversation, its scores and its agreements; returns its id. */
	long voegToe(long casusId, long auteurId, Gesprek gesprek, Instant nu) {
		Gesprek.Onderzoek o = gesprek.onderzoek();
		Gesprek.Mantelzorger m = gesprek.mantelzorger();
		long id = this.jdbc.sql("""
				insert into gesprek (casus_id, auteur_gebruiker_id, datum, locatie, deelnemers, deelnemers_toelichting,
				    verslag, interne_notitie, behoeften, eigen_kracht, mantelzorg_netwerk, mantelzorger_ondersteuning,
				    algemene_voorzieningen, maatwerk_nodig, maatwerk_toelichting, volgende_stap, mantelzorger_aanwezig,
				    mantelzorger_naam, mantelzorger_relatie, ediz_score, vrijwilliger_gewenst, vrijwilliger_waarvoor,
				    vermoeden_huiselijk_geweld, vastgelegd_op)
				values (:casus, :auteur, :datum, :locatie, cast(:deelnemers as varchar(30)[]), :toelichting,
				    :verslag, :notitie, :behoeften, :eigenKracht, :netwerk, :ondersteuning,
				    :voorzieningen, :maatwerk, :maatwerkToelichting, :volgendeStap, :mantelzorger,
				    :mantelzorgerNaam, :mantelzorgerRelatie, :ediz, :vrijwilliger, :waarvoor,
				    :huiselijkGeweld, :nu)
				returning id
				""")
			.param("casus", casusId)
			.param("auteur", auteurId)
			.param("datum", gesprek.datum())
			.param("locatie", gesprek.locatie().name())
			.param("deelnemers", gesprek.deelnemers().stream().map(Enum::name).toArray(String[]::new))
			.param("toelichting", gesprek.deelnemersToelichting())
			.param("verslag", gesprek.verslag())
			.param("notitie", gesprek.interneNotitie())
			.param("behoeften", o.behoeften())
			.param("eigenKracht", o.eigenKracht())
			.param("netwerk", o.mantelzorgNetwerk())
			.param("ondersteuning", o.mantelzorgerOndersteuning())
			.param("voorzieningen", o.algemeneVoorzieningen())
			.param("maatwerk", (o.maatwerkNodig() != null) ? o.maatwerkNodig().name() : null)
			.param("maatwerkToelichting", o.maatwerkToelichting())
			.param("volgendeStap", o.volgendeStap())
			.param("mantelzorger", m != null)
			.param("mantelzorgerNaam", (m != null) ? m.naam() : null)
			.param("mantelzorgerRelatie", (m != null) ? m.relatie() : null)
			.param("ediz", (m != null && m.edizScore() != null) ? m.edizScore().shortValue() : null)
			.param("vrijwilliger", gesprek.isVrijwilligerGewenst())
			.param("waarvoor", gesprek.vrijwilligerWaarvoor())
			.param("huiselijkGeweld", gesprek.vermoedenHuiselijkGeweld())
			.param("nu", Timestamp.from(nu))
			.query(Long.class)
			.single();
		for (Gesprek.ZrmScore score : gesprek.zrm()) {
			this.jdbc.sql("insert into gesprek_zrm (gesprek_id, domein, score, doel) values (?, ?, ?, ?)")
				.params(id, score.domein().name(), (short) score.score(),
						(score.doel() != null) ? score.doel().shortValue() : null)
				.update();
		}
		int volgorde = 0;
		for (GesprekAfspraak afspraak : gesprek.afspraken()) {
			this.jdbc.sql("""
					insert into afspraak (casus_id, gesprek_id, omschrijving, wie, partner, deadline, volgorde)
					values (:casus, :gesprek, :omschrijving, :wie, :partner, :deadline, :volgorde)
					""")
				.param("casus", casusId)
				.param("gesprek", id)
				.param("omschrijving", afspraak.omschrijving())
				.param("wie", afspraak.wie().name())
				.param("partner", afspraak.partner())
				.param("deadline", afspraak.deadline())
				.param("volgorde", (short) volgorde++)
				.update();
		}
		return id;
	}

	/**
	 * Starts the meldcode on the case unless it runs already; true when this conversation
	 * started it.
	 */
	boolean startMeldcode(long casusId, long gesprekId, LocalDate op, long doorGebruikerId) {
		return this.jdbc.sql("""
				insert into meldcode (casus_id, gesprek_id, gestart_op, gestart_door)
				values (?, ?, ?, ?)
				on conflict (casus_id) do nothing
				""").params(casusId, gesprekId, op, doorGebruikerId).update() == 1;
	}

	void voegCorrectieToe(long gesprekId, String reden, String verslag, String interneNotitie, long doorGebruikerId,
			Instant nu) {
		this.jdbc.sql("""
				insert into gesprek_correctie (gesprek_id, reden, verslag, interne_notitie, door_gebruiker_id, op)
				values (?, ?, ?, ?, ?, ?)
				""").params(gesprekId, reden, verslag, interneNotitie, doorGebruikerId, Timestamp.from(nu)).update();
	}

	/** The conversation of this case, with its history, scores and agreements. */
	Optional<GesprekWeergave> lees(long casusId, long gesprekId) {
		Optional<GesprekWeergave> gesprek = this.jdbc.sql(GESPREK)
			.params(gesprekId, casusId)
			.query((rs, rij) -> weergave(rs))
			.optional();
		return gesprek.map(this::aangevuld);
	}

	/**
	 * The latest score per domain over the case's conversations held on or before a date.
	 */
	Map<ZrmDomein, Integer> laatsteScores(long casusId, LocalDate tot) {
		Map<ZrmDomein, Integer> scores = new EnumMap<>(ZrmDomein.class);
		this.jdbc.sql(LAATSTE_SCORES)
			.param("casus", casusId)
			.param("tot", tot)
			.query((rs, rij) -> scores.put(ZrmDomein.valueOf(rs.getString("domein")), rs.getInt("score")))
			.list();
		return scores;
	}

	List<GesprekkenOverzicht.Regel> vanCasus(long casusId) {
		return this.jdbc.sql(VAN_CASUS)
			.param(casusId)
			.query((rs, rij) -> new GesprekkenOverzicht.Regel(rs.getLong("id"), casusId,
					rs.getObject("datum", LocalDate.class), GesprekLocatie.valueOf(rs.getString("locatie")),
					rs.getString("auteur"), GesprekkenOverzicht.eersteRegel(rs.getString("verslag")),
					rs.getBoolean("gecorrigeerd")))
			.list();
	}

	private GesprekWeergave aangevuld(GesprekWeergave basis) {
		List<GesprekWeergave.Versie> versies = new ArrayList<>(basis.versies());
		this.jdbc.sql(CORRECTIES)
			.param(basis.id())
			.query((rs, rij) -> new GesprekWeergave.Versie(versies.size() + rij + 1, rs.getString("door"),
					rs.getTimestamp("op").toInstant(), rs.getString("reden"), rs.getString("verslag"),
					rs.getString("interne_notitie")))
			.list()
			.forEach(versies::add);
		List<GesprekWeergave.Zrm> zrm = new ArrayList<>(this.jdbc.sql(ZRM)
			.param(basis.id())
			.query((rs, rij) -> new GesprekWeergave.Zrm(ZrmDomein.valueOf(rs.getString("domein")), rs.getInt("score"),
					geheel(rs, "doel"), geheel(rs, "vorige")))
			.list());
		zrm.sort(Comparator.comparing(GesprekWeergave.Zrm::domein));
		List<GesprekWeergave.AfspraakRegel> afspraken = this.jdbc.sql(AFSPRAKEN)
			.param(basis.id())
			.query((rs, rij) -> new GesprekWeergave.AfspraakRegel(rs.getString("omschrijving"),
					GesprekAfspraak.Wie.valueOf(rs.getString("wie")), rs.getString("partner"),
					rs.getObject("deadline", LocalDate.class), "KLAAR".equals(rs.getString("status")),
					rs.getObject("klaar_op", LocalDate.class)))
			.list();
		return new GesprekWeergave(basis.id(), basis.casusId(), basis.datum(), basis.locatie(), basis.deelnemers(),
				basis.deelnemersToelichting(), basis.auteurNaam(), basis.vastgelegdOp(), versies, basis.onderzoek(),
				zrm, afspraken, basis.mantelzorger(), basis.vrijwilligerWaarvoor(), basis.vermoedenHuiselijkGeweld(),
				basis.verslagVerstuurdOp(), basis.verslagVerstuurdVia());
	}

	private static GesprekWeergave weergave(ResultSet rs) throws SQLException {
		String maatwerk = rs.getString("maatwerk_nodig");
		Gesprek.Onderzoek onderzoek = new Gesprek.Onderzoek(rs.getString("behoeften"), rs.getString("eigen_kracht"),
				rs.getString("mantelzorg_netwerk"), rs.getString("mantelzorger_ondersteuning"),
				rs.getString("algemene_voorzieningen"), (maatwerk != null) ? GesprekMaatwerk.valueOf(maatwerk) : null,
				rs.getString("maatwerk_toelichting"), rs.getString("volgende_stap"));
		Gesprek.Mantelzorger mantelzorger = rs.getBoolean("mantelzorger_aanwezig")
				&& rs.getString("mantelzorger_naam") != null
						? new Gesprek.Mantelzorger(rs.getString("mantelzorger_naam"),
								rs.getString("mantelzorger_relatie"), geheel(rs, "ediz_score"))
						: null;
		Instant vastgelegdOp = rs.getTimestamp("vastgelegd_op").toInstant();
		GesprekWeergave.Versie origineel = new GesprekWeergave.Versie(1, rs.getString("auteur"), vastgelegdOp, null,
				rs.getString("verslag"), rs.getString("interne_notitie"));
		return new GesprekWeergave(rs.getLong("id"), rs.getLong("casus_id"), rs.getObject("datum", LocalDate.class),
				GesprekLocatie.valueOf(rs.getString("locatie")), deelnemers(rs.getArray("deelnemers")),
				rs.getString("deelnemers_toelichting"), rs.getString("auteur"), vastgelegdOp, List.of(origineel),
				onderzoek, List.of(), List.of(), mantelzorger,
				rs.getBoolean("vrijwilliger_gewenst") ? rs.getString("vrijwilliger_waarvoor") : null,
				rs.getBoolean("vermoeden_huiselijk_geweld"), rs.getObject("verslag_verstuurd_op", LocalDate.class),
				rs.getString("verslag_verstuurd_via"));
	}

	private static List<GesprekDeelnemer> deelnemers(Array array) throws SQLException {
		return Arrays.stream((Object[]) array.getArray())
			.map(String::valueOf)
			.map(GesprekDeelnemer::valueOf)
			.sorted()
			.toList();
	}

	private static Integer geheel(ResultSet rs, String kolom) throws SQLException {
		int waarde = rs.getInt(kolom);
		return rs.wasNull() ? null : waarde;
	}

}
