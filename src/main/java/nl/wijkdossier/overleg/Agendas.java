package nl.wijkdossier.overleg;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.audit.ToegangsLog;
import nl.wijkdossier.casus.CasusKop;
import nl.wijkdossier.casus.Dossiers;
import nl.wijkdossier.casus.Scope;
import nl.wijkdossier.casus.Status;
import nl.wijkdossier.casus.Tijdlijn;
import nl.wijkdossier.casus.Toegang;
import nl.wijkdossier.overleg.OverlegWeigering.Fout;
import nl.wijkdossier.shared.NietGevondenException;
import nl.wijkdossier.shared.web.Datums;
import nl.wijkdossier.shared.web.Keuze;

/**
 * The agenda of a meeting: reading it, putting a case on it, taking one off.
 * <p>
 * The agenda shows each attendee only what she may see: its items are read joined to
 * their case with the viewer's own scope in the query ({@link Scope#SQL}); the items
 * outside it are only counted, so the chair knows they are there, without a name or a
 * question. Every item shown writes an {@code OVERLEG_AGENDA_BEKEKEN} row, on behalf of
 * the absent regievoerder when only an inval lets her see it.
 * <p>
 * A case goes on the agenda of a meeting that is still to come, by an attendee who may
 * see the case, when it is the team's work: a case of the meeting's team, or one whose
 * regievoerder is a member of it (regie held across teams within the cluster). A case of
 * another team that someone only sees as its invaller or manager is not: the other
 * attendees could not see what they are asked to discuss; it belongs in its own team's
 * meeting. At most once per meeting; a timeline line on the case links to the meeting.
 */
@Service
@Transactional
class Agendas {

	/** The longest question for the team. */
	static final int MAX_VRAAG = 1000;

	/** How many of her own cases the agenda offers to put on it. */
	private static final int MAX_EIGEN_CASUSSEN = 100;

	private static final String PUNTEN = """
			select a.id, a.casus_id, a.vraag, a.positie, a.geagendeerd_door, gu.weergavenaam as geagendeerd_door_naam,
			       a.geagendeerd_op, c.inwoner_id, i.voornaam || ' ' || i.achternaam as inwoner_naam, c.team_id,
			       ct.naam as casus_team_naam, c.status, c.regievoerder_id,
			       r.voornaam || ' ' || r.achternaam as regievoerder_naam, r.gebruiker_id as regievoerder_gebruiker_id,
			""" + BesprekingInfo.KOLOMMEN + """
			from overleg_agendapunt a
			join casus c on c.id = a.casus_id
			join inwoner i on i.id = c.inwoner_id
			join wijkteam ct on ct.id = c.team_id
			join gebruiker gu on gu.id = a.geagendeerd_door
			left join medewerker r on r.id = c.regievoerder_id
			""" + BesprekingInfo.JOINS + """
			where a.overleg_id = :overleg and
			""" + Scope.SQL + """

			order by a.positie, a.id
			""";

	/** The items the viewer may not see: only how many. A null in the scope is "no". */
	private static final String VERBORGEN = """
			select count(*)
			from overleg_agendapunt a
			join casus c on c.id = a.casus_id
			where a.overleg_id = :overleg and not coalesce(
			""" + Scope.SQL + ", false)";

	/** Whether the case is the work of this team: its own case, or regie by a member. */
	private static final String HOORT_BIJ_TEAM = """
			select c.team_id = :team
			       or exists (select 1 from medewerker m where m.id = c.regievoerder_id and m.team_id = :team and m.actief)
			from casus c where c.id = :casus
			""";

	private static final String EIGEN_CASUSSEN = """
			select c.id, i.voornaam || ' ' || i.achternaam as naam, t.naam as team_naam
			from casus c
			join inwoner i on i.id = c.inwoner_id
			join wijkteam t on t.id = c.team_id
			where c.regievoerder_id = :ik and c.status <> 'AFGESLOTEN'
			  and (c.team_id = :team
			       or exists (select 1 from medewerker m where m.id = :ik and m.team_id = :team and m.actief))
			  and not exists (select 1 from overleg_agendapunt a where a.overleg_id = :overleg and a.casus_id = c.id)
			order by i.achternaam, i.voornaam, c.id
			limit :limit
			""";

	private final OverlegToegang toegang;

	private final Toegang casusToegang;

	private final Dossiers dossiers;

	private final CasusOverleggen casusOverleggen;

	private final Tijdlijn tijdlijn;

