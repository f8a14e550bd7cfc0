package nl.wijkdossier.spreekuur;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.shared.ClockConfiguration;

/**
 * The figures of the spreekuren of a set of teams over a period: per spreekuur and per
 * ISO week the visits (withdrawn lines left out), their topics and results with
 * percentages, the average duration, how many became an aanmelding, and the sessions
 * held, cancelled and held without a single visit.
 * <p>
 * Two grouped queries whatever the period or the number of visits: one over the
 * spreekuren and their sessions (unique index {@code ux_sessie (spreekuur_id, datum, …)}
 * serves the date range per spreekuur), one over the visits (index
 * {@code ix_bezoek_sessie}); the rest is summing in memory over at most spreekuren ×
 * weeks × topics × results rows. Only sessions that have begun count: the rest of this
 * week has not happened yet.
 * <p>
 * It reads no person, only counts, and takes the teams as given: the caller decides which
 * teams the user may see (a manager his own; the gemeente's aggregates later), and must
 * suppress small counts where that is the rule.
 */
@Component
@Transactional(readOnly = true)
public class SpreekuurOverzicht {

	/** The periods a person can choose, in weeks; the first after the default. */
	public static final List<Integer> PERIODES = List.of(4, 8, 13);

	public static final int STANDAARD_WEKEN = 8;

	private final JdbcClient jdbc;

	private final Clock clock;

	SpreekuurOverzicht(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The last {@code weken} ISO weeks up to and including today: from the Monday
	 * {@code weken - 1} weeks before this week's.
	 */
	public Overzicht laatsteWeken(Collection<Long> teamIds, int weken) {
		if (weken < 1) {
			throw new IllegalArgumentException("Minstens een week");
		}
		LocalDate vandaag = LocalDate.now(this.clock.withZone(ClockConfiguration.ZONE));
		LocalDate van = vandaag.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weken - 1L);
		return lees(teamIds, van, vandaag);
	}

