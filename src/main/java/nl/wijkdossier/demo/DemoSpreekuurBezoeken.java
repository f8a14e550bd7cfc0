package nl.wijkdossier.demo;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register lines of the demo spreekuren: for every past session that took place (not
 * cancelled) a plausible number of visitors — 6 to 25 at an inloopspreekuur, 8 to 30 at
 * an administratief spreekuur — with the rhythm of the year: toeslagen and belasting in
 * March to May (the tax return is due on 1 May) and before the toeslagen deadlines,
 * schulden after the December bills, loneliness around the holidays, quieter summers.
 * Durations follow the topic (a form 10–20 minutes, debts 20–45), results are mostly
 * handled on the spot, some need a follow-up, a few are referred to a sociale-kaart entry
 * that serves the team (its own, its cluster's or a city-wide one) and about 3% become an
 * aanmelding. Now and then a colleague undid a double line during the session.
 * <p>
 * Visits are anonymous, except a handful per team linked to a demo resident with a case
 * in that team: the walk-in that became the case (kanaal INLOOPSPREEKUUR, registered on
 * the day of the melding) and a visit of a resident whose case was running; those get a
 * line {@code bezoek} on the case's timeline. The line is registered by a medewerker on
 * duty in that session, else by a wijkwerker of the team.
 * <p>
 * One batched insert, deterministic (seeded) relative to today; a database that already
 * holds visits gets none, so a second run changes nothing.
 */
@Component
class DemoSpreekuurBezoeken {

	private static final long SEED = DemoStadGenerator.SEED + 17;

	private static final Locale NL = Locale.forLanguageTag("nl");

	/** Visitors per session by kind: the least and the most. */
	static final int INLOOP_MIN = 6;

	static final int INLOOP_MAX = 25;

	static final int ADMINISTRATIEF_MIN = 8;

	static final int ADMINISTRATIEF_MAX = 30;

	/** At most this many visits per team linked to a resident, per way of linking. */
	static final int GEKOPPELD_PER_TEAM = 2;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final MessageSource messages;

	DemoSpreekuurBezoeken(JdbcTemplate jdbc, Clock clock, MessageSource messages) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.messages = messages;
	}

	/** Visits for every past session that took place, unless any visit exists. */
	@Transactional
	Resultaat genereer() {
		Boolean al = this.jdbc.queryForObject("select exists (select 1 from spreekuur_bezoek)", Boolean.class);
		if (Boolean.TRUE.equals(al)) {
			return Resultaat.GEEN;
		}
		return vul(sessies(null));
	}

	/**
	 * Visits for these sessions only, as far as they lie in the past, took place and have
	 * no visit yet (for tests with sessions of their own).
	 */
	@Transactional
	Resultaat genereerVoor(Collection<Long> sessieIds) {
		return vul(sessies(sessieIds.toArray(Long[]::new)));
	}

	// ---------------------------------------------------------------- what to generate

	private Resultaat vul(List<Sessie> sessies) {
		if (sessies.isEmpty()) {
			return Resultaat.GEEN;
		}
		Random random = new Random(SEED);
		Map<Long, List<Long>> opDienst = opDienst(sessies);
		Map<Long, List<Long>> perTeam = medewerkersPerTeam();
		List<Voorziening> voorzieningen = voorzieningen();
		Map<Long, Bezoek> gekoppeld = koppelingen(random, sessies);
		List<Bezoek> bezoeken = new ArrayList<>();
		int sessiesMetBezoek = 0;
		for (Sessie sessie : sessies) {
			List<Long> registratoren = opDienst.getOrDefault(sessie.id(), perTeam.get(sessie.teamId()));
			if (registratoren == null || registratoren.isEmpty()) {
				continue;
			}
			int aantal = aantal(random, sessie);
			List<Instant> momenten = momenten(random, sessie, aantal);
			Bezoek koppeling = gekoppeld.get(sessie.id());
			int plek = (koppeling != null) ? plek(momenten, koppeling) : -1;
			int volgnummer = 0;
			for (int i = 0; i < aantal; i++) {
				Onderwerp onderwerp = onderwerp(random, sessie);
				String resultaat = resultaat(random, onderwerp);
				Long voorziening = null;
				if (resultaat.equals("DOORVERWEZEN")) {
					voorziening = voorziening(random, voorzieningen, sessie, onderwerp);
					if (voorziening == null) {
						resultaat = "VERVOLGAFSPRAAK";
					}
				}
				Bezoek bezoek = new Bezoek(sessie, ++volgnummer, onderwerp, resultaat, duur(random, onderwerp),
						voorziening, null, null, registratoren.get(random.nextInt(registratoren.size())),
						momenten.get(i), null);
				if (i == plek) {
					bezoek = koppeling.op(volgnummer, bezoek.door(), momenten.get(i));
				}
				bezoeken.add(bezoek);
				if (random.nextInt(60) == 0) {
					// a double line, undone at once by the colleague who typed it
					bezoeken.add(new Bezoek(sessie, ++volgnummer, bezoek.onderwerp(), bezoek.resultaat(), bezoek.duur(),
							bezoek.voorzieningId(), null, null, bezoek.door(), bezoek.op().plusSeconds(20),
							bezoek.op().plusSeconds(60)));
				}
			}
			sessiesMetBezoek++;
		}
		schrijf(bezoeken);
		int tijdlijn = schrijfTijdlijn(bezoeken);
		return new Resultaat(sessiesMetBezoek, (int) bezoeken.stream().filter((b) -> b.ingetrokkenOp() == null).count(),
				tijdlijn);
	}

	/**
	 * Where the linked visitor comes in the register: at her own moment when she has one
	 * (the walk-in before her intake was entered), keeping the lines in time order;
	 * otherwise halfway. The moment list is adjusted to hers.
	 */
	private static int plek(List<Instant> momenten, Bezoek koppeling) {
		if (koppeling.op().isAfter(koppeling.sessie().begintOp())) {
			int plek = (int) momenten.stream().filter((m) -> m.isBefore(koppeling.op())).count();
			plek = Math.min(plek, momenten.size() - 1);
			momenten.set(plek, koppeling.op());
			return plek;
		}
		return momenten.size() / 2;
	}

	/** How many come: a base by kind, busier or quieter by the season. */
	static int aantal(Random random, Sessie sessie) {
		boolean inloop = sessie.soort().equals("INLOOP");
		int min = inloop ? INLOOP_MIN : ADMINISTRATIEF_MIN;
		int max = inloop ? INLOOP_MAX : ADMINISTRATIEF_MAX;
		double basis = inloop ? 12 + random.nextGaussian() * 3.5 : 15 + random.nextGaussian() * 4.5;
		long aantal = Math.round(basis * drukte(sessie.datum(), inloop));
		return (int) Math.max(min, Math.min(max, aantal));
	}

	/** The season: the tax return and toeslagen in spring, December bills, holidays. */
	static double drukte(LocalDate datum, boolean inloop) {
		Month maand = datum.getMonth();
		boolean kerst = maand == Month.DECEMBER && datum.getDayOfMonth() >= 20;
		if (kerst) {
			return 0.7;
		}
		return switch (maand) {
			case JANUARY -> inloop ? 1.15 : 1.25;
			case MARCH -> inloop ? 1.05 : 1.3;
			case APRIL -> inloop ? 1.05 : 1.45;
			case MAY -> inloop ? 1.0 : 1.2;
			case JULY, AUGUST -> 0.8;
			default -> 1.0;
		};
	}

	static Onderwerp onderwerp(Random random, Sessie sessie) {
		boolean inloop = sessie.soort().equals("INLOOP");
		double[] gewichten = new double[Onderwerp.values().length];
		double totaal = 0;
		for (Onderwerp o : Onderwerp.values()) {
			gewichten[o.ordinal()] = (inloop ? o.inloop : o.administratief) * seizoen(o, sessie.datum());
			totaal += gewichten[o.ordinal()];
		}
		double worp = random.nextDouble() * totaal;
		for (Onderwerp o : Onderwerp.values()) {
			worp -= gewichten[o.ordinal()];
			if (worp < 0) {
				return o;
			}
		}
		return Onderwerp.OVERIG;
	}

	/** How much more (or less) a topic comes up in this part of the year. */
	static double seizoen(Onderwerp onderwerp, LocalDate datum) {
		Month maand = datum.getMonth();
		int dag = datum.getDayOfMonth();
		return switch (onderwerp) {
			case TOESLAGEN_BELASTING -> switch (maand) {
				case MARCH -> 1.8;
				case APRIL -> 2.6; // the tax return is due on 1 May
				case MAY -> 1.5;
				case AUGUST -> (dag >= 15) ? 1.5 : 1.0; // toeslag over last year: before
														// 1 September
				case DECEMBER -> 1.3; // toeslagen for the new year
				default -> 1.0;
			};
			case SCHULDEN_GELDZAKEN -> switch (maand) {
				case JANUARY -> 2.0; // the December bills
				case FEBRUARY -> 1.3;
				default -> 1.0;
			};
			case EENZAAMHEID_CONTACT -> switch (maand) {
				case DECEMBER -> 1.6;
				case JANUARY -> 1.2;
				default -> 1.0;
			};
			default -> 1.0;
		};
	}

	/** Minutes, in steps of five as people write them down, within the topic's range. */
	static int duur(Random random, Onderwerp onderwerp) {
		int stappen = (onderwerp.maxMinuten - onderwerp.minMinuten) / 5;
		return onderwerp.minMinuten + 5 * random.nextInt(stappen + 1);
	}

	static String resultaat(Random random, Onderwerp onderwerp) {
		int worp = random.nextInt(1000);
		int[] kans = onderwerp.resultaten;
		if (worp < kans[0]) {
			return "AFGEHANDELD";
		}
		if (worp < kans[0] + kans[1]) {
			return "VERVOLGAFSPRAAK";
		}
		if (worp < kans[0] + kans[1] + kans[2]) {
			return "DOORVERWEZEN";
		}
		return "AANMELDING";
	}

	/**
	 * An active entry that serves the session's team, its cluster or the whole city, of a
	 * kind that fits the topic when there is one; null when none serves the team.
	 */
	private static Long voorziening(Random random, List<Voorziening> alle, Sessie sessie, Onderwerp onderwerp) {
		List<Voorziening> bereik = alle.stream().filter((v) -> v.dient(sessie.teamId(), sessie.clusterId())).toList();
		List<Voorziening> passend = bereik.stream().filter((v) -> onderwerp.verwijst(v.soort())).toList();
		List<Voorziening> keuze = passend.isEmpty() ? bereik : passend;
		return keuze.isEmpty() ? null : keuze.get(random.nextInt(keuze.size())).id();
	}

	/** When each visitor is written down: spread over the session, in order. */
	private static List<Instant> momenten(Random random, Sessie sessie, int aantal) {
		long seconden = Math.max(60, sessie.eindigtOp().getEpochSecond() - sessie.begintOp().getEpochSecond());
		List<Instant> momenten = new ArrayList<>();
		for (int i = 0; i < aantal; i++) {
			momenten.add(sessie.begintOp().plusSeconds(120 + (long) (random.nextDouble() * (seconden - 120))));
		}
		momenten.sort(Comparator.naturalOrder());
		return momenten;
	}

	/**
	 * The visits linked to a resident, by session: per team at most
	 * {@link #GEKOPPELD_PER_TEAM} walk-ins that became their case (kanaal
	 * INLOOPSPREEKUUR, a session of the team on the day of the melding that began before
	 * the intake was entered), and as many visits of residents whose case in the team was
	 * running that day.
	 */
	private Map<Long, Bezoek> koppelingen(Random random, List<Sessie> sessies) {
		Map<Long, Bezoek> gekoppeld = new HashMap<>();
		Map<Long, List<Sessie>> perTeam = new LinkedHashMap<>();
		Map<String, List<Sessie>> perTeamEnDag = new HashMap<>();
		for (Sessie s : sessies) {
			perTeam.computeIfAbsent(s.teamId(), (k) -> new ArrayList<>()).add(s);
			perTeamEnDag.computeIfAbsent(s.teamId() + " " + s.datum(), (k) -> new ArrayList<>()).add(s);
		}
		LocalDate eerste = sessies.get(0).datum();
		LocalDate laatste = sessies.get(sessies.size() - 1).datum();
		Map<Long, Integer> aanmeldingen = new HashMap<>();
		for (Casus c : casussen("c.kanaal = 'INLOOPSPREEKUUR' and c.gemeld_op between ? and ?", eerste, laatste)) {
			List<Sessie> opDieDag = perTeamEnDag.getOrDefault(c.teamId() + " " + c.gemeldOp(), List.of());
			Sessie sessie = opDieDag.stream()
				.filter((s) -> !s.begintOp().isAfter(c.aangemeldOp()) && !gekoppeld.containsKey(s.id()))
				.findFirst()
				.orElse(null);
			if (sessie == null || aanmeldingen.getOrDefault(c.teamId(), 0) >= GEKOPPELD_PER_TEAM) {
				continue;
			}
			aanmeldingen.merge(c.teamId(), 1, Integer::sum);
			Onderwerp onderwerp = onderwerp(random, sessie);
			Instant tot = c.aangemeldOp().isBefore(sessie.eindigtOp()) ? c.aangemeldOp() : sessie.eindigtOp();
			Instant op = sessie.begintOp()
				.plusSeconds((long) (random.nextDouble()
						* Math.max(1, tot.getEpochSecond() - sessie.begintOp().getEpochSecond())));
			gekoppeld.put(sessie.id(), new Bezoek(sessie, 0, onderwerp, "AANMELDING", duur(random, onderwerp), null,
					c.inwonerId(), c.id(), 0, op, null));
		}
		List<Casus> lopend = casussen("c.gemeld_op < ? and (c.afgesloten_op is null or c.afgesloten_op >= ?)", laatste,
				eerste);
		Map<Long, List<Casus>> lopendPerTeam = new HashMap<>();
		for (Casus c : lopend) {
			lopendPerTeam.computeIfAbsent(c.teamId(), (k) -> new ArrayList<>()).add(c);
		}
		Set<Long> gebruikt = new HashSet<>();
		for (Map.Entry<Long, List<Sessie>> team : perTeam.entrySet()) {
			List<Casus> kandidaten = lopendPerTeam.getOrDefault(team.getKey(), List.of());
			int gedaan = 0;
			for (int poging = 0; poging < 20 && gedaan < GEKOPPELD_PER_TEAM && !kandidaten.isEmpty(); poging++) {
				Sessie sessie = team.getValue().get(random.nextInt(team.getValue().size()));
				Casus c = kandidaten.get(random.nextInt(kandidaten.size()));
				boolean loopt = c.gemeldOp().isBefore(sessie.datum())
						&& (c.afgeslotenOp() == null || !c.afgeslotenOp().isBefore(sessie.datum()));
				if (!loopt || gekoppeld.containsKey(sessie.id()) || !gebruikt.add(c.id())) {
					continue;
				}
				Onderwerp onderwerp = onderwerp(random, sessie);
				String resultaat = (random.nextInt(3) == 0) ? "AFGEHANDELD" : "VERVOLGAFSPRAAK";
				gekoppeld.put(sessie.id(), new Bezoek(sessie, 0, onderwerp, resultaat, duur(random, onderwerp), null,
						c.inwonerId(), c.id(), 0, sessie.begintOp(), null));
				gedaan++;
			}
		}
		return gekoppeld;
	}

	// ---------------------------------------------------------------- reading

	private List<Sessie> sessies(Long[] alleen) {
		String sql = """
				select s.id, s.datum, s.begint_op, s.eindigt_op, sp.soort, sp.team_id, t.cluster_id
				from spreekuur_sessie s
				join spreekuur sp on sp.id = s.spreekuur_id
				join wijkteam t on t.id = sp.team_id
				where s.vervalt_reden is null and s.eindigt_op <= ?
				  and not exists (select 1 from spreekuur_bezoek b where b.sessie_id = s.id)
				""" + ((alleen != null) ? " and s.id = any(?)" : "") + """

				order by s.datum, s.begintijd, sp.team_id, s.id
				""";
		Timestamp nu = Timestamp.from(this.clock.instant());
		Object[] parameters = (alleen != null) ? new Object[] { nu, alleen } : new Object[] { nu };
		return this.jdbc.query(sql,
				(rs, n) -> new Sessie(rs.getLong("id"), rs.getObject("datum", LocalDate.class),
						rs.getTimestamp("begint_op").toInstant(), rs.getTimestamp("eindigt_op").toInstant(),
						rs.getString("soort"), rs.getLong("team_id"), rs.getLong("cluster_id")),
				parameters);
	}

	/** The accounts of the medewerkers on duty, per session. */
	private Map<Long, List<Long>> opDienst(List<Sessie> sessies) {
		Map<Long, List<Long>> opDienst = new HashMap<>();
		this.jdbc.query("""
				select d.sessie_id, m.gebruiker_id from spreekuur_dienst d
				join medewerker m on m.id = d.medewerker_id
				where d.sessie_id = any(?)
				order by d.sessie_id, m.id
				""", (ResultSet rs) -> {
			opDienst.computeIfAbsent(rs.getLong("sessie_id"), (k) -> new ArrayList<>()).add(rs.getLong("gebruiker_id"));
		}, (Object) sessies.stream().map(Sessie::id).toArray(Long[]::new));
		return opDienst;
	}

	/**
	 * The accounts of each team's active medewerkers, wijkwerkers first (else anyone).
	 */
	private Map<Long, List<Long>> medewerkersPerTeam() {
		Map<Long, List<Long>> wijkwerkers = new HashMap<>();
		Map<Long, List<Long>> anderen = new HashMap<>();
		this.jdbc.query("""
				select m.team_id, m.gebruiker_id, g.rol from medewerker m join gebruiker g on g.id = m.gebruiker_id
				where m.actief and m.team_id is not null
				order by m.team_id, m.id
				""", (ResultSet rs) -> {
			Map<Long, List<Long>> doel = "WIJKWERKER".equals(rs.getString("rol")) ? wijkwerkers : anderen;
			doel.computeIfAbsent(rs.getLong("team_id"), (k) -> new ArrayList<>()).add(rs.getLong("gebruiker_id"));
		});
		anderen.forEach(wijkwerkers::putIfAbsent);
		return wijkwerkers;
	}

	private List<Voorziening> voorzieningen() {
		return this.jdbc.query("""
				select id, soort, team_ids, cluster_ids from voorziening
				where actief and soort <> 'SOCIAAL_STEDELIJK_TEAM'
				order by id
				""", (rs, n) -> new Voorziening(rs.getLong("id"), rs.getString("soort"), ids(rs.getArray("team_ids")),
				ids(rs.getArray("cluster_ids"))));
	}

	private List<Casus> casussen(String waar, LocalDate a, LocalDate b) {
		return this.jdbc.query("""
				select c.id, c.inwoner_id, c.team_id, c.gemeld_op, c.aangemeld_op, c.afgesloten_op
				from casus c where\s""" + waar + " order by c.id",
				(rs, n) -> new Casus(rs.getLong("id"), rs.getLong("inwoner_id"), rs.getLong("team_id"),
						rs.getObject("gemeld_op", LocalDate.class), rs.getTimestamp("aangemeld_op").toInstant(),
						rs.getObject("afgesloten_op", LocalDate.class)),
				a, b);
	}

	private static Set<Long> ids(Array array) throws SQLException {
		if (array == null) {
			return Set.of();
		}
		Set<Long> ids = new HashSet<>();
		for (Object id : (Object[]) array.getArray()) {
			ids.add(((Number) id).longValue());
		}
		return ids;
	}

	// ---------------------------------------------------------------- writing

	private void schrijf(List<Bezoek> bezoeken) {
		List<Object[]> rijen = new ArrayList<>();
		for (Bezoek b : bezoeken) {
			rijen.add(new Object[] { b.sessie().id(), b.volgnummer(), b.onderwerp().name(), b.resultaat(), b.duur(),
					b.inwonerId(), b.casusId(), b.voorzieningId(), b.door(), Timestamp.from(b.op()),
					(b.ingetrokkenOp() != null) ? Timestamp.from(b.ingetrokkenOp()) : null });
		}
		this.jdbc.batchUpdate("""
				insert into spreekuur_bezoek (sessie_id, volgnummer, onderwerp, resultaat, duur_minuten, inwoner_id,
				                              casus_id, voorziening_id, geregistreerd_door, geregistreerd_op,
				                              ingetrokken_op)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rijen);
	}

	/**
	 * A line "Schulden en geldzaken: Vervolgafspraak" on the case of each linked visit.
	 */
	private int schrijfTijdlijn(List<Bezoek> bezoeken) {
		List<Object[]> rijen = new ArrayList<>();
		for (Bezoek b : bezoeken) {
			if (b.casusId() == null) {
				continue;
			}
			// worded as the register words it (SessieRegister.detail)
			String detail = this.messages.getMessage("register.onderwerp." + b.onderwerp().name(), null, NL) + ": "
					+ this.messages.getMessage("register.resultaat." + b.resultaat(), null, NL);
			rijen.add(new Object[] { b.casusId(), Timestamp.from(b.op()), b.door(), "bezoek", detail,
					"/spreekuren/sessies/" + b.sessie().id() });
		}
		this.jdbc.batchUpdate("""
				insert into casus_gebeurtenis (casus_id, op, door_gebruiker_id, soort, detail, link)
				values (?, ?, ?, ?, ?, ?)
				""", rijen);
		return rijen.size();
	}

	// ---------------------------------------------------------------- the model

	/**
	 * The register's topics with their weight at each kind of spreekuur, their duration
	 * and their results (per mille: afgehandeld, vervolgafspraak, doorverwezen,
	 * aanmelding), and the kinds of sociale-kaart entry they are referred to.
	 */
	enum Onderwerp {

		FORMULIEREN_BRIEVEN(14, 38, 10, 20, new int[] { 820, 140, 30, 10 }, "VRIJWILLIGERSORGANISATIE", "OVERIG"),
		TOESLAGEN_BELASTING(8, 22, 15, 30, new int[] { 760, 180, 45, 15 }, "VRIJWILLIGERSORGANISATIE", "OVERIG"),
		SCHULDEN_GELDZAKEN(12, 16, 20, 45, new int[] { 520, 220, 210, 50 }, "OVERIG", "INFORMEEL_INITIATIEF"),
		WONEN(14, 6, 10, 25, new int[] { 640, 170, 150, 40 }, "MAATWERKVOORZIENING", "VRIJWILLIGERSORGANISATIE"),
		ZORG_ONDERSTEUNING(18, 5, 15, 30, new int[] { 560, 190, 180, 70 }, "MAATWERKVOORZIENING", "HUISARTS",
				"EXPERTISECENTRUM_MANTELZORG"),
		WERK_INKOMEN(8, 7, 10, 25, new int[] { 660, 170, 150, 20 }, "GROEPSACTIVITEIT", "MAATWERKVOORZIENING",
				"VRIJWILLIGERSORGANISATIE"),
		EENZAAMHEID_CONTACT(16, 1, 10, 30, new int[] { 580, 140, 240, 40 }, "INFORMEEL_INITIATIEF", "GROEPSACTIVITEIT",
				"VRIJWILLIGERSORGANISATIE"),
		OVERIG(10, 5, 5, 15, new int[] { 800, 100, 85, 15 });

		final int inloop;

		final int administratief;

		final int minMinuten;

		final int maxMinuten;

		final int[] resultaten;

		final List<String> verwijsSoorten;

		Onderwerp(int inloop, int administratief, int minMinuten, int maxMinuten, int[] resultaten,
				String... verwijsSoorten) {
			this.inloop = inloop;
			this.administratief = administratief;
			this.minMinuten = minMinuten;
			this.maxMinuten = maxMinuten;
			this.resultaten = resultaten;
			this.verwijsSoorten = Arrays.asList(verwijsSoorten);
		}

		boolean verwijst(String soort) {
			return this.verwijsSoorten.isEmpty() || this.verwijsSoorten.contains(soort);
		}

	}

	record Sessie(long id, LocalDate datum, Instant begintOp, Instant eindigtOp, String soort, long teamId,
			long clusterId) {
	}

	private record Voorziening(long id, String soort, Set<Long> teams, Set<Long> clusters) {

		/** Serves the team itself, its cluster, or (neither given) the whole city. */
		boolean dient(long teamId, long clusterId) {
			return this.teams.contains(teamId) || this.clusters.contains(clusterId)
					|| (this.teams.isEmpty() && this.clusters.isEmpty());
		}

	}

	private record Casus(long id, long inwonerId, long teamId, LocalDate gemeldOp, Instant aangemeldOp,
			LocalDate afgeslotenOp) {
	}

	private record Bezoek(Sessie sessie, int volgnummer, Onderwerp onderwerp, String resultaat, int duur,
			Long voorzieningId, Long inwonerId, Long casusId, long door, Instant op, Instant ingetrokkenOp) {

		/** This linked visit at its place in the register, typed by that colleague. */
		Bezoek op(int volgnummer, long door, Instant moment) {
			return new Bezoek(this.sessie, volgnummer, this.onderwerp, this.resultaat, this.duur, this.voorzieningId,
					this.inwonerId, this.casusId, door, moment, null);
		}

	}

	/** What was added: sessions with visits, visits (not withdrawn), timeline lines. */
	record Resultaat(int sessies, int bezoeken, int tijdlijnregels) {

		static final Resultaat GEEN = new Resultaat(0, 0, 0);

	}

}
