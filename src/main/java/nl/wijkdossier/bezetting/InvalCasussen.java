package nl.wijkdossier.bezetting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.audit.ToegangsLog;
import nl.wijkdossier.casus.Scope;
import nl.wijkdossier.casus.Status;
import nl.wijkdossier.casus.Toegang;
import nl.wijkdossier.casus.Urgentie;
import nl.wijkdossier.casus.WmoKlok;

/**
 * The invaller's work for today: per absent colleague she covers today, that colleague's
 * active cases with the resident's name, status and next legal deadline. Whom she covers
 * comes from the same scope that opens the dossiers ({@link Toegang}), so the list and
 * the access agree to the day; out of the period the list is empty. Every case shown is a
 * read of a resident's data: one {@code INVAL_CASUSSEN_BEKEKEN} row per case, on behalf
 * of the absent regievoerder, in the same transaction (not read-only for that reason).
 * Two queries and one log row per case shown.
 */
@Component
class InvalCasussen {

	private static final String INVALLEN_VANDAAG = """
			select a.medewerker_id, m.gebruiker_id, m.voornaam || ' ' || m.achternaam as naam, t.naam as team_naam,
			       min(i.van) as van, max(i.tot) as tot
			from inval i
			join afwezigheid a on a.id = i.afwezigheid_id
			join medewerker m on m.id = a.medewerker_id
			left join wijkteam t on t.id = m.team_id
			where i.invaller_id = :ik and :vandaag between i.van and i.tot and a.medewerker_id = any(:afwezigen)
			group by a.medewerker_id, m.gebruiker_id, m.voornaam, m.achternaam, t.naam
			order by m.achternaam, m.voornaam
			""";

	private static final String CASUSSEN = """
			select c.id, c.inwoner_id, i.voornaam || ' ' || i.achternaam as inwoner_naam, c.regievoerder_id, c.status,
			       c.urgentie, c.gemeld_op, c.wmo_melding, c.opgeschort_van, c.opgeschort_tot, c.onderzoek_afgerond_op,
			       c.aanvraag_op, c.beschikking_op
			from casus c
			join inwoner i on i.id = c.inwoner_id
			where c.regievoerder_id = any(:scopeInval) and c.status <> 'AFGESLOTEN' and
			""" + Scope.SQL;

	private static final Comparator<InvalCasus> VOLGORDE = Comparator
		.comparing((InvalCasus c) -> (c.deadline() != null) ? c.deadline().uiterlijk() : LocalDate.MAX)
		.thenComparing(InvalCasus::urgentie)
		.thenComparing(InvalCasus::inwonerNaam)
		.thenComparingLong(InvalCasus::id);

	private final JdbcClient jdbc;

	private final Toegang toegang;

	private final ToegangsLog toegangsLog;

	private final Clock clock;

	InvalCasussen(JdbcClient jdbc, Toegang toegang, ToegangsLog toegangsLog, Clock clock) {
		this.jdbc = jdbc;
		this.toegang = toegang;
		this.toegangsLog = toegangsLog;
		this.clock = clock;
	}

	@Transactional
	List<InvalVoor> vandaag(WijkdossierUser gebruiker) {
		Scope scope = this.toegang.scopeVan(gebruiker);
		if (scope.invalVoor().isEmpty()) {
			return List.of();
		}
		LocalDate vandaag = Positie.vandaag(this.clock);
		List<InvalVoor> collegas = this.jdbc.sql(INVALLEN_VANDAAG)
			.param("ik", scope.medewerkerId())
			.param("vandaag", vandaag)
			.param("afwezigen", scope.invalArray())
			.query((rs, rij) -> new InvalVoor(rs.getLong("medewerker_id"), rs.getLong("gebruiker_id"),
					rs.getString("naam"), rs.getString("team_naam"), rs.getObject("van", LocalDate.class),
					rs.getObject("tot", LocalDate.class), List.of()))
			.list();
		Map<Long, List<InvalCasus>> perRegievoerder = this.jdbc.sql(CASUSSEN)
			.params(scope.parameters())
			.query((rs, rij) -> casus(rs, vandaag))
			.list()
			.stream()
			.collect(Collectors.groupingBy(InvalCasus::regievoerderId));
		List<InvalVoor> lijst = collegas.stream()
			.map((c) -> c
				.met(perRegievoerder.getOrDefault(c.afwezigeId(), List.of()).stream().sorted(VOLGORDE).toList()))
			.toList();
		for (InvalVoor collega : lijst) {
			for (InvalCasus casus : collega.casussen()) {
				this.toegangsLog.okNamens(Gebeurtenis.INVAL_CASUSSEN_BEKEKEN, casus.inwonerId(), casus.id(),
						collega.afwezigeGebruikerId());
			}
		}
		return lijst;
	}

	private static InvalCasus casus(ResultSet rs, LocalDate vandaag) throws SQLException {
		WmoKlok.Deadline deadline = null;
		boolean beschikking = false;
		if (rs.getBoolean("wmo_melding")) {
			WmoKlok klok = WmoKlok.van(rs.getObject("gemeld_op", LocalDate.class),
					rs.getObject("opgeschort_van", LocalDate.class), rs.getObject("opgeschort_tot", LocalDate.class),
					rs.getObject("onderzoek_afgerond_op", LocalDate.class),
					rs.getObject("aanvraag_op", LocalDate.class), rs.getObject("beschikking_op", LocalDate.class),
					vandaag);
			WmoKlok.Deadline eerstvolgende = klok.eerstvolgende();
			if (eerstvolgende.afgerondOp() == null) {
				deadline = eerstvolgende;
				beschikking = eerstvolgende != klok.onderzoek();
			}
		}
		return new InvalCasus(rs.getLong("id"), rs.getLong("inwoner_id"), rs.getString("inwoner_naam"),
				rs.getLong("regievoerder_id"), Status.valueOf(rs.getString("status")),
				Urgentie.valueOf(rs.getString("urgentie")), deadline, beschikking);
	}

	/** An absent colleague she covers today, with the cases of hers that are open. */
	record InvalVoor(long afwezigeId, long afwezigeGebruikerId, String naam, String teamNaam, LocalDate van,
			LocalDate tot, List<InvalCasus> casussen) {

		InvalVoor met(List<InvalCasus> casussen) {
			return new InvalVoor(this.afwezigeId, this.afwezigeGebruikerId, this.naam, this.teamNaam, this.van,
					this.tot, casussen);
		}

	}

	/**
	 * One case she covers: whose, where it stands, and the legal deadline that runs (null
	 * when none does).
	 */
	record InvalCasus(long id, long inwonerId, String inwonerNaam, long regievoerderId, Status status,
			Urgentie urgentie, WmoKlok.Deadline deadline, boolean beschikking) {

		public String link() {
			return "/casussen/" + this.id;
		}

		public String termijnSleutel() {
			return this.beschikking ? "inval.termijn.beschikking" : "inval.termijn.onderzoek";
		}

	}

}