	/**
	 * The figures of these teams' spreekuren for the sessions from {@code van} to
	 * {@code tot} (both inclusive) that have begun by now.
	 */
	public Overzicht lees(Collection<Long> teamIds, LocalDate van, LocalDate tot) {
		Instant nu = this.clock.instant();
		List<Week> weken = weken(van, tot);
		if (teamIds.isEmpty()) {
			return new Overzicht(van, tot, weken, List.of(), List.of(), Teller.LEEG.cijfers());
		}
		Long[] teams = teamIds.toArray(Long[]::new);
		Map<Long, SpreekuurKop> spreekuren = new LinkedHashMap<>();
		Map<Sleutel, Teller> tellers = new HashMap<>();
		this.jdbc.sql("""
				select sp.id, sp.team_id, t.naam as team_naam, sp.soort, sp.locatie_naam, sp.weekdag, sp.begintijd,
				       sp.eindtijd, date_trunc('week', s.datum)::date as week,
				       count(s.id) filter (where s.vervalt_reden is null) as gehouden,
				       count(s.id) filter (where s.vervalt_reden is not null) as vervallen,
				       count(s.id) filter (where s.vervalt_reden is null and not exists (
				           select 1 from spreekuur_bezoek b where b.sessie_id = s.id and b.ingetrokken_op is null))
				           as zonder_bezoek
				from spreekuur sp
				join wijkteam t on t.id = sp.team_id
				left join spreekuur_sessie s on s.spreekuur_id = sp.id and s.datum between :van and :tot
				     and s.begint_op <= :nu
				where sp.team_id = any(:teams)
				  and (s.id is not null
				       or (sp.actief and sp.geldig_van <= :tot and (sp.geldig_tot is null or sp.geldig_tot >= :van)))
				group by sp.id, t.naam, week
				order by t.naam, sp.weekdag, sp.begintijd, sp.id, week
				""")
			.param("teams", teams)
			.param("van", van)
			.param("tot", tot)
			.param("nu", Timestamp.from(nu))
			.query((ResultSet rs) -> {
				long id = rs.getLong("id");
				spreekuren.computeIfAbsent(id, (k) -> spreekuur(rs));
				LocalDate week = rs.getObject("week", LocalDate.class);
				if (week != null) {
					Teller teller = tellers.computeIfAbsent(new Sleutel(id, week), (k) -> new Teller());
					teller.gehouden += rs.getLong("gehouden");
					teller.vervallen += rs.getLong("vervallen");
					teller.zonderBezoek += rs.getLong("zonder_bezoek");
				}
			});
		this.jdbc.sql("""
				select s.spreekuur_id, date_trunc('week', s.datum)::date as week, b.onderwerp, b.resultaat,
				       count(*) as aantal, sum(b.duur_minuten) as minuten,
				       count(*) filter (where b.casus_id is not null) as met_casus
				from spreekuur_bezoek b
				join spreekuur_sessie s on s.id = b.sessie_id
				join spreekuur sp on sp.id = s.spreekuur_id
				where sp.team_id = any(:teams) and s.datum between :van and :tot and s.begint_op <= :nu
				  and b.ingetrokken_op is null
				group by s.spreekuur_id, week, b.onderwerp, b.resultaat
				""")
			.param("teams", teams)
			.param("van", van)
			.param("tot", tot)
			.param("nu", Timestamp.from(nu))
			.query((ResultSet rs) -> {
				Teller teller = tellers.computeIfAbsent(
						new Sleutel(rs.getLong("spreekuur_id"), rs.getObject("week", LocalDate.class)),
						(k) -> new Teller());
				Resultaat resultaat = Resultaat.valueOf(rs.getString("resultaat"));
				long aantal = rs.getLong("aantal");
				teller.bezoeken += aantal;
				teller.minuten += rs.getLong("minuten");
				teller.onderwerpen.merge(Onderwerp.valueOf(rs.getString("onderwerp")), aantal, Long::sum);
				teller.resultaten.merge(resultaat, aantal, Long::sum);
				if (resultaat == Resultaat.AANMELDING) {
					teller.aanmeldingenMetCasus += rs.getLong("met_casus");
				}
			});
		return overzicht(van, tot, weken, spreekuren, tellers);
	}

	/**
	 * The visits of these teams' spreekuren per topic and per result in a period and in
	 * the one to compare it with (both inclusive, disjoint, {@code vorigeTot} before
	 * {@code van}) — the dashboard's figures. The visits query of {@link #lees} in one
	 * grouped statement over both periods: sessions by date ({@code ix_sessie_datum}),
	 * their visits by {@code ix_bezoek_sessie}; withdrawn lines and sessions that have
	 * not begun left out, as on the overview.
	 */
	public Vergelijking vergelijk(Collection<Long> teamIds, LocalDate van, LocalDate tot, LocalDate vorigeVan,
			LocalDate vorigeTot) {
		if (!vorigeTot.isBefore(van)) {
			throw new IllegalArgumentException("De vorige periode ligt voor de periode");
		}
		Map<Onderwerp, Long> onderwerpenNu = new EnumMap<>(Onderwerp.class);
		Map<Onderwerp, Long> onderwerpenVorige = new EnumMap<>(Onderwerp.class);
		Map<Resultaat, Long> resultatenNu = new EnumMap<>(Resultaat.class);
		Map<Resultaat, Long> resultatenVorige = new EnumMap<>(Resultaat.class);
		this.jdbc.sql("""
				select b.onderwerp, b.resultaat,
				       count(*) filter (where s.datum >= :van) as nu,
				       count(*) filter (where s.datum <= :vorigeTot) as vorige
				from spreekuur_bezoek b
				join spreekuur_sessie s on s.id = b.sessie_id
				join spreekuur sp on sp.id = s.spreekuur_id
				where sp.team_id = any(:teams) and s.datum between :vorigeVan and :tot
				  and (s.datum >= :van or s.datum <= :vorigeTot) and s.begint_op <= :nu
				  and b.ingetrokken_op is null
				group by b.onderwerp, b.resultaat
				""")
			.param("teams", teamIds.toArray(Long[]::new))
			.param("van", van)
			.param("tot", tot)
			.param("vorigeVan", vorigeVan)
			.param("vorigeTot", vorigeTot)
			.param("nu", Timestamp.from(this.clock.instant()))
			.query((ResultSet rs) -> {
				Onderwerp onderwerp = Onderwerp.valueOf(rs.getString("onderwerp"));
				Resultaat resultaat = Resultaat.valueOf(rs.getString("resultaat"));
				onderwerpenNu.merge(onderwerp, rs.getLong("nu"), Long::sum);
				onderwerpenVorige.merge(onderwerp, rs.getLong("vorige"), Long::sum);
				resultatenNu.merge(resultaat, rs.getLong("nu"), Long::sum);
				resultatenVorige.merge(resultaat, rs.getLong("vorige"), Long::sum);
			});
		return new Vergelijking(new Mix(onderwerpenNu, resultatenNu), new Mix(onderwerpenVorige, resultatenVorige));
	}

