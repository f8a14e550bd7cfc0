package nl.wijkdossier.casus;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.audit.ToegangsLog;
import nl.wijkdossier.shared.Postcode;

/**
 * Finds residents by name (fuzzy, pg_trgm word similarity on the trigram index of
 * {@code wd_zoeknaam}), birth date, postcode + huisnummer or BSN — but only residents
 * with at least one case in the user's scope, and with links to those cases only. The
 * scope is part of the query; one query answers the search, cases included. Every search
 * writes one access-log row, never with the search text (it may hold a name or a BSN).
 */
@Component
public class InwonerZoeker {

	static final int MAXIMUM = 25;

	/** Shorter than this a name matches too much to be useful. */
	static final int MINIMUM_NAAM = 2;

	private static final Pattern BSN = Pattern.compile("^[0-9]{9}$");

	private static final Pattern ADRES = Pattern
		.compile("^([1-9][0-9]{3}\\s?[A-Za-z]{2})\\s*,?\\s*([0-9]{1,5})\\s*(.*)$");

	private static final List<DateTimeFormatter> DATUMS = List.of(
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

	private static final String SELECT = """
			select i.id, i.voornaam, i.achternaam, i.geboortedatum, i.postcode, i.huisnummer,
			       i.huisnummer_toevoeging, i.straat, i.woonplaats,
			       array(select c.id from casus c where c.inwoner_id = i.id and %1$s order by c.id) as casussen
			from inwoner i
			where exists (select 1 from casus c where c.inwoner_id = i.id and %1$s)
			  and\s""".formatted(Scope.SQL);

	private final Toegang toegang;

	private final ToegangsLog log;

	private final JdbcClient jdbc;

	InwonerZoeker(Toegang toegang, ToegangsLog log, JdbcClient jdbc) {
		this.toegang = toegang;
		this.log = log;
		this.jdbc = jdbc;
	}

	/**
	 * At most {@link #MAXIMUM} residents, best match first. Not read-only: the access-log
	 * row is written in this transaction.
	 */
	@Transactional
	Resultaat zoek(WijkdossierUser gebruiker, String tekst) {
		Zoekvraag vraag = Zoekvraag.van(tekst);
		if (vraag.soort() == Soort.TE_KORT) {
			return new Resultaat(vraag.soort(), List.of());
		}
		Scope scope = this.toegang.scopeVan(gebruiker);
		List<Gevonden> gevonden = scope.isLeeg() ? List.of() : zoek(scope, vraag);
		this.log.ok(Gebeurtenis.INWONER_GEZOCHT, null, null);
		return new Resultaat(vraag.soort(), gevonden);
	}

	/**
	 * For other modules (the spreekuur register links a visit to a known resident): the
	 * residents found within the user's scope, each with her cases in it; written to the
	 * access log as every search is.
	 */
	@Transactional
	public List<Gevonden> zoekBinnenScope(WijkdossierUser gebruiker, String tekst) {
		return zoek(gebruiker, tekst).gevonden();
	}

	private List<Gevonden> zoek(Scope scope, Zoekvraag vraag) {
		StatementSpec sql = switch (vraag.soort()) {
			case BSN ->
				this.jdbc.sql(SELECT + "i.bsn = cast(:bsn as char(9)) order by i.achternaam, i.voornaam limit :max")
					.param("bsn", vraag.bsn());
			case GEBOORTEDATUM ->
				this.jdbc.sql(SELECT + "i.geboortedatum = :datum order by i.achternaam, i.voornaam, i.id limit :max")
					.param("datum", vraag.geboortedatum());
			case ADRES -> this.jdbc.sql(SELECT + """
					i.postcode = :postcode and (cast(:huisnummer as integer) is null or i.huisnummer = :huisnummer)
					order by i.huisnummer, (coalesce(i.huisnummer_toevoeging, '') = :toevoeging) desc, i.achternaam,
					         i.voornaam
					limit :max
					""")
				.param("postcode", vraag.postcode())
				.param("huisnummer", vraag.huisnummer())
				.param("toevoeging", vraag.toevoeging());
			case NAAM -> this.jdbc.sql(SELECT + """
					wd_zoeknaam(:naam, '') <% wd_zoeknaam(i.voornaam, i.achternaam)
					order by word_similarity(wd_zoeknaam(:naam, ''), wd_zoeknaam(i.voornaam, i.achternaam)) desc,
					         i.achternaam, i.voornaam, i.id
					limit :max
					""").param("naam", vraag.naam());
			case TE_KORT -> throw new IllegalStateException();
		};
		return sql.params(scope.parameters()).param("max", MAXIMUM).query(InwonerZoeker::gevonden).list();
	}

	private static Gevonden gevonden(ResultSet rs, int rij) throws SQLException {
		return new Gevonden(rs.getLong("id"), rs.getString("voornaam") + " " + rs.getString("achternaam"),
				rs.getObject("geboortedatum", LocalDate.class), adres(rs), ids(rs.getArray("casussen")));
	}

	private static String adres(ResultSet rs) throws SQLException {
		String toevoeging = rs.getString("huisnummer_toevoeging");
		String nummer = rs.getInt("huisnummer") + ((toevoeging != null) ? " " + toevoeging : "");
		String straat = rs.getString("straat");
		String woonplaats = rs.getString("woonplaats");
		return ((straat != null) ? straat + " " : "") + nummer + ", " + rs.getString("postcode")
				+ ((woonplaats != null) ? " " + woonplaats : "");
	}

	private static List<Long> ids(Array array) throws SQLException {
		return (array == null) ? List.of()
				: Arrays.stream((Object[]) array.getArray()).map((id) -> ((Number) id).longValue()).toList();
	}

	enum Soort {

		NAAM, GEBOORTEDATUM, ADRES, BSN, TE_KORT

	}

	/**
	 * What the search text is, by its shape: a BSN, a date, a postcode with number, or a
	 * name.
	 */
	record Zoekvraag(Soort soort, String naam, LocalDate geboortedatum, String postcode, Integer huisnummer,
			String toevoeging, String bsn) {

		static Zoekvraag van(String invoer) {
			String tekst = (invoer != null) ? invoer.strip() : "";
			String cijfers = tekst.replaceAll("[\\s.]", "");
			if (BSN.matcher(cijfers).matches()) {
				return new Zoekvraag(Soort.BSN, null, null, null, null, null, cijfers);
			}
			Optional<LocalDate> datum = datum(tekst);
			if (datum.isPresent()) {
				return new Zoekvraag(Soort.GEBOORTEDATUM, null, datum.get(), null, null, null, null);
			}
			Matcher adres = ADRES.matcher(tekst);
			if (adres.matches() && Postcode.isGeldig(adres.group(1))) {
				return new Zoekvraag(Soort.ADRES, null, null, Postcode.parse(adres.group(1)).orElseThrow().waarde(),
						Integer.valueOf(adres.group(2)), adres.group(3).strip().toUpperCase(Locale.ROOT), null);
			}
			if (Postcode.isGeldig(tekst)) {
				return new Zoekvraag(Soort.ADRES, null, null, Postcode.parse(tekst).orElseThrow().waarde(), null, "",
						null);
			}
			if (tekst.codePointCount(0, tekst.length()) < MINIMUM_NAAM) {
				return new Zoekvraag(Soort.TE_KORT, null, null, null, null, null, null);
			}
			return new Zoekvraag(Soort.NAAM, tekst, null, null, null, null, null);
		}

		private static Optional<LocalDate> datum(String tekst) {
			for (DateTimeFormatter formaat : DATUMS) {
				try {
					return Optional.of(LocalDate.parse(tekst, formaat));
				}
				catch (DateTimeParseException ex) {
					// not this format
				}
			}
			return Optional.empty();
		}

	}

	/** A resident found, with the ids of her cases in the user's scope. */
	public record Gevonden(long id, String naam, LocalDate geboortedatum, String adres, List<Long> casussen) {
	}

	record Resultaat(Soort soort, List<Gevonden> gevonden) {
	}

}
