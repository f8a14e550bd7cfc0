package nl.wijkdossier.gesprek;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.casus.CasusKop;
import nl.wijkdossier.casus.Dossiers;
import nl.wijkdossier.casus.Tijdlijn;
import nl.wijkdossier.shared.NietGevondenException;
import nl.wijkdossier.shared.web.Datums;

/**
 * The resident's report of a conversation: made as a PDF (an export, logged as
 * {@code VERSLAG_GEDOWNLOAD}) and its sending recorded ({@code VERSLAG_VERSTUURD}). The
 * case is read within the user's scope first (outside it: a DENIED row and "not found");
 * the conversation must belong to that case. The queries never select an internal note.
 */
@Service
class Verslagen {

	private static final String GESPREK = """
			select g.datum, g.locatie, g.deelnemers, g.deelnemers_toelichting, g.verslag, g.behoeften, g.eigen_kracht,
			       g.mantelzorg_netwerk, g.algemene_voorzieningen, g.maatwerk_nodig, g.maatwerk_toelichting,
			       g.volgende_stap, coalesce(m.voornaam || ' ' || m.achternaam, u.weergavenaam) as auteur_naam,
			       coalesce(m.email, u.email) as auteur_email,
			       c.verslag as correctie, c.op as gecorrigeerd_op
			from gesprek g
			join gebruiker u on u.id = g.auteur_gebruiker_id
			left join medewerker m on m.gebruiker_id = u.id
			left join lateral (
			    select gc.verslag, gc.op from gesprek_correctie gc
			    where gc.gesprek_id = g.id
			    order by gc.op desc, gc.id desc
			    limit 1
			) c on true
			where g.id = :gesprek and g.casus_id = :casus
			""";

	private static final String AFSPRAKEN = """
			select omschrijving, wie, partner, deadline
			from afspraak
			where gesprek_id = ? and casus_id = ?
			order by volgorde, id
			""";

	private final Dossiers dossiers;

	private final Tijdlijn tijdlijn;

	private final VerslagPdf pdf;

	private final JdbcClient jdbc;

	private final MessageSource berichten;

	private final Clock clock;

	Verslagen(Dossiers dossiers, Tijdlijn tijdlijn, VerslagPdf pdf, JdbcClient jdbc, MessageSource berichten,
			Clock clock) {
		this.dossiers = dossiers;
		this.tijdlijn = tijdlijn;
		this.pdf = pdf;
		this.jdbc = jdbc;
		this.berichten = berichten;
		this.clock = clock;
	}

	/**
	 * The report as a PDF. Made inside the transaction that logs the export, so a report
	 * that could not be made is not logged as given out.
	 */
	@Transactional
	public Pdf pdf(WijkdossierUser gebruiker, long casusId, long gesprekId) {
		CasusKop kop = this.dossiers.kop(gebruiker, casusId, Gebeurtenis.VERSLAG_GEDOWNLOAD);
		VerslagInhoud inhoud = inhoud(kop, gesprekId);
		return new Pdf(inhoud.bestandsnaam(), this.pdf.maak(inhoud));
	}

	/**
	 * Records that the report was sent (again): the date on the conversation is the
	 * latest sending; every sending gets its own timeline line.
	 */
	@Transactional
	public void verstuurd(WijkdossierUser gebruiker, long casusId, long gesprekId, String op, String via) {
		this.dossiers.kop(gebruiker, casusId, Gebeurtenis.VERSLAG_VERSTUURD);
		LocalDate gesprekDatum = gesprekDatum(casusId, gesprekId);
		VerslagVerzending verzending = VerslagVerzending.van(op, via, gesprekDatum, LocalDate.now(this.clock));
		this.jdbc.sql("""
				update gesprek set verslag_verstuurd_op = ?, verslag_verstuurd_via = ?
				where id = ? and casus_id = ?
				""").params(verzending.op(), verzending.via().name(), gesprekId, casusId).update();
		String manier = this.berichten.getMessage(verzending.via().kortSleutel(), null,
				LocaleContextHolder.getLocale());
		this.tijdlijn.schrijf(casusId, gebruiker.id(), "verslagVerstuurd", Datums.dag(verzending.op()) + ", " + manier,
				"/casussen/" + casusId + "/gesprekken/" + gesprekId);
	}

	/**
	 * The conversation's date and the resident, for the page that shows a refused
	 * "verstuurd" again; read within scope and logged as {@code GESPREK_BEKEKEN}.
	 */
	@Transactional
	public Verzendpagina verzendpagina(WijkdossierUser gebruiker, long casusId, long gesprekId) {
		CasusKop kop = this.dossiers.kop(gebruiker, casusId, Gebeurtenis.GESPREK_BEKEKEN);
		return new Verzendpagina(kop, gesprekId, gesprekDatum(casusId, gesprekId), LocalDate.now(this.clock));
	}

	private LocalDate gesprekDatum(long casusId, long gesprekId) {
		return this.jdbc.sql("select datum from gesprek where id = ? and casus_id = ?")
			.params(gesprekId, casusId)
			.query(LocalDate.class)
			.optional()
			.orElseThrow(() -> new NietGevondenException("gesprek"));
	}

	private VerslagInhoud inhoud(CasusKop kop, long gesprekId) {
		List<VerslagInhoud.Afspraak> afspraken = this.jdbc.sql(AFSPRAKEN)
			.params(gesprekId, kop.id())
			.query((rs, rij) -> new VerslagInhoud.Afspraak(rs.getString("omschrijving"), rs.getString("wie"),
					rs.getString("partner"), rs.getObject("deadline", LocalDate.class)))
			.list();
		return this.jdbc.sql(GESPREK).param("gesprek", gesprekId).param("casus", kop.id()).query((rs, rij) -> {
			String correctie = rs.getString("correctie");
			Timestamp gecorrigeerd = rs.getTimestamp("gecorrigeerd_op");
			return new VerslagInhoud(kop.teamNaam(), kop.teamAdres(), kop.teamTelefoon(), kop.inwonerNaam(),
					kop.inwonerAdres(), rs.getObject("datum", LocalDate.class), rs.getString("locatie"),
					deelnemers(rs.getArray("deelnemers")), leegIsNull(rs.getString("deelnemers_toelichting")),
					(correctie != null) ? correctie : rs.getString("verslag"),
					(gecorrigeerd != null) ? LocalDate.ofInstant(gecorrigeerd.toInstant(), this.clock.getZone()) : null,
					leegIsNull(rs.getString("behoeften")), leegIsNull(rs.getString("eigen_kracht")),
					leegIsNull(rs.getString("mantelzorg_netwerk")), leegIsNull(rs.getString("algemene_voorzieningen")),
					rs.getString("maatwerk_nodig"), leegIsNull(rs.getString("maatwerk_toelichting")),
					leegIsNull(rs.getString("volgende_stap")), afspraken, rs.getString("auteur_naam"),
					rs.getString("auteur_email"));
		}).optional().orElseThrow(() -> new NietGevondenException("gesprek"));
	}

	private static List<String> deelnemers(Array array) throws SQLException {
		return (array == null) ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

	private static String leegIsNull(String tekst) {
		return (tekst == null || tekst.isBlank()) ? null : tekst.strip();
	}

	/** A made report: its file name and bytes. */
	record Pdf(String bestandsnaam, byte[] inhoud) {
	}

	/** What the page of a refused "verstuurd" shows. */
	record Verzendpagina(CasusKop kop, long gesprekId, LocalDate gesprekDatum, LocalDate vandaag) {
	}

}