	private static Overzicht overzicht(LocalDate van, LocalDate tot, List<Week> weken,
			Map<Long, SpreekuurKop> spreekuren, Map<Sleutel, Teller> tellers) {
		Map<LocalDate, Teller> perWeek = new HashMap<>();
		Teller alles = new Teller();
		List<SpreekuurCijfers> regels = new ArrayList<>();
		for (SpreekuurKop spreekuur : spreekuren.values()) {
			Teller totaal = new Teller();
			List<WeekCijfers> reeks = new ArrayList<>();
			for (Week week : weken) {
				Teller teller = tellers.getOrDefault(new Sleutel(spreekuur.id(), week.maandag()), Teller.LEEG);
				reeks.add(new WeekCijfers(week, teller.cijfers()));
				totaal.tel(teller);
				perWeek.computeIfAbsent(week.maandag(), (k) -> new Teller()).tel(teller);
			}
			alles.tel(totaal);
			regels.add(new SpreekuurCijfers(spreekuur, reeks, totaal.cijfers()));
		}
		List<WeekCijfers> weekTotalen = weken.stream()
			.map((w) -> new WeekCijfers(w, perWeek.getOrDefault(w.maandag(), Teller.LEEG).cijfers()))
			.toList();
		return new Overzicht(van, tot, weken, regels, weekTotalen, alles.cijfers());
	}