	private final ToegangsLog toegangsLog;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	Agendas(OverlegToegang toegang, Toegang casusToegang, Dossiers dossiers, CasusOverleggen casusOverleggen,
			Tijdlijn tijdlijn, ToegangsLog toegangsLog, JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.toegang = toegang;
		this.casusToegang = casusToegang;
		this.dossiers = dossiers;
		this.casusOverleggen = casusOverleggen;
		this.tijdlijn = tijdlijn;
		this.toegangsLog = toegangsLog;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The agenda as this attendee may see it, with one access-log row per item shown; for
	 * anyone else a DENIED row and "not found".
	 */
	public Agenda agenda(WijkdossierUser gebruiker, long overlegId) {
		OverlegKop kop = this.toegang.kop(gebruiker, overlegId, Gebeurtenis.OVERLEG_AGENDA_BEKEKEN, null);
		Scope scope = this.casusToegang.scopeVan(gebruiker);
		List<Punt> punten = new ArrayList<>();
		List<Inzage> inzagen = new ArrayList<>();
		this.jdbc.sql(PUNTEN).param("overleg", overlegId).params(scope.parameters()).query((ResultSet rs) -> {
			punten.add(punt(rs));
			long regievoerder = rs.getLong("regievoerder_id");
			inzagen.add(new Inzage(rs.getLong("inwoner_id"), rs.getLong("casus_id"), rs.getLong("team_id"),
					rs.wasNull() ? null : regievoerder, rs.getLong("regievoerder_gebruiker_id")));
		});
		int verborgen = this.jdbc.sql(VERBORGEN)
			.param("overleg", overlegId)
			.params(scope.parameters())
			.query(Integer.class)
			.single();
		for (Inzage inzage : inzagen) {
			logInzage(scope, inzage);
		}
		LocalDate vandaag = LocalDate.now(this.clock);
		boolean manager = gebruiker.heeftRol(Rol.WIJKTEAMMANAGER);
		List<Keuze> eigenCasussen = kop.isKomend(vandaag) ? eigenCasussen(scope, kop) : List.of();
		return new Agenda(kop, punten, verborgen, kop.isKomend(vandaag), kop.isBegonnen(vandaag), manager,
				gebruiker.id(), eigenCasussen);
	}

	/**
	 * The access-log row of one case shown: on behalf of the absent regievoerder when
	 * neither her teams nor her own regie let the viewer see it, only her inval (as the
	 * casus module's dossier reads do).
	 */
	private void logInzage(Scope scope, Inzage inzage) {
		if (scope.alleenDoorInval(inzage.teamId(), inzage.regievoerderId())) {
			this.toegangsLog.okNamens(Gebeurtenis.OVERLEG_AGENDA_BEKEKEN, inzage.inwonerId(), inzage.casusId(),
					inzage.regievoerderGebruikerId());
		}
		else {
			this.toegangsLog.ok(Gebeurtenis.OVERLEG_AGENDA_BEKEKEN, inzage.inwonerId(), inzage.casusId());
		}
	}

	/**
	 * Her own open cases (as regievoerder) that may still go on this meeting's agenda,
	 * for the agenda's own form; the list is one read of her work list.
	 */
	private List<Keuze> eigenCasussen(Scope scope, OverlegKop kop) {
		if (scope.medewerkerId() < 0) {
			return List.of();
		}
		List<Keuze> keuzes = this.jdbc.sql(EIGEN_CASUSSEN)
			.param("ik", scope.medewerkerId())
			.param("team", kop.teamId())
			.param("overleg", kop.id())
			.param("limit", MAX_EIGEN_CASUSSEN)
			.query((rs, rij) -> new Keuze(String.valueOf(rs.getLong("id")),
					tekst("overleg.agenda.eigenCasus", rs.getString("naam"), rs.getString("team_naam"))))
			.list();
		if (!keuzes.isEmpty()) {
			this.toegangsLog.ok(Gebeurtenis.WERKLIJST_BEKEKEN, null, null);
		}
		return keuzes;
	}

	/**
	 * Puts a case on a meeting's agenda with the question for the team. The meeting must
	 * be one this person attends and the case one she may see (else a DENIED row and "not
	 * found"); the case read is the {@code OVERLEG_GEAGENDEERD} row, rolled back with the
	 * rest when a rule refuses it.
	 * @return the new agenda item's id
	 * @throws OverlegWeigering with every broken rule; the field
	 * {@link OverlegWeigering#KEUZE} is the choice of meeting or case
	 */
	public long agendeer(WijkdossierUser gebruiker, long overlegId, Long casusId, String vraag) {
		OverlegKop kop = this.toegang.kop(gebruiker, overlegId, Gebeurtenis.OVERLEG_GEAGENDEERD, casusId);
		this.jdbc.sql("select id from overleg where id = ? for update").param(overlegId).query(Long.class).single();
		String tekst = OverlegInvoer.tekst(vraag);
		List<Fout> fouten = new ArrayList<>();
		vraag(fouten, tekst);
		if (casusId == null) {
			fouten.add(new Fout("casusId", "overleg.fout.casusKiezen"));
			OverlegWeigering.weigerBij(fouten);
		}
		CasusKop casus = this.dossiers.kop(gebruiker, casusId, Gebeurtenis.OVERLEG_GEAGENDEERD);
		LocalDate vandaag = LocalDate.now(this.clock);
		if (!kop.isKomend(vandaag)) {
			fouten.add(new Fout(OverlegWeigering.KEUZE, "overleg.fout.overlegVoorbij"));
		}
		else if (casus.isAfgesloten()) {
			fouten.add(new Fout(OverlegWeigering.KEUZE, "overleg.fout.casusAfgesloten"));
		}
		else if (!hoortBijTeam(casusId, kop.teamId())) {
			fouten.add(new Fout(OverlegWeigering.KEUZE, "overleg.fout.nietVanTeam", kop.teamNaam()));
		}
		else if (staatOpAgenda(overlegId, casusId)) {
			fouten.add(new Fout(OverlegWeigering.KEUZE, "overleg.fout.alGeagendeerd", Datums.dag(kop.datum())));
		}
		OverlegWeigering.weigerBij(fouten);
		long id;
		try {
			id = this.jdbc
				.sql("""
						insert into overleg_agendapunt (overleg_id, casus_id, vraag, geagendeerd_door, geagendeerd_op, positie)
						values (:overleg, :casus, :vraag, :door, :op,
						        (select coalesce(max(positie), 0) + 1 from overleg_agendapunt where overleg_id = :overleg))
						returning id
						""")
				.param("overleg", overlegId)
				.param("casus", casusId)
				.param("vraag", tekst)
				.param("door", gebruiker.id())
				.param("op", Timestamp.from(this.clock.instant()))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw OverlegWeigering.van(OverlegWeigering.KEUZE, "overleg.fout.alGeagendeerd", Datums.dag(kop.datum()));
		}
		this.tijdlijn.schrijf(casusId, gebruiker.id(), "overlegGeagendeerd",
				tekst("overleg.tijdlijn.geagendeerd", Datums.dag(kop.datum()), kop.tijd(), kop.teamNaam()),
				pad(overlegId));
		return id;
	}

	/**
	 * The page to put a case on an agenda from its dossier: the case's head (read within
	 * scope, logged as {@code CASUS_BEKEKEN}) and the coming meetings it may go on.
	 */
	public Agenderen agenderen(WijkdossierUser gebruiker, long casusId) {
		CasusKop casus = this.dossiers.kop(gebruiker, casusId, Gebeurtenis.CASUS_BEKEKEN);
		List<Keuze> keuzes = this.casusOverleggen.keuzes(casusId, OverlegToegang.ids(this.toegang.mijnTeams(gebruiker)),
				LocalDate.now(this.clock));
		return new Agenderen(casus, keuzes);
	}

	/**
	 * Takes a case off the agenda before it is discussed: by whoever put it on, or by a
	 * manager of the meeting's team. A timeline line says so.
	 * @throws OverlegWeigering when it was discussed already, or it is not hers to take
	 * off
	 */
	public void haalVanAgenda(WijkdossierUser gebruiker, long overlegId, long puntId) {
		OverlegKop kop = this.toegang.kop(gebruiker, overlegId, Gebeurtenis.CASUS_GEWIJZIGD, null);
		Item item = item(overlegId, puntId, Gebeurtenis.CASUS_GEWIJZIGD);
		this.dossiers.kop(gebruiker, item.casusId(), Gebeurtenis.CASUS_GEWIJZIGD);
		if (item.besproken()) {
			throw OverlegWeigering.van(null, "overleg.fout.alBesproken");
		}
		if (item.geagendeerdDoor() != gebruiker.id() && !gebruiker.heeftRol(Rol.WIJKTEAMMANAGER)) {
			throw OverlegWeigering.van(null, "overleg.fout.nietUwAgendapunt");
		}
		this.jdbc.sql("delete from overleg_agendapunt where id = ?").param(puntId).update();
		this.tijdlijn.schrijf(item.casusId(), gebruiker.id(), "overlegVanAgenda",
				tekst("overleg.tijdlijn.vanAgenda", Datums.dag(kop.datum()), kop.teamNaam()), pad(overlegId));
	}

	/**
	 * An item of this meeting, locked until the end of the transaction (taking it off and
	 * discussing it cannot cross); another meeting's item is "not found" with a DENIED
	 * row.
	 */
	Item item(long overlegId, long puntId, Gebeurtenis gebeurtenis) {
		Item item = this.jdbc.sql("""
				select a.id, a.casus_id, a.geagendeerd_door, a.vraag
				from overleg_agendapunt a
				where a.id = :id and a.overleg_id = :overleg
				for update
				""")
			.param("id", puntId)
			.param("overleg", overlegId)
			.query((rs, rij) -> new Item(rs.getLong("id"), rs.getLong("casus_id"), rs.getLong("geagendeerd_door"),
					rs.getString("vraag"), false))
			.optional()
			.orElseThrow(() -> nietGevonden(gebeurtenis));
		// a statement of its own, after the lock: it sees a discussion committed
		// meanwhile
		boolean besproken = this.jdbc.sql("select exists (select 1 from overleg_bespreking where agendapunt_id = ?)")
			.param(puntId)
			.query(Boolean.class)
			.single();
		return new Item(item.id(), item.casusId(), item.geagendeerdDoor(), item.vraag(), besproken);
	}

	/**
	 * An item that is not one of this meeting: a DENIED row (the id was not the user's to
	 * use) and "not found".
	 */
	NietGevondenException nietGevonden(Gebeurtenis gebeurtenis) {
		this.toegangsLog.geweigerd(gebeurtenis, null, null);
		return new NietGevondenException("agendapunt");
	}

	private boolean hoortBijTeam(long casusId, long teamId) {
		return this.jdbc.sql(HOORT_BIJ_TEAM)
			.param("team", teamId)
			.param("casus", casusId)
			.query(Boolean.class)
			.single();
	}

	private boolean staatOpAgenda(long overlegId, long casusId) {
		return this.jdbc.sql("select exists (select 1 from overleg_agendapunt where overleg_id = ? and casus_id = ?)")
			.params(overlegId, casusId)
			.query(Boolean.class)
			.single();
	}

	static void vraag(List<Fout> fouten, String tekst) {
		if (tekst == null) {
			fouten.add(new Fout("vraag", "overleg.fout.vraagVerplicht"));
		}
		else if (tekst.length() > MAX_VRAAG) {
			fouten.add(new Fout("vraag", "overleg.fout.teLang", MAX_VRAAG));
		}
	}

	static String pad(long overlegId) {
		return "/overleg/" + overlegId;
	}

	private String tekst(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	private static Punt punt(ResultSet rs) throws SQLException {
		return new Punt(rs.getLong("id"), rs.getLong("casus_id"), rs.getString("inwoner_naam"),
				rs.getString("casus_team_naam"), rs.getString("regievoerder_naam"),
				Status.valueOf(rs.getString("status")), rs.getString("vraag"), rs.getInt("positie"),
				rs.getLong("geagendeerd_door"), rs.getString("geagendeerd_door_naam"),
				rs.getTimestamp("geagendeerd_op").toInstant(), BesprekingInfo.lees(rs));
	}

	/** The dossier's way onto an agenda: the case and the meetings to choose from. */
	record Agenderen(CasusKop casus, List<Keuze> keuzes) {
	}

	/** What the log needs of a case shown. */
	private record Inzage(long inwonerId, long casusId, long teamId, Long regievoerderId,
			long regievoerderGebruikerId) {
	}

	/** An agenda item as the rules see it. */
	record Item(long id, long casusId, long geagendeerdDoor, String vraag, boolean besproken) {
	}

	/**
	 * The agenda page's content: the items this attendee may see, how many she may not,
	 * and what she may do now.
	 */
	record Agenda(OverlegKop kop, List<Punt> punten, int verborgen, boolean kanAgenderen, boolean kanBespreken,
			boolean manager, long gebruikerId, List<Keuze> eigenCasussen) {

		public int besproken() {
			return (int) this.punten.stream().filter(Punt::isBesproken).count();
		}

		/** Before it is discussed: by whoever put it on, or a manager. */
		public boolean kanVerwijderen(Punt punt) {
			return !punt.isBesproken() && (this.manager || punt.geagendeerdDoorId() == this.gebruikerId);
		}

	}

	/** One item the viewer may see, with its discussion once recorded. */
	record Punt(long id, long casusId, String inwonerNaam, String casusTeamNaam, String regievoerderNaam,
			Status casusStatus, String vraag, int positie, long geagendeerdDoorId, String geagendeerdDoor,
			Instant geagendeerdOp, BesprekingInfo bespreking) {

		public boolean isBesproken() {
			return this.bespreking != null;
		}

		public boolean isAfgesloten() {
			return this.casusStatus == Status.AFGESLOTEN;
		}

	}

}
