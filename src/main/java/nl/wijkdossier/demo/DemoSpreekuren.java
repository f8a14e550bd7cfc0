package nl.wijkdossier.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.organisatie.MedewerkerInfo;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.PartnerInfo;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.spreekuur.Rooster;
import nl.wijkdossier.spreekuur.SpreekuurGegevens;
import nl.wijkdossier.spreekuur.SpreekuurHistorie;
import nl.wijkdossier.spreekuur.SpreekuurSchema;
import nl.wijkdossier.spreekuur.SpreekuurSoort;
import nl.wijkdossier.spreekuur.UitzonderingGegevens;
import nl.wijkdossier.spreekuur.Uitzonderingen;

/**
 * The spreekuren of the demo city: per team a weekly inloopspreekuur in a buurthuis or
 * wijkcentrum, and in every other team an administratief spreekuur coordinated by the
 * Vrijwilligerscentrale with volunteers. Sessions of the last four months (for the visits
 * the demo adds next) and of the coming eight weeks; the city closes on the coming
 * Christmas days. Most sessions are staffed by medewerkers of the team, administrative
 * ones with two volunteers too. In Wijkteam Stad Centrum the demo {@code wijkwerker} is
 * on duty this week, and next week's inloop has nobody yet, so the manager sees the
 * warning. Deterministic; adds nothing when spreekuren exist.
 */
@Component
class DemoSpreekuren {

	/** How far back the demo history goes. */
	static final int WEKEN_TERUG = 17;

	private static final long SEED = 20_261_123L;

	private static final String VRIJWILLIGERSCENTRALE = "Vrijwilligerscentrale Polderstad";

	private static final List<String> VRIJWILLIGERS = List.of("Ans de Wit", "Kees Bakker", "Fatima El Amrani",
			"Henk Visser", "Marieke Jansen", "Sander Mulder", "Yasmina Bouzid", "Joop van Dam", "Ria Smit",
			"Mehmet Yilmaz", "Truus Hendriks", "Priya Ramdin");

	private static final List<String> LOCATIES = List.of("Buurthuis De Schakel", "Wijkcentrum Het Anker",
			"Buurthuis De Ontmoeting", "Wijkcentrum De Kern", "Buurthuis Het Baken", "Wijkcentrum De Brug");

	private static final List<String> STRATEN = List.of("Marktplein", "Kemphaanpad", "Scholeksterhof", "Kieviterf",
			"Lepelaarplein", "Meerkoetkade", "Gruttostraat", "Wulpenhof", "Karekietpad", "Pluvierstraat",
			"Zilverreigerdreef");

	private static final DayOfWeek[] DAGEN = { DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY,
			DayOfWeek.THURSDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY };

	private final SpreekuurSchema schema;

	private final Uitzonderingen uitzonderingen;

	private final SpreekuurHistorie historie;

	private final Rooster rooster;

