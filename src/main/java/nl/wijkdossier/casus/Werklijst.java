package nl.wijkdossier.casus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.shared.ClockConfiguration;

/**
 * A wijkwerker's own cases for her home page: the open cases she is regievoerder of, each
 * with its next legal deadline (the open term of the Wmo clock, computed by
 * {@link WmoKlok} as on the wachtlijst and the dossier), the one that is due first on
 * top; and how many waiting cases of her team have had no contact yet.
 * <p>
 * Two statements whatever the caseload: the list starts from the partial index
 * {@code ix_casus_regievoerder} (her cases, never a scan of all cases), the count from
 * {@code ix_casus_wachtend} (the waiting cases of her teams). The scope is part of both
 * queries. Reading residents' data must be access-logged: the caller (the home page)
 * writes one {@code WERKLIJST_BEKEKEN} row in the same transaction, hence
 * {@link Propagation#MANDATORY}.
 */
@Component
public class Werklijst {

	/** A hulpvraag is shortened to about this many characters for the list. */
	static final int KORT = 90;

	private static final String MIJN_CASUSSEN = """
			select c.id, c.inwoner_id, i.voornaam, i.achternaam, c.team_id, t.naam as team_naam, c.status, c.urgentie,
			       left(c.hulpvraag, 200) as hulpvraag, c.gemeld_op, c.wmo_melding, c.opgeschort_van, c.opgeschort_tot,
			       c.onderzoek_afgerond_op, c.aanvraag_op, c.beschikking_op
			from casus c
			join inwoner i on i.id = c.inwoner_id
			join wijkteam t on t.id = c.team_id
			where c.regievoerder_id = :scopeMedewerker and c.status <> 'AFGESLOTEN' and
			""" + Scope.SQL;

	private static final String WACHTEND_ZONDER_CONTACT = """
			select count(*) from casus c
			where c.team_id = any(:scopeTeams) and c.status in ('AANGEMELD', 'WACHTLIJST') and c.eerste_contact_op is null
			""";

	private static final Comparator<MijnCasus> VOLGORDE = Comparator
		.comparing((MijnCasus c) -> (c.deadline() != null) ? c.deadline().uiterlijk() : LocalDate.MAX)
		.thenComparing(MijnCasus::urgentie)
		.thenComparing(MijnCasus::gemeldOp)
		.thenComparingLong(MijnCasus::id);

	private final Toegang toegang;

	private final JdbcClient jdbc;

	private final Clock clock;

	Werklijst(Toegang toegang, JdbcClient jdbc, Clock clock) {
		this.toegang = toegang;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Her open cases, the first deadline first (then SPOED before HOOG before NORMAAL,
	 * then the longest known), and the number of her team's waiting cases without
	 * contact. Someone who is no active medewerker has no cases of her own.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Overzicht vanMij(WijkdossierUser gebruiker) {
		Scope scope = this.toegang.scopeVan(gebruiker);
		LocalDate vandaag = LocalDate.ofInstant(this.clock.instant(), ClockConfiguration.ZONE);
		List<MijnCasus> casussen = (scope.medewerkerId() < 0) ? List.of()
				: this.jdbc.sql(MIJN_CASUSSEN)
					.params(scope.parameters())
					.query((rs, rij) -> casus(rs, vandaag))
					.list()
					.stream()
					.sorted(VOLGORDE)
					.toList();
		long wachtend = scope.teamIds().isEmpty() ? 0
				: this.jdbc.sql(WACHTEND_ZONDER_CONTACT)
					.param("scopeTeams", scope.teamArray())
					.query(Long.class)
					.single();
		return new Overzicht(casussen, wachtend);
	}

	private static MijnCasus casus(ResultSet rs, LocalDate vandaag) throws SQLException {
		LocalDate gemeldOp = rs.getObject("gemeld_op", LocalDate.class);
		Termijn termijn = null;
		WmoKlok.Deadline deadline = null;
		boolean opgeschort = false;
		if (rs.getBoolean("wmo_melding")) {
			WmoKlok klok = WmoKlok.van(gemeldOp, rs.getObject("opgeschort_van", LocalDate.class),
					rs.getObject("opgeschort_tot", LocalDate.class),
					rs.getObject("onderzoek_afgerond_op", LocalDate.class),
					rs.getObject("aanvraag_op", LocalDate.class), rs.getObject("beschikking_op", LocalDate.class),
					vandaag);
			WmoKlok.Deadline eerstvolgende = klok.eerstvolgende();
			if (eerstvolgende.afgerondOp() == null) {
				deadline = eerstvolgende;
				termijn = (eerstvolgende == klok.onderzoek()) ? Termijn.ONDERZOEK : Termijn.BESCHIKKING;
				opgeschort = klok.nuOpgeschort();
			}
		}
		return new MijnCasus(rs.getLong("id"), rs.getLong("inwoner_id"),
				rs.getString("voornaam") + " " + rs.getString("achternaam"), rs.getLong("team_id"),
				rs.getString("team_naam"), Status.valueOf(rs.getString("status")),
				Urgentie.valueOf(rs.getString("urgentie")), kort(rs.getString("hulpvraag")), gemeldOp, termijn,
				deadline, opgeschort);
	}

	/** The first words of a hulpvraag, cut at a word and marked with an ellipsis. */
	static String kort(String hulpvraag) {
		String tekst = hulpvraag.strip().replaceAll("\\s+", " ");
		if (tekst.length() <= KORT) {
			return tekst;
		}
		int spatie = tekst.lastIndexOf(' ', KORT);
		return tekst.substring(0, (spatie > KORT / 2) ? spatie : KORT).stripTrailing() + "…";
	}

	/** Her cases and her team's waiting cases without contact. */
	public record Overzicht(List<MijnCasus> casussen, long wachtendZonderContact) {
	}

	/**
	 * One of her open cases. {@code termijn} and {@code deadline} are empty when no legal
	 * term is running (no Wmo melding, or its terms are done).
	 */
	public record MijnCasus(long id, long inwonerId, String inwonerNaam, long teamId, String teamNaam, Status status,
			Urgentie urgentie, String hulpvraagKort, LocalDate gemeldOp, Termijn termijn, WmoKlok.Deadline deadline,
			boolean klokOpgeschort) {

		public String link() {
			return "/casussen/" + this.id;
		}

	}

	/** Which legal term of the Wmo clock runs: the onderzoek or the beschikking. */
	public enum Termijn {

		ONDERZOEK, BESCHIKKING;

		public String messageKey() {
			return "home.werk.termijn." + name();
		}

	}

}
