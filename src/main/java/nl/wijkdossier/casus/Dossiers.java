package nl.wijkdossier.casus;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.audit.ToegangsLog;
import nl.wijkdossier.inwoner.InwonerInfo;
import nl.wijkdossier.shared.NietGevondenException;
import nl.wijkdossier.shared.ZrmDomein;

/**
 * Reads a dossier: one query for the case with its resident, team and regievoerder, one
 * for the timeline. The scope is part of the query; the read is access-logged in the same
 * transaction (not read-only: the log row is written in it) before anything is shown.
 */
@Component
public class Dossiers {

	private static final String DOSSIER = """
			select c.id, c.status, c.urgentie, c.kanaal, c.aanmelder, c.hulpvraag, c.domeinen, c.wmo_melding,
			       c.gemeld_op, c.aangemeld_op, c.team_id, t.naam as team_naam, c.regievoerder_id,
			       r.voornaam || ' ' || r.achternaam as regievoerder_naam, c.eerste_contact_op, c.afgesloten_op,
			       c.afsluitreden, c.spoed_uitgesteld_reden, c.ontvangst_bevestigd_op,
			       c.clientondersteuning_aangeboden, c.aanvraag_op, c.opgeschort_van, c.opgeschort_tot,
			       c.opschorting_reden, c.onderzoek_afgerond_op, c.beschikking_op, c.onderzoeksgesprek_op, c.version,
			       i.id as inwoner_id, i.bsn, i.voornaam, i.achternaam, i.geboortedatum, i.postcode, i.huisnummer,
			       i.huisnummer_toevoeging, i.straat, i.woonplaats, i.telefoon, i.huisarts, i.waarschuwing,
			       i.version as inwoner_version
			from casus c
			join wijkteam t on t.id = c.team_id
			join inwoner i on i.id = c.inwoner_id
			left join medewerker r on r.id = c.regievoerder_id
			where c.id = :id and
			""" + Scope.SQL;

	private static final String TIJDLIJN = """
			select g.op, u.weergavenaam, g.soort, g.detail, g.link
			from casus_gebeurtenis g
			join gebruiker u on u.id = g.door_gebruiker_id
			where g.casus_id = ?
			order by g.op desc, g.id desc
			""";

	private static final String KOP = """
			select c.id, c.inwoner_id, i.voornaam || ' ' || i.achternaam as inwoner_naam, i.postcode, i.huisnummer,
			       i.huisnummer_toevoeging, i.straat, i.woonplaats, i.geboortedatum, c.team_id, t.naam as team_naam,
			       t.bezoekadres, t.telefoon as team_telefoon, c.status, c.domeinen, c.wmo_melding, c.gemeld_op,
			       c.regievoerder_id, r.voornaam || ' ' || r.achternaam as regievoerder_naam
			from casus c
			join wijkteam t on t.id = c.team_id
			join inwoner i on i.id = c.inwoner_id
			left join medewerker r on r.id = c.regievoerder_id
			where c.id = :id and
			""" + Scope.SQL;

	private final JdbcClient jdbc;

	private final Toegang toegang;

	private final ToegangsLog toegangsLog;

	private final Clock clock;

	private final InzageLog inzageLog;

	Dossiers(JdbcClient jdbc, Toegang toegang, ToegangsLog toegangsLog, Clock clock, InzageLog inzageLog) {
		this.jdbc = jdbc;
		this.toegang = toegang;
		this.toegangsLog = toegangsLog;
		this.clock = clock;
		this.inzageLog = inzageLog;
	}

	/**
	 * The dossier, logged as {@code CASUS_BEKEKEN}; out of scope (or absent) a DENIED row
	 * and "not found".
	 */
	@Transactional
	public Dossier lees(WijkdossierUser gebruiker, long casusId) {
		Scope scope = this.toegang.scopeVan(gebruiker);
		Optional<Dossier> dossier = scope.isLeeg() ? Optional.empty() : zoek(scope, casusId);
		if (dossier.isEmpty()) {
			this.toegangsLog.geweigerd(Gebeurtenis.CASUS_BEKEKEN, null, casusId);
			throw new NietGevondenException("casus");
		}
		this.inzageLog.ok(scope, Gebeurtenis.CASUS_BEKEKEN, dossier.get().inwoner().id(), casusId,
				dossier.get().teamId(), dossier.get().regievoerderId());
		return dossier.get();
	}

	/**
	 * The head of a case for a page that belongs to it, read within the user's scope and
	 * logged as the given event (what the page does with the resident's data); out of
	 * scope (or absent) a DENIED row of that event and "not found".
	 */
	@Transactional
	public CasusKop kop(WijkdossierUser gebruiker, long casusId, Gebeurtenis gebeurtenis) {
		Scope scope = this.toegang.scopeVan(gebruiker);
		Optional<CasusKop> kop = scope.isLeeg() ? Optional.empty()
				: this.jdbc.sql(KOP)
					.param("id", casusId)
					.params(scope.parameters())
					.query((rs, row) -> kop(rs))
					.optional();
		if (kop.isEmpty()) {
			this.toegangsLog.geweigerd(gebeurtenis, null, casusId);
			throw new NietGevondenException("casus");
		}
		this.inzageLog.ok(scope, gebeurtenis, kop.get().inwonerId(), casusId, kop.get().teamId(),
				kop.get().regievoerderId());
		return kop.get();
	}