	private final Organisatie organisatie;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoSpreekuren(SpreekuurSchema schema, Uitzonderingen uitzonderingen, SpreekuurHistorie historie, Rooster rooster,
			Organisatie organisatie, JdbcClient jdbc, Clock clock) {
		this.schema = schema;
		this.uitzonderingen = uitzonderingen;
		this.historie = historie;
		this.rooster = rooster;
		this.organisatie = organisatie;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return what was added (all zero when spreekuren existed)
	 */
	@Transactional
	Resultaat genereer() {
		if (this.jdbc.sql("select count(*) from spreekuur").query(Long.class).single() > 0) {
			return new Resultaat(0, 0, 0);
		}
		Random random = new Random(SEED);
		LocalDate vandaag = LocalDate.now(this.clock);
		LocalDate begin = vandaag.minusWeeks(WEKEN_TERUG);
		Long centrale = this.organisatie.partners()
			.stream()
			.filter((p) -> p.naam().equals(VRIJWILLIGERSCENTRALE))
			.map(PartnerInfo::id)
			.findFirst()
			.orElse(null);
		List<TeamInfo> teams = this.organisatie.teams()
			.stream()
			.filter(TeamInfo::actief)
			.sorted(Comparator.comparingLong(TeamInfo::id))
			.toList();
		List<Plan> plannen = new ArrayList<>();
		for (int t = 0; t < teams.size(); t++) {
			TeamInfo team = teams.get(t);
			String wijk = team.naam().replaceFirst("^Wijkteam ", "");
			String locatie = LOCATIES.get(t % LOCATIES.size()) + " " + wijk;
			String adres = STRATEN.get(t % STRATEN.size()) + " " + (3 + 7 * t) + ", Polderstad";
			boolean ochtend = t % 2 == 0;
			long inloop = this.schema.nieuw(new SpreekuurGegevens(team.id(), SpreekuurSoort.INLOOP, locatie, adres,
					DAGEN[t % DAGEN.length], ochtend ? LocalTime.of(9, 0) : LocalTime.of(13, 30),
					ochtend ? LocalTime.of(11, 0) : LocalTime.of(15, 30), 1, begin, null, null));
			plannen.add(new Plan(inloop, team, SpreekuurSoort.INLOOP));
			if (t % 2 == 0) {
				long administratief = this.schema.nieuw(new SpreekuurGegevens(team.id(), SpreekuurSoort.ADMINISTRATIEF,
						locatie, adres, (t % 4 == 0) ? DayOfWeek.THURSDAY : DayOfWeek.MONDAY, LocalTime.of(13, 0),
						LocalTime.of(15, 0), (t % 4 == 0) ? 1 : 2, begin, null, centrale));
				plannen.add(new Plan(administratief, team, SpreekuurSoort.ADMINISTRATIEF));
			}
		}
		LocalDate kerst = MonthDay.of(12, 25).atYear(vandaag.getYear());
		if (kerst.plusDays(1).isBefore(vandaag)) {
			kerst = kerst.plusYears(1);
		}
		if (!kerst.isBefore(vandaag)) {
			this.uitzonderingen.voegToe(UitzonderingGegevens.vervaltVoorDeStad(kerst, "Eerste Kerstdag"));
		}
		this.uitzonderingen.voegToe(UitzonderingGegevens.vervaltVoorDeStad(kerst.plusDays(1), "Tweede Kerstdag"));

		long wijkwerker = this.jdbc.sql("""
				select m.id from medewerker m join gebruiker g on g.id = m.gebruiker_id
				where g.gebruikersnaam = 'wijkwerker'
				""").query(Long.class).optional().orElse(-1L);
		LocalDate maandag = vandaag.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		int verleden = 0;
		int diensten = 0;
		for (Plan plan : plannen) {
			List<Long> collegas = this.organisatie.medewerkersVanTeam(plan.team().id())
				.stream()
				.filter(MedewerkerInfo::actief)
				.map(MedewerkerInfo::id)
				.toList();
			verleden += this.historie.legVast(plan.id(), begin, vandaag.minusDays(1)).size();
			boolean eersteVolgendeWeekOverslaan = plan.soort() == SpreekuurSoort.INLOOP
					&& collegas.contains(wijkwerker);
			for (Sessie sessie : sessies(plan.id())) {
				boolean dezeWeek = !sessie.datum().isBefore(maandag) && sessie.datum().isBefore(maandag.plusWeeks(1));
				boolean volgendeWeek = !sessie.datum().isBefore(maandag.plusWeeks(1))
						&& sessie.datum().isBefore(maandag.plusWeeks(2));
				if (eersteVolgendeWeekOverslaan && volgendeWeek) {
					eersteVolgendeWeekOverslaan = false;
					continue;
				}
				List<Long> wie = new ArrayList<>();
				if (dezeWeek && collegas.contains(wijkwerker)) {
					wie.add(wijkwerker);
				}
				int aantal = (plan.soort() == SpreekuurSoort.INLOOP) ? 1 + random.nextInt(2) : 1;
				for (int i = 0; wie.size() < Math.min(aantal, collegas.size()) && i < 10; i++) {
					long collega = collegas.get(random.nextInt(collegas.size()));
					if (!wie.contains(collega) && (collega != wijkwerker || dezeWeek || random.nextInt(3) == 0)) {
						wie.add(collega);
					}
				}
				boolean voorbij = !sessie.eindigtOp().isAfter(this.clock.instant());
				for (long medewerker : wie) {
					if (voorbij) {
						this.historie.legDienstVast(sessie.id(), medewerker, null, null);
					}
					else {
						this.rooster.voegMedewerkerToe(sessie.id(), medewerker);
					}
					diensten++;
				}
				if (plan.soort() == SpreekuurSoort.ADMINISTRATIEF) {
					int eerste = random.nextInt(VRIJWILLIGERS.size());
					for (int v = 0; v < 2; v++) {
						String naam = VRIJWILLIGERS.get((eerste + v * 5) % VRIJWILLIGERS.size());
						if (voorbij) {
							this.historie.legDienstVast(sessie.id(), null, naam, VRIJWILLIGERSCENTRALE);
						}
						else {
							this.rooster.voegVrijwilligerToe(sessie.id(), naam, VRIJWILLIGERSCENTRALE);
						}
						diensten++;
					}
				}
			}
		}
		return new Resultaat(plannen.size(), verleden, diensten);
	}

	/** The sessions of a spreekuur that take place, past and coming, by date. */
	private List<Sessie> sessies(long spreekuurId) {
		return this.jdbc.sql("""
				select id, datum, eindigt_op from spreekuur_sessie
				where spreekuur_id = :id and vervalt_reden is null order by datum, begintijd
				""")
			.param("id", spreekuurId)
			.query((rs, n) -> new Sessie(rs.getLong("id"), rs.getObject("datum", LocalDate.class),
					rs.getTimestamp("eindigt_op").toInstant()))
			.list();
	}

	record Resultaat(int spreekuren, int verledenSessies, int diensten) {
	}

	private record Plan(long id, TeamInfo team, SpreekuurSoort soort) {
	}

	private record Sessie(long id, LocalDate datum, Instant eindigtOp) {
	}

}
