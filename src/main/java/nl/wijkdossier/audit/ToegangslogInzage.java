package nl.wijkdossier.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Who looked at my file?": the access log of one case, or of one resident together with
 * all her cases, in the order it happened. Reading the log is itself logged, in the same
 * transaction (so these methods are not read-only: the log row is an insert).
 */
@Component
class ToegangslogInzage {

	/** Rows per page on screen; an export holds everything. */
	static final int PER_PAGINA = 100;

	private static final String SELECT = """
			select l.id, l.tijdstip, l.gebruikersnaam, g.weergavenaam, l.rol, n.gebruikersnaam as namens, l.actie,
			       l.gebeurtenis, l.inwoner_id, l.casus_id, l.resultaat, l.ip
			from toegangslog l
			left join gebruiker g on g.id = l.gebruiker_id
			left join gebruiker n on n.id = l.namens_gebruiker_id
			""";

	private static final String COUNT = "select count(*) from toegangslog l ";

	/** A resident's own rows and those of her cases; each branch has its own index. */
	private static final String VOOR_INWONER = """
			where (l.inwoner_id = :id
			       or l.casus_id in (select c.id from casus c where c.inwoner_id = :id))
			""";

	private static final String VOOR_CASUS = " where l.casus_id = :id ";

	private static final String VOLGORDE = " order by l.tijdstip, l.id ";

	private final JdbcClient jdbc;

	private final ToegangsLog log;

	ToegangslogInzage(JdbcClient jdbc, ToegangsLog log) {
		this.jdbc = jdbc;
		this.log = log;
	}

	@Transactional
	Pagina bekijk(Onderwerp onderwerp, int pagina) {
		String waar = onderwerp.waar();
		long totaal = this.jdbc.sql(COUNT + waar).param("id", onderwerp.id()).query(Long.class).single();
		int laatste = (int) Math.max(0, (totaal - 1) / PER_PAGINA);
		int huidig = Math.min(Math.max(pagina, 0), laatste);
		List<ToegangslogRegel> regels = this.jdbc.sql(SELECT + waar + VOLGORDE + " limit :limit offset :offset")
			.param("id", onderwerp.id())
			.param("limit", PER_PAGINA)
			.param("offset", (long) huidig * PER_PAGINA)
			.query(ToegangslogInzage::regel)
			.list();
		this.log.ok(Gebeurtenis.TOEGANGSLOG_BEKEKEN, onderwerp.inwonerId(), onderwerp.casusId());
		return new Pagina(onderwerp, regels, totaal, huidig, laatste);
	}

	/** Every row, for the CSV export; the export itself is logged. */
	@Transactional
	List<ToegangslogRegel> exporteer(Onderwerp onderwerp) {
		List<ToegangslogRegel> regels = this.jdbc.sql(SELECT + onderwerp.waar() + VOLGORDE)
			.param("id", onderwerp.id())
			.query(ToegangslogInzage::regel)
			.list();
		this.log.ok(Gebeurtenis.TOEGANGSLOG_GEEXPORTEERD, onderwerp.inwonerId(), onderwerp.casusId());
		return regels;
	}

	private static ToegangslogRegel regel(ResultSet rs, int rij) throws SQLException {
		Timestamp tijdstip = rs.getTimestamp("tijdstip");
		return new ToegangslogRegel(rs.getLong("id"), tijdstip.toInstant(), rs.getString("gebruikersnaam"),
				rs.getString("weergavenaam"), rs.getString("rol"), rs.getString("namens"), rs.getString("actie"),
				rs.getString("gebeurtenis"), rs.getObject("inwoner_id", Long.class),
				rs.getObject("casus_id", Long.class), rs.getString("resultaat"), rs.getString("ip"));
	}

	/** Whose log: one case, or one resident with all her cases. */
	record Onderwerp(Soort soort, long id) {

		enum Soort {

			CASUS, INWONER

		}

		static Onderwerp casus(long id) {
			return new Onderwerp(Soort.CASUS, id);
		}

		static Onderwerp inwoner(long id) {
			return new Onderwerp(Soort.INWONER, id);
		}

		String waar() {
			return (this.soort == Soort.CASUS) ? VOOR_CASUS : VOOR_INWONER;
		}

		Long casusId() {
			return (this.soort == Soort.CASUS) ? this.id : null;
		}

		Long inwonerId() {
			return (this.soort == Soort.INWONER) ? this.id : null;
		}

		public String parameter() {
			return (this.soort == Soort.CASUS) ? "casus" : "inwoner";
		}

	}

	/** One page of the log; page numbers count from 0. */
	record Pagina(Onderwerp onderwerp, List<ToegangslogRegel> regels, long totaal, int pagina, int laatste) {

		public boolean heeftVorige() {
			return this.pagina > 0;
		}

		public boolean heeftVolgende() {
			return this.pagina < this.laatste;
		}

	}

}