	private static CasusKop kop(ResultSet rs) throws SQLException {
		String toevoeging = rs.getString("huisnummer_toevoeging");
		String straat = rs.getString("straat");
		String huisnummer = rs.getInt("huisnummer") + ((toevoeging != null) ? " " + toevoeging : "");
		String adres = ((straat != null) ? straat + " " + huisnummer + ", " : "") + rs.getString("postcode")
				+ ((rs.getString("woonplaats") != null) ? " " + rs.getString("woonplaats") : "");
		long regievoerder = rs.getLong("regievoerder_id");
		Long regievoerderId = rs.wasNull() ? null : regievoerder;
		return new CasusKop(rs.getLong("id"), rs.getLong("inwoner_id"), rs.getString("inwoner_naam"), adres,
				datum(rs, "geboortedatum"), rs.getLong("team_id"), rs.getString("team_naam"),
				rs.getString("bezoekadres"), rs.getString("team_telefoon"), Status.valueOf(rs.getString("status")),
				domeinen(rs.getArray("domeinen")), rs.getBoolean("wmo_melding"), datum(rs, "gemeld_op"), regievoerderId,
				rs.getString("regievoerder_naam"));
	}

	/** The case row first (scope in the query); its timeline only when it may be seen. */
	private Optional<Dossier> zoek(Scope scope, long casusId) {
		LocalDate vandaag = LocalDate.now(this.clock);
		List<Dossier.TijdlijnRegel> tijdlijn = new ArrayList<>();
		Optional<Dossier> dossier = this.jdbc.sql(DOSSIER)
			.param("id", casusId)
			.params(scope.parameters())
			.query((rs, row) -> dossier(rs, vandaag, Collections.unmodifiableList(tijdlijn)))
			.optional();
		dossier.ifPresent((d) -> tijdlijn.addAll(this.jdbc.sql(TIJDLIJN)
			.param(casusId)
			.query((rs, row) -> new Dossier.TijdlijnRegel(rs.getTimestamp("op").toInstant(),
					rs.getString("weergavenaam"), rs.getString("soort"), rs.getString("detail"), rs.getString("link")))
			.list()));
		return dossier;
	}

	private static Dossier dossier(ResultSet rs, LocalDate vandaag, List<Dossier.TijdlijnRegel> tijdlijn)
			throws SQLException {
		InwonerInfo inwoner = new InwonerInfo(rs.getLong("inwoner_id"), rs.getString("bsn"), rs.getString("voornaam"),
				rs.getString("achternaam"), datum(rs, "geboortedatum"), rs.getString("postcode"),
				rs.getInt("huisnummer"), rs.getString("huisnummer_toevoeging"), rs.getString("straat"),
				rs.getString("woonplaats"), rs.getString("telefoon"), rs.getString("huisarts"),
				rs.getString("waarschuwing"), rs.getLong("inwoner_version"));
		boolean wmo = rs.getBoolean("wmo_melding");
		LocalDate gemeldOp = datum(rs, "gemeld_op");
		LocalDate opgeschortVan = datum(rs, "opgeschort_van");
		LocalDate opgeschortTot = datum(rs, "opgeschort_tot");
		LocalDate onderzoekAfgerondOp = datum(rs, "onderzoek_afgerond_op");
		LocalDate aanvraagOp = datum(rs, "aanvraag_op");
		LocalDate beschikkingOp = datum(rs, "beschikking_op");
		WmoKlok klok = wmo ? WmoKlok.van(gemeldOp, opgeschortVan, opgeschortTot, onderzoekAfgerondOp, aanvraagOp,
				beschikkingOp, vandaag) : null;
		long regievoerder = rs.getLong("regievoerder_id");
		Long regievoerderId = rs.wasNull() ? null : regievoerder;
		boolean ondersteuning = rs.getBoolean("clientondersteuning_aangeboden");
		Boolean clientondersteuning = rs.wasNull() ? null : ondersteuning;
		String afsluitreden = rs.getString("afsluitreden");
		Timestamp aangemeldOp = rs.getTimestamp("aangemeld_op");
		return new Dossier(rs.getLong("id"), inwoner, Status.valueOf(rs.getString("status")),
				Urgentie.valueOf(rs.getString("urgentie")), Kanaal.valueOf(rs.getString("kanaal")),
				rs.getString("aanmelder"), rs.getString("hulpvraag"), domeinen(rs.getArray("domeinen")), wmo, gemeldOp,
				aangemeldOp.toInstant(), rs.getLong("team_id"), rs.getString("team_naam"), regievoerderId,
				rs.getString("regievoerder_naam"), datum(rs, "eerste_contact_op"), datum(rs, "afgesloten_op"),
				(afsluitreden != null) ? AfsluitReden.valueOf(afsluitreden) : null,
				rs.getString("spoed_uitgesteld_reden"), datum(rs, "ontvangst_bevestigd_op"), clientondersteuning,
				aanvraagOp, opgeschortVan, opgeschortTot, rs.getString("opschorting_reden"), onderzoekAfgerondOp,
				beschikkingOp, datum(rs, "onderzoeksgesprek_op"), klok, rs.getLong("version"), tijdlijn);
	}

	private static LocalDate datum(ResultSet rs, String kolom) throws SQLException {
		return rs.getObject(kolom, LocalDate.class);
	}

	private static List<ZrmDomein> domeinen(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray())
			.map(String::valueOf)
			.map(ZrmDomein::valueOf)
			.sorted()
			.toList();
	}

}