	private static SpreekuurKop spreekuur(ResultSet rs) {
		try {
			return new SpreekuurKop(rs.getLong("id"), rs.getLong("team_id"), rs.getString("team_naam"),
					rs.getString("soort"), rs.getString("locatie_naam"), DayOfWeek.of(rs.getInt("weekdag")),
					rs.getObject("begintijd", LocalTime.class), rs.getObject("eindtijd", LocalTime.class));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Every ISO week that the period touches, the first first. */
	static List<Week> weken(LocalDate van, LocalDate tot) {
		List<Week> weken = new ArrayList<>();
		for (LocalDate maandag = van.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !maandag
			.isAfter(tot); maandag = maandag.plusWeeks(1)) {
			weken.add(new Week(maandag));
		}
		return weken;
	}

	/**
	 * Whole percentages that add up to exactly 100 (when there is anything to share):
	 * each part rounded down, the points left over go to the largest remainders (the
	 * largest remainder method), ties to the first in the enum's order.
	 */
	static <K extends Enum<K>> Map<K, Integer> procenten(Class<K> soort, Map<K, Long> aantallen) {
		Map<K, Integer> procenten = new EnumMap<>(soort);
		long totaal = aantallen.values().stream().mapToLong(Long::longValue).sum();
		K[] sleutels = soort.getEnumConstants();
		if (totaal == 0) {
			for (K k : sleutels) {
				procenten.put(k, 0);
			}
			return procenten;
		}
		int verdeeld = 0;
		List<K> volgorde = new ArrayList<>();
		for (K k : sleutels) {
			long aantal = aantallen.getOrDefault(k, 0L);
			int deel = (int) (aantal * 100 / totaal);
			procenten.put(k, deel);
			verdeeld += deel;
			volgorde.add(k);
		}
		volgorde.sort(Comparator.comparingLong((K k) -> -(aantallen.getOrDefault(k, 0L) * 100 % totaal))
			.thenComparingInt(Enum::ordinal));
		for (int i = 0; i < 100 - verdeeld; i++) {
			procenten.merge(volgorde.get(i), 1, Integer::sum);
		}
		return procenten;
	}

	/** What a visit was about (the register's contract). */
	public enum Onderwerp {

		FORMULIEREN_BRIEVEN, TOESLAGEN_BELASTING, SCHULDEN_GELDZAKEN, WONEN, ZORG_ONDERSTEUNING, WERK_INKOMEN,
		EENZAAMHEID_CONTACT, OVERIG;

		public String messageKey() {
			return "spreekuuroverzicht.onderwerp." + name();
		}

	}

	/** How a visit ended (the register's contract). */
	public enum Resultaat {

		AFGEHANDELD, VERVOLGAFSPRAAK, DOORVERWEZEN, AANMELDING;

		public String messageKey() {
			return "spreekuuroverzicht.resultaat." + name();
		}

	}

	/** A spreekuur as the overview names it. */
	public record SpreekuurKop(long id, long teamId, String teamNaam, String soort, String locatie, DayOfWeek weekdag,
			LocalTime begin, LocalTime eind) {

		public String soortKey() {
			return "spreekuuroverzicht.soort." + this.soort;
		}

		public String weekdagKey() {
			return "spreekuuroverzicht.weekdag." + this.weekdag.getValue();
		}

	}

	/** An ISO week, known by its Monday. */
	public record Week(LocalDate maandag) {

		public int nummer() {
			return this.maandag.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		}

		public int jaar() {
			return this.maandag.get(IsoFields.WEEK_BASED_YEAR);
		}

		public LocalDate zondag() {
			return this.maandag.plusDays(6);
		}

	}

	/**
	 * The figures of one spreekuur, week or total. Percentages are whole numbers that add
	 * up to 100 within a mix when there was at least one visit.
	 */
	public record Cijfers(long bezoeken, long minuten, long aanmeldingenMetCasus, Map<Onderwerp, Long> onderwerpen,
			Map<Resultaat, Long> resultaten, long sessiesGehouden, long sessiesVervallen, long sessiesZonderBezoek,
			Map<Onderwerp, Integer> onderwerpProcenten, Map<Resultaat, Integer> resultaatProcenten) {

		public Cijfers {
			onderwerpen = Collections.unmodifiableMap(new EnumMap<>(onderwerpen));
			resultaten = Collections.unmodifiableMap(new EnumMap<>(resultaten));
			onderwerpProcenten = Collections.unmodifiableMap(onderwerpProcenten);
			resultaatProcenten = Collections.unmodifiableMap(resultaatProcenten);
		}

		public long onderwerp(Onderwerp onderwerp) {
			return this.onderwerpen.getOrDefault(onderwerp, 0L);
		}

		public long resultaat(Resultaat resultaat) {
			return this.resultaten.getOrDefault(resultaat, 0L);
		}

		public int procent(Onderwerp onderwerp) {
			return this.onderwerpProcenten.get(onderwerp);
		}

		public int procent(Resultaat resultaat) {
			return this.resultaatProcenten.get(resultaat);
		}

		/** Visits whose result was an aanmelding (intake). */
		public long aanmeldingen() {
			return resultaat(Resultaat.AANMELDING);
		}

		/** Average minutes per visit, or null without visits. */
		public Double gemiddeldeDuur() {
			return (this.bezoeken > 0) ? (double) this.minuten / this.bezoeken : null;
		}

		public long sessies() {
			return this.sessiesGehouden + this.sessiesVervallen;
		}

	}

	/** One week's figures of a spreekuur (or of all together). */
	public record WeekCijfers(Week week, Cijfers cijfers) {
	}

	/** A spreekuur with its figures per week (every week of the period) and in total. */
	public record SpreekuurCijfers(SpreekuurKop spreekuur, List<WeekCijfers> perWeek, Cijfers totaal) {
	}

	/**
	 * The overview: the weeks of the period, per spreekuur its figures, per week the
	 * figures of all spreekuren together, and the grand total.
	 */
	public record Overzicht(LocalDate van, LocalDate tot, List<Week> weken, List<SpreekuurCijfers> spreekuren,
			List<WeekCijfers> perWeek, Cijfers totaal) {

		public boolean isLeeg() {
			return this.spreekuren.isEmpty();
		}

		/** The most visits of one spreekuur in one week: the scale of the chart. */
		public long hoogsteWeek() {
			return this.spreekuren.stream()
				.flatMap((s) -> s.perWeek().stream())
				.mapToLong((w) -> w.cijfers().bezoeken())
				.max()
				.orElse(0);
		}

	}

	/**
	 * The visits per topic and per result of one period; every topic and result present
	 * (0 when none).
	 */
	public record Mix(Map<Onderwerp, Long> onderwerpen, Map<Resultaat, Long> resultaten) {

		public Mix {
			Map<Onderwerp, Long> alleOnderwerpen = new EnumMap<>(Onderwerp.class);
			for (Onderwerp o : Onderwerp.values()) {
				alleOnderwerpen.put(o, onderwerpen.getOrDefault(o, 0L));
			}
			Map<Resultaat, Long> alleResultaten = new EnumMap<>(Resultaat.class);
			for (Resultaat r : Resultaat.values()) {
				alleResultaten.put(r, resultaten.getOrDefault(r, 0L));
			}
			onderwerpen = Collections.unmodifiableMap(alleOnderwerpen);
			resultaten = Collections.unmodifiableMap(alleResultaten);
		}

		public long onderwerp(Onderwerp onderwerp) {
			return this.onderwerpen.get(onderwerp);
		}

		public long resultaat(Resultaat resultaat) {
			return this.resultaten.get(resultaat);
		}

	}

	/** The visit mix of a period beside that of the period before. */
	public record Vergelijking(Mix nu, Mix vorige) {
	}

	private record Sleutel(long spreekuurId, LocalDate week) {
	}

	/** Sums while reading; {@link #cijfers()} fixes them with their percentages. */
	private static final class Teller {

		static final Teller LEEG = new Teller();

		long bezoeken;

		long minuten;

		long aanmeldingenMetCasus;

		long gehouden;

		long vervallen;

		long zonderBezoek;

		final Map<Onderwerp, Long> onderwerpen = new EnumMap<>(Onderwerp.class);

		final Map<Resultaat, Long> resultaten = new EnumMap<>(Resultaat.class);

		void tel(Teller ander) {
			this.bezoeken += ander.bezoeken;
			this.minuten += ander.minuten;
			this.aanmeldingenMetCasus += ander.aanmeldingenMetCasus;
			this.gehouden += ander.gehouden;
			this.vervallen += ander.vervallen;
			this.zonderBezoek += ander.zonderBezoek;
			ander.onderwerpen.forEach((k, v) -> this.onderwerpen.merge(k, v, Long::sum));
			ander.resultaten.forEach((k, v) -> this.resultaten.merge(k, v, Long::sum));
		}

		Cijfers cijfers() {
			return new Cijfers(this.bezoeken, this.minuten, this.aanmeldingenMetCasus, this.onderwerpen,
					this.resultaten, this.gehouden, this.vervallen, this.zonderBezoek,
					procenten(Onderwerp.class, this.onderwerpen), procenten(Resultaat.class, this.resultaten));
		}

	}

}
