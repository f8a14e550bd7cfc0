package nl.wijkdossier.inwoner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.shared.Bsn;
import nl.wijkdossier.shared.NietGevondenException;

/**
 * Registers residents and finds them again. Access decisions and logging belong to the
 * caller (the case module), which knows why a resident is looked at.
 */
@Service
public class Inwoners {

	private static final String SELECT = """
			select id, bsn, voornaam, achternaam, geboortedatum, postcode, huisnummer, huisnummer_toevoeging,
			       straat, woonplaats, telefoon, huisarts, waarschuwing, version
			from inwoner
			""";

	private final InwonerRepository inwoners;

	private final JdbcClient jdbc;

	private final Clock clock;

	Inwoners(InwonerRepository inwoners, JdbcClient jdbc, Clock clock) {
		this.inwoners = inwoners;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public long registreer(InwonerGegevens gegevens) {
		return this.inwoners.save(new Inwoner(gegevens, this.clock.instant())).getId();
	}

	/**
	 * Changes a resident; a stale version means someone else saved first. Flushed at
	 * once, so a BSN of another resident (unique index) or a concurrent save fails here.
	 */
	@Transactional
	public void wijzig(long inwonerId, long version, InwonerGegevens gegevens) {
		Inwoner inwoner = this.inwoners.findById(inwonerId).orElseThrow(() -> new NietGevondenException("inwoner"));
		if (inwoner.getVersion() != version) {
			throw new org.springframework.dao.OptimisticLockingFailureException("inwoner is intussen gewijzigd");
		}
		inwoner.neemOver(gegevens);
		this.inwoners.flush();
	}

	/** Whether this BSN is recorded for another resident than this one. */
	@Transactional(readOnly = true)
	public boolean isBsnVanAnder(long inwonerId, Bsn bsn) {
		return this.jdbc.sql("select exists (select 1 from inwoner where bsn = ? and id <> ?)")
			.params(bsn.waarde(), inwonerId)
			.query(Boolean.class)
			.single();
	}

	@Transactional(readOnly = true)
	public Optional<InwonerInfo> vind(long inwonerId) {
		return this.jdbc.sql(SELECT + " where id = ?").param(inwonerId).query(Inwoners::info).optional();
	}

	/**
	 * Residents who may be the same person: the same BSN, or the same name and birth
	 * date, or the same address and birth date. At most 10, best match first.
	 */
	@Transactional(readOnly = true)
	public List<InwonerInfo> mogelijkeDubbelen(String bsn, String voornaam, String achternaam, LocalDate geboortedatum,
			String postcode, Integer huisnummer) {
		return this.jdbc.sql(SELECT + """
				where (cast(:bsn as text) is not null and bsn = :bsn)
				   or (geboortedatum = :geboortedatum
				       and (wd_zoeknaam(voornaam, achternaam) = wd_zoeknaam(:voornaam, :achternaam)
				            or (postcode = :postcode and huisnummer = :huisnummer)))
				order by (bsn = :bsn) desc nulls last, achternaam, voornaam
				limit 10
				""")
			.param("bsn", bsn)
			.param("voornaam", voornaam)
			.param("achternaam", achternaam)
			.param("geboortedatum", geboortedatum)
			.param("postcode", postcode)
			.param("huisnummer", huisnummer)
			.query(Inwoners::info)
			.list();
	}

	static InwonerInfo info(ResultSet rs, int row) throws SQLException {
		return new InwonerInfo(rs.getLong("id"), rs.getString("bsn"), rs.getString("voornaam"),
				rs.getString("achternaam"), rs.getObject("geboortedatum", LocalDate.class), rs.getString("postcode"),
				rs.getInt("huisnummer"), rs.getString("huisnummer_toevoeging"), rs.getString("straat"),
				rs.getString("woonplaats"), rs.getString("telefoon"), rs.getString("huisarts"),
				rs.getString("waarschuwing"), rs.getLong("version"));
	}

}
