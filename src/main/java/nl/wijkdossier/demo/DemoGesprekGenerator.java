package nl.wijkdossier.demo;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
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

import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.shared.ZrmDomein;
import nl.wijkdossier.shared.web.Datums;

/**
 * Finalised keukentafelgesprekken for the demo cases: one to three per case in
 * behandeling (and for about half of the closed ones), dated from the first contact to
 * today (or the closing day), with short Dutch reports, ZRM scores on the case's own
 * domains only (data minimisation) that improve a little from one conversation to the
 * next, agreements (done, overdue, due this week, later), a mantelzorger with an
 * EDIZ-plus score here and there, a meldcode on two cases with domestic tension, and a
 * timeline line per conversation. The demo account {@code wijkwerker} gets a home with
 * work on it: overdue agreements and ones due this week, a draft, and (when the sociale
 * kaart was seeded first) two referrals with an answer she has not seen yet.
 * <p>
 * Written with a handful of batched statements (ids drawn from the sequences first), so
 * it adds a fraction of a second to the start. Only a database without any conversation
 * gets them, so a second run changes nothing. Deterministic relative to today.
 */
@Component
class DemoGesprekGenerator {

	static final String DEMO_WIJKWERKER = "wijkwerker";

	private static final long SEED = DemoStadGenerator.SEED + 11;

	/** How many of the demo cases show a suspicion of domestic violence. */
	static final int MELDCODE_CASUSSEN = 2;

	private static final List<String> VOORNAMEN = List.of("Anouk", "Mirjam", "Ingrid", "Fatima", "Sanne", "Yvonne",
			"Kees", "Ahmed", "Jeroen", "Marco", "Petra", "Annelies", "Hatice", "Priya", "Wim", "Gerda");

	private static final List<String> RELATIES_FAMILIE = List.of("dochter", "zoon", "partner", "schoondochter");

	private static final List<String> RELATIES_ANDER = List.of("buurvrouw", "zus", "vriendin", "buurman");

	private static final Map<ZrmDomein, String> NAAM = namen();

	private static final Map<ZrmDomein, List<String>> EERSTE_INDRUK = eersteIndrukken();

	private static final Map<ZrmDomein, List<String>> VOORTGANG = voortgang();

	private static final Map<ZrmDomein, List<Afspraak>> AFSPRAKEN = afspraken();

	private static final List<String> INTERNE_NOTITIES = List.of("Hond in huis: aanbellen en even wachten.",
			"Inwoner is wantrouwig naar instanties; rustig opbouwen en afspraken nakomen.",
			"Liefst afspraken in de ochtend, 's middags rust meneer.",
			"Telefoon wordt vaak niet opgenomen; een sms'je vooraf werkt beter.",
			"Dochter wil graag bij volgende gesprekken zijn; zij belt terug voor een datum.");

	private static final List<String> VRIJWILLIGER = List.of("Maatje om samen te wandelen en boodschappen te doen",
			"Vrijwilliger van het administratief spreekuur voor de post", "Iemand om mee naar de buurtkamer te gaan",
			"Taalmaatje om Nederlands te oefenen");

	private static final Locale NL = Locale.forLanguageTag("nl");

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final MessageSource messages;

	DemoGesprekGenerator(JdbcTemplate jdbc, Clock clock, MessageSource messages) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.messages = messages;
	}

	@Transactional
	Resultaat genereer() {
		Boolean al = this.jdbc.queryForObject("select exists (select 1 from gesprek)", Boolean.class);
		if (Boolean.TRUE.equals(al)) {
			return new Resultaat(0, 0, 0, 0, 0);
		}
		Random random = new Random(SEED);
		Instant nu = this.clock.instant();
		LocalDate vandaag = LocalDate.ofInstant(nu, ClockConfiguration.ZONE);
		Haar haar = haar();
		List<Kandidaat> kandidaten = kandidaten();
		Set<Long> meldcode = meldcodeCasussen(kandidaten, haar);
		Map<Long, List<Soort>> gedwongen = haarAfspraken(kandidaten, haar, vandaag);

		List<Gesprek> gesprekken = new ArrayList<>();
		Map<Kandidaat, List<Gesprek>> perCasus = new LinkedHashMap<>();
		for (Kandidaat casus : kandidaten) {
			if (casus.afgesloten() && random.nextInt(2) == 0) {
				continue;
			}
			List<Gesprek> reeks = reeks(random, casus, vandaag, nu, haar, meldcode.contains(casus.id()),
					gedwongen.get(casus.id()));
			perCasus.put(casus, reeks);
			gesprekken.addAll(reeks);
		}
		if (gesprekken.isEmpty()) {
			return new Resultaat(0, 0, 0, 0, 0);
		}
		List<Long> ids = ids("gesprek", gesprekken.size());
		for (int i = 0; i < gesprekken.size(); i++) {
			gesprekken.get(i).id = ids.get(i);
		}
		schrijfGesprekken(gesprekken, nu);
		int afspraken = schrijfAfspraken(gesprekken);
		schrijfCasussen(perCasus);
		schrijfMeldcodes(perCasus, meldcode, vandaag);
		int concepten = schrijfConcept(perCasus, haar, nu);
		int verwijzingen = schrijfVerwijzingen(random, perCasus, haar, nu);
		return new Resultaat(gesprekken.size(), perCasus.size(), afspraken, concepten, verwijzingen);
	}

	// ---------------------------------------------------------------- what to generate

	/** The conversations of one case, first to last. */
	private static List<Gesprek> reeks(Random random, Kandidaat casus, LocalDate vandaag, Instant nu, Haar haar,
			boolean meldcode, List<Soort> gedwongen) {
		LocalDate eerste = casus.eersteContactOp() != null ? casus.eersteContactOp() : casus.gemeldOp();
		if (casus.wmo() && casus.onderzoekAfgerondOp() != null && casus.onderzoekAfgerondOp().isBefore(eerste)) {
			// the onderzoeksgesprek came before the onderzoek was finished
			eerste = max(casus.gemeldOp(), casus.onderzoekAfgerondOp());
		}
		LocalDate eind = casus.afgesloten() ? casus.afgeslotenOp() : vandaag;
		if (gedwongen != null) {
			// her agreements due or overdue need a conversation a few days ago
			eind = min(eind, vandaag.minusDays(3));
		}
		if (meldcode) {
			// the suspicion is recent: the meldcode is under way, not finished
			eind = min(eind, vandaag.minusDays(4));
		}
		eind = max(eind, eerste);
		long ruimte = ChronoUnit.DAYS.between(eerste, eind);
		int gewenst = (random.nextInt(10) < 4) ? 1 : (random.nextInt(10) < 6) ? 2 : 3;
		int aantal = (ruimte < 7) ? 1 : (ruimte < 21) ? Math.min(gewenst, 2) : gewenst;
		List<LocalDate> data = new ArrayList<>();
		data.add(eerste);
		for (int i = 1; i < aantal; i++) {
			LocalDate vorige = data.get(i - 1);
			LocalDate van = vorige.plusDays(6);
			LocalDate tot = min(eind, vorige.plusDays(50));
			if (van.isAfter(tot)) {
				break;
			}
			data.add(van.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(van, tot) + 1)));
		}
		if (meldcode) {
			// the last conversation, where the suspicion arose, lies within the last
			// weeks
			LocalDate recent = eind.minusDays(random.nextInt(7));
			LocalDate vorige = data.get(Math.max(0, data.size() - 2));
			if (data.size() > 1 && !recent.isBefore(vorige.plusDays(6))) {
				data.set(data.size() - 1, recent);
			}
			else if (data.size() == 1 && !recent.isBefore(vorige.plusDays(6))) {
				data.add(recent);
			}
		}

		Mantelzorger mantelzorger = mantelzorger(random, casus);
		Map<ZrmDomein, int[]> zrm = new EnumMap<>(ZrmDomein.class);
		for (ZrmDomein domein : casus.domeinen()) {
			int score = 1 + random.nextInt(3);
			zrm.put(domein, new int[] { score, (random.nextInt(10) < 6) ? Math.min(5, score + 2) : 0 });
		}
		Integer ediz = null;
		List<Gesprek> reeks = new ArrayList<>();
		for (int i = 0; i < data.size(); i++) {
			boolean laatste = i == data.size() - 1;
			LocalDate datum = data.get(i);
			Gesprek g = new Gesprek(casus, i, datum, vastgelegdOp(random, datum, nu));
			g.locatie = (i == 0) ? ((random.nextInt(4) == 0) ? "WIJKTEAMLOCATIE" : "THUIS") : kies(random, "THUIS",
					"THUIS", "TELEFONISCH", "TELEFONISCH", "WIJKTEAMLOCATIE", "VIDEO", "ELDERS");
			if (i > 0) {
				voortgang(random, zrm);
			}
			if (i == 0 || !g.locatie.equals("TELEFONISCH") || random.nextInt(3) == 0) {
				for (Map.Entry<ZrmDomein, int[]> e : zrm.entrySet()) {
					g.zrm.put(e.getKey(), e.getValue().clone());
				}
			}
			deelnemers(random, g, casus, mantelzorger, i);
			if (mantelzorger != null) {
				g.mantelzorger = mantelzorger;
				boolean meten = (i == 0) ? random.nextInt(4) != 0 : random.nextInt(2) == 0;
				if (meten) {
					ediz = (ediz == null) ? mantelzorger.ediz()
							: Math.max(0, Math.min(15, ediz + random.nextInt(5) - 2));
					g.ediz = ediz;
				}
			}
			if ((casus.domeinen().contains(ZrmDomein.SOCIAAL_NETWERK)
					|| casus.domeinen().contains(ZrmDomein.TIJDSBESTEDING)) && i == 0 && random.nextInt(10) < 4) {
				g.vrijwilligerWaarvoor = casus.hulpvraag().contains("Nederlands") ? VRIJWILLIGER.get(3)
						: VRIJWILLIGER.get(random.nextInt(3));
			}
			g.huiselijkGeweld = meldcode && laatste;
			verslag(random, g, casus, i);
			if (i == 0 && casus.wmo()) {
				wmoOnderzoek(random, g, casus, mantelzorger);
			}
			if (g.huiselijkGeweld) {
				g.interneNotitie = "Vermoeden van huiselijk geweld: " + casus.voornaam()
						+ " schrok van harde geluiden en wilde niet over thuis praten waar de partner bij was. "
						+ "Meldcode gestart; collegiale consultatie volgt deze week.";
			}
			else if (random.nextInt(10) < 3) {
				g.interneNotitie = INTERNE_NOTITIES.get(random.nextInt(INTERNE_NOTITIES.size()));
			}
			if (random.nextInt(10) < 7) {
				LocalDate verstuurd = datum.plusDays(1 + random.nextInt(3));
				if (!verstuurd.isAfter(vandaag)) {
					g.verstuurdOp = verstuurd;
					g.verstuurdVia = kies(random, "POST", "EMAIL", "EMAIL", "MEEGEGEVEN");
				}
			}
			LocalDate volgende = laatste ? null : data.get(i + 1);
			afspraken(random, g, casus, mantelzorger, vandaag, volgende, laatste ? gedwongen : null);
			reeks.add(g);
		}
		return reeks;
	}

	/** Scores move a step up now and then, seldom down; never past 5 or below 1. */
	private static void voortgang(Random random, Map<ZrmDomein, int[]> zrm) {
		for (int[] score : zrm.values()) {
			int r = random.nextInt(10);
			int stap = (r < 5) ? 1 : (r < 9) ? 0 : -1;
			score[0] = Math.max(1, Math.min(5, score[0] + stap));
		}
	}

	private static Mantelzorger mantelzorger(Random random, Kandidaat casus) {
		Set<ZrmDomein> d = casus.domeinen();
		int kans = (d.contains(ZrmDomein.BASALE_ADL) || d.contains(ZrmDomein.INSTRUMENTELE_ADL)
				|| d.contains(ZrmDomein.LICHAMELIJKE_GEZONDHEID)) ? 60
						: (d.contains(ZrmDomein.GEESTELIJKE_GEZONDHEID) || d.contains(ZrmDomein.SOCIAAL_NETWERK)) ? 25
								: 8;
		if (random.nextInt(100) >= kans) {
			return null;
		}
		boolean familie = random.nextInt(3) != 0;
		String relatie = familie ? RELATIES_FAMILIE.get(random.nextInt(RELATIES_FAMILIE.size()))
				: RELATIES_ANDER.get(random.nextInt(RELATIES_ANDER.size()));
		String naam = VOORNAMEN.get(random.nextInt(VOORNAMEN.size())) + " "
				+ (familie ? casus.achternaam() : kies(random, "de Vries", "Bakker", "Yilmaz", "Visser", "Smit"));
		// about a third of the carers is overburdened (EDIZ-plus 9 or more)
		int ediz = (random.nextInt(3) == 0) ? 9 + random.nextInt(6) : 2 + random.nextInt(7);
		return new Mantelzorger(naam, relatie, ediz);
	}

	private static void deelnemers(Random random, Gesprek g, Kandidaat casus, Mantelzorger mantelzorger, int i) {
		g.deelnemers.add("INWONER");
		if (mantelzorger != null && (i == 0 || random.nextInt(3) == 0) && !g.locatie.equals("TELEFONISCH")) {
			g.deelnemers.add("MANTELZORGER");
		}
		else if (random.nextInt(8) == 0 && !g.locatie.equals("TELEFONISCH")) {
			g.deelnemers.add("FAMILIE");
		}
		if (casus.hulpvraag().contains("Nederlands") && !g.locatie.equals("TELEFONISCH")) {
			g.deelnemers.add("TOLK");
			g.deelnemersToelichting = "Tolk via de tolkentelefoon";
		}
		if (i == 0 && casus.wmo() && random.nextInt(10) < 3) {
			g.deelnemers.add("CLIENTONDERSTEUNER");
		}
		if (i > 0 && random.nextInt(10) == 0 && !g.locatie.equals("TELEFONISCH")) {
			g.deelnemers.add("ANDERE_PROFESSIONAL");
			g.deelnemersToelichting = kies(random, "Consulent van Schuldhulp Polderstad", "Wijkverpleegkundige",
					"Praktijkondersteuner van de huisarts");
		}
	}

	private static void verslag(Random random, Gesprek g, Kandidaat casus, int i) {
		String naam = casus.voornaam();
		StringBuilder tekst = new StringBuilder();
		List<ZrmDomein> domeinen = new ArrayList<>(casus.domeinen());
		if (i == 0) {
			tekst.append(switch (g.locatie) {
				case "THUIS" -> kies(random, "Kennismakingsgesprek bij " + naam + " thuis, aan de keukentafel.",
						"Eerste huisbezoek; " + naam + " had koffie klaargezet en vertelde open over de situatie.");
				default -> "Eerste gesprek op de wijkteamlocatie; " + naam + " kwam op eigen gelegenheid.";
			});
			tekst.append(' ');
			for (ZrmDomein domein : domeinen) {
				List<String> zinnen = EERSTE_INDRUK.get(domein);
				tekst.append(zinnen.get(random.nextInt(zinnen.size())).replace("{naam}", naam)).append(' ');
			}
			tekst.append(kies(random, "We hebben besproken wat " + naam + " zelf wil bereiken en wat als eerste moet.",
					naam + " wil vooral weer overzicht; we beginnen met wat het meest knelt."));
		}
		else {
			tekst.append(switch (g.locatie) {
				case "TELEFONISCH" -> "Telefonisch contact over de voortgang.";
				case "VIDEO" -> "Videogesprek, op verzoek van " + naam + ".";
				default -> kies(random, "Vervolggesprek; de afspraken uit het vorige gesprek doorgelopen.",
						"Evaluatie van de afspraken van de vorige keer.");
			});
			tekst.append(' ');
			ZrmDomein domein = domeinen.get(random.nextInt(domeinen.size()));
			List<String> zinnen = VOORTGANG.get(domein);
			tekst.append(zinnen.get(random.nextInt(zinnen.size())).replace("{naam}", naam));
			if (domeinen.size() > 1 && random.nextBoolean()) {
				ZrmDomein ander = domeinen.get((domeinen.indexOf(domein) + 1) % domeinen.size());
				tekst.append(" Op het leefgebied ").append(NAAM.get(ander)).append(" is de situatie stabiel.");
			}
		}
		if (g.mantelzorger != null && (i == 0 || g.ediz != null)) {
			tekst.append(' ')
				.append(Character.toUpperCase(g.mantelzorger.relatie().charAt(0)))
				.append(g.mantelzorger.relatie().substring(1))
				.append(' ')
				.append(g.mantelzorger.naam())
				.append(" zorgt dagelijks mee");
			if (g.ediz != null && g.ediz >= 9) {
				tekst.append(" en geeft aan dat het haar of hem zwaar valt (EDIZ-plus ").append(g.ediz).append(").");
			}
			else {
				tekst.append('.');
			}
		}
		if (g.vrijwilligerWaarvoor != null) {
			tekst.append(' ').append(naam).append(" staat open voor een vrijwilliger.");
		}
		g.verslag = tekst.toString().trim();
	}

	private static void wmoOnderzoek(Random random, Gesprek g, Kandidaat casus, Mantelzorger mantelzorger) {
		Set<ZrmDomein> d = casus.domeinen();
		g.behoeften = kies(random, "Zelfstandig thuis blijven wonen en weer grip krijgen op het dagelijks leven.",
				"Rust in huis en overzicht over wat er moet gebeuren.");
		g.eigenKracht = kies(random, "Gemotiveerd en kan goed aangeven wat niet lukt.",
				"Heeft eerder zelf oplossingen gevonden; nu lukt het even niet alleen.");
		g.mantelzorgNetwerk = (mantelzorger != null)
				? "De " + mantelzorger.relatie() + " helpt dagelijks; verder een klein netwerk."
				: "Klein netwerk; geen vaste mantelzorger.";
		if (mantelzorger != null) {
			g.mantelzorgerOndersteuning = (mantelzorger.ediz() >= 9)
					? "Wil graag een gesprek bij het Expertisecentrum Mantelzorg en informatie over respijtzorg."
					: "Heeft nu geen ondersteuning nodig; weet de weg naar het Expertisecentrum Mantelzorg.";
		}
		g.algemeneVoorzieningen = kies(random, "Buurtkamer, administratief spreekuur en maatjesproject besproken.",
				"Boodschappendienst en de activiteiten van het buurthuis besproken.");
		boolean adl = d.contains(ZrmDomein.BASALE_ADL) || d.contains(ZrmDomein.INSTRUMENTELE_ADL)
				|| d.contains(ZrmDomein.HUISVESTING);
		// NOG_ONBEKEND does not fit V6's varchar(10) column; "not recorded" says the same
		// here
		g.maatwerkNodig = adl ? "JA" : kies(random, "NEE", "NEE", null);
		if ("JA".equals(g.maatwerkNodig)) {
			g.maatwerkToelichting = d.contains(ZrmDomein.HUISVESTING)
					? "Woningaanpassing (traplift) lijkt nodig; aanvraag volgt na advies van de ergotherapeut."
					: "Huishoudelijke ondersteuning is nodig; de aanvraag wordt voorbereid.";
		}
		g.volgendeStap = kies(random, "Vervolggesprek over drie weken om de afspraken te bespreken.",
				"Na het advies van de ergotherapeut bellen we om de aanvraag door te nemen.");
	}

	/**
	 * Zero to three agreements. On an earlier conversation they were done in time; on the
	 * last one of an open case some are overdue, some due this week, some later, some
	 * done; on a closed case all are done.
	 */
	private static void afspraken(Random random, Gesprek g, Kandidaat casus, Mantelzorger mantelzorger,
			LocalDate vandaag, LocalDate volgende, List<Soort> gedwongen) {
		List<Afspraak> pool = new ArrayList<>();
		for (ZrmDomein domein : casus.domeinen()) {
			pool.addAll(AFSPRAKEN.get(domein));
		}
		if (mantelzorger != null && mantelzorger.ediz() >= 9) {
			pool.add(0, new Afspraak("Aanmelden bij het Expertisecentrum Mantelzorg voor een adviesgesprek",
					"WIJKWERKER", null));
		}
		pool.removeIf((a) -> a.wie().equals("MANTELZORGER") && mantelzorger == null);
		int aantal = (gedwongen != null) ? gedwongen.size() : kies(random, 0, 1, 1, 2, 2, 2, 3);
		Set<String> gekozen = new HashSet<>();
		LocalDate zondag = vandaag.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		for (int n = 0; n < aantal && gekozen.size() < pool.size(); n++) {
			Afspraak a;
			do {
				a = pool.get(random.nextInt(pool.size()));
			}
			while (!gekozen.add(a.omschrijving()));
			LocalDate deadline;
			LocalDate klaarOp = null;
			if (volgende != null || casus.afgesloten()) {
				LocalDate grens = (volgende != null) ? volgende : casus.afgeslotenOp();
				deadline = g.datum.plusDays(7 + random.nextInt(14));
				klaarOp = min(min(grens, vandaag), g.datum.plusDays(1 + random.nextInt(10)));
				klaarOp = max(klaarOp, g.datum);
			}
			else {
				Soort soort = (gedwongen != null) ? gedwongen.get(n)
						: kies(random, Soort.TE_LAAT, Soort.DEZE_WEEK, Soort.LATER, Soort.LATER, Soort.KLAAR);
				deadline = null;
				if (soort == Soort.TE_LAAT && !g.datum.isAfter(vandaag.minusDays(2))) {
					LocalDate van = max(g.datum.plusDays(1), vandaag.minusDays(30));
					deadline = van.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(van, vandaag)));
				}
				else if (soort == Soort.DEZE_WEEK) {
					LocalDate van = max(vandaag, g.datum.plusDays(1));
					if (!van.isAfter(zondag)) {
						deadline = van.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(van, zondag) + 1));
					}
				}
				else if (soort == Soort.KLAAR) {
					deadline = g.datum.plusDays(7 + random.nextInt(14));
					klaarOp = min(vandaag, g.datum.plusDays(1 + random.nextInt(10)));
				}
				if (deadline == null) {
					deadline = zondag.plusDays(1 + random.nextInt(21));
				}
			}
			g.afspraken.add(new AfspraakRegel(a, deadline, klaarOp));
		}
	}

	/**
	 * The two cases (in different teams, the demo wijkwerker's team first) where a
	 * conversation raised a suspicion of domestic violence.
	 */
	private static Set<Long> meldcodeCasussen(List<Kandidaat> kandidaten, Haar haar) {
		List<Kandidaat> thuis = kandidaten.stream()
			.filter((k) -> !k.afgesloten() && k.domeinen().contains(ZrmDomein.HUISELIJKE_RELATIES))
			.sorted(Comparator.comparing((Kandidaat k) -> (haar != null && k.teamId() == haar.teamId()) ? 0 : 1)
				.thenComparing(Kandidaat::id))
			.toList();
		Set<Long> teams = new HashSet<>();
		Set<Long> gekozen = new HashSet<>();
		for (Kandidaat k : thuis) {
			if (gekozen.size() < MELDCODE_CASUSSEN && teams.add(k.teamId())) {
				gekozen.add(k.id());
			}
		}
		return gekozen;
	}

	/**
	 * Her home must show work: on her first open cases known for a few days, two overdue
	 * agreements and two due this week, beside one done and one for later.
	 */
	private static Map<Long, List<Soort>> haarAfspraken(List<Kandidaat> kandidaten, Haar haar, LocalDate vandaag) {
		Map<Long, List<Soort>> plan = new LinkedHashMap<>();
		if (haar == null) {
			return plan;
		}
		List<List<Soort>> patronen = List.of(List.of(Soort.TE_LAAT, Soort.KLAAR),
				List.of(Soort.TE_LAAT, Soort.DEZE_WEEK), List.of(Soort.DEZE_WEEK, Soort.LATER));
		for (Kandidaat k : kandidaten) {
			LocalDate eerste = (k.eersteContactOp() != null) ? k.eersteContactOp() : k.gemeldOp();
			if (plan.size() < patronen.size() && k.regievoerderId() == haar.medewerkerId() && !k.afgesloten()
					&& !eerste.isAfter(vandaag.minusDays(3))) {
				plan.put(k.id(), patronen.get(plan.size()));
			}
		}
		return plan;
	}

	private static Instant vastgelegdOp(Random random, LocalDate datum, Instant nu) {
		Instant moment = datum.atTime(LocalTime.of(15, 0).plusMinutes(random.nextInt(150)))
			.atZone(ClockConfiguration.ZONE)
			.toInstant();
		return moment.isAfter(nu) ? nu.minusSeconds(60) : moment;
	}

	// ---------------------------------------------------------------- reading

	private Haar haar() {
		return this.jdbc.query("""
				select m.id, m.team_id, g.id as gebruiker_id from medewerker m join gebruiker g on g.id = m.gebruiker_id
				where g.gebruikersnaam = ? and m.actief and m.team_id is not null
				""", (rs, rij) -> new Haar(rs.getLong("id"), rs.getLong("team_id"), rs.getLong("gebruiker_id")),
				DEMO_WIJKWERKER)
			.stream()
			.findFirst()
			.orElse(null);
	}

	private List<Kandidaat> kandidaten() {
		return this.jdbc
			.query("""
					select c.id, c.inwoner_id, c.team_id, c.status, c.gemeld_op, c.eerste_contact_op, c.afgesloten_op,
					       c.wmo_melding, c.onderzoek_afgerond_op, c.domeinen, c.hulpvraag, c.regievoerder_id,
					       m.gebruiker_id, i.voornaam, i.achternaam
					from casus c
					join medewerker m on m.id = c.regievoerder_id
					join inwoner i on i.id = c.inwoner_id
					where c.status in ('IN_BEHANDELING', 'AFGESLOTEN')
					order by c.id
					""", (rs, rij) -> new Kandidaat(rs.getLong("id"), rs.getLong("inwoner_id"), rs.getLong("team_id"),
					rs.getString("status").equals("AFGESLOTEN"), rs.getObject("gemeld_op", LocalDate.class),
					rs.getObject("eerste_contact_op", LocalDate.class), rs.getObject("afgesloten_op", LocalDate.class),
					rs.getBoolean("wmo_melding"), rs.getObject("onderzoek_afgerond_op", LocalDate.class),
					domeinen(rs.getArray("domeinen")), rs.getString("hulpvraag"), rs.getLong("regievoerder_id"),
					rs.getLong("gebruiker_id"), rs.getString("voornaam"), rs.getString("achternaam")))
			.stream()
			.filter((k) -> !k.domeinen().isEmpty())
			.toList();
	}

	private static Set<ZrmDomein> domeinen(Array array) throws SQLException {
		Set<ZrmDomein> domeinen = java.util.EnumSet.noneOf(ZrmDomein.class);
		if (array != null) {
			Arrays.stream((Object[]) array.getArray()).map((d) -> ZrmDomein.valueOf((String) d)).forEach(domeinen::add);
		}
		return domeinen;
	}

	/** Ids drawn from a table's identity sequence, so related rows can be batched. */
	private List<Long> ids(String tabel, int aantal) {
		return this.jdbc.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)",
				Long.class, tabel, aantal);
	}

	// ---------------------------------------------------------------- writing

	private void schrijfGesprekken(List<Gesprek> gesprekken, Instant nu) {
		List<Object[]> rijen = new ArrayList<>();
		List<Object[]> zrm = new ArrayList<>();
		List<Object[]> tijdlijn = new ArrayList<>();
		Map<ZrmDomein, Integer> vorige = new EnumMap<>(ZrmDomein.class);
		for (Gesprek g : gesprekken) {
			if (g.volgnummer == 0) {
				vorige.clear();
			}
			Mantelzorger m = g.mantelzorger;
			rijen.add(new Object[] { g.id, g.casus.id(), g.casus.regieGebruikerId(), Date.valueOf(g.datum), g.locatie,
					g.deelnemers.toArray(String[]::new), g.deelnemersToelichting, g.verslag, g.interneNotitie,
					g.behoeften, g.eigenKracht, g.mantelzorgNetwerk, g.mantelzorgerOndersteuning,
					g.algemeneVoorzieningen, g.maatwerkNodig, g.maatwerkToelichting, g.volgendeStap, m != null,
					(m != null) ? m.naam() : null, (m != null) ? m.relatie() : null, g.ediz,
					g.vrijwilligerWaarvoor != null, g.vrijwilligerWaarvoor, g.huiselijkGeweld,
					Timestamp.from(g.vastgelegdOp), (g.verstuurdOp != null) ? Date.valueOf(g.verstuurdOp) : null,
					g.verstuurdVia });
			for (Map.Entry<ZrmDomein, int[]> e : g.zrm.entrySet()) {
				int doel = e.getValue()[1];
				zrm.add(new Object[] { g.id, e.getKey().name(), e.getValue()[0], (doel > 0) ? doel : null });
			}
			String link = "/casussen/" + g.casus.id() + "/gesprekken/" + g.id;
			tijdlijn.add(new Object[] { g.casus.id(), Timestamp.from(g.vastgelegdOp), g.casus.regieGebruikerId(),
					"gesprek", tijdlijnDetail(g, vorige), link });
			g.zrm.forEach((domein, score) -> vorige.put(domein, score[0]));
			if (g.huiselijkGeweld) {
				tijdlijn.add(new Object[] { g.casus.id(), Timestamp.from(g.vastgelegdOp.minusSeconds(1)),
						g.casus.regieGebruikerId(), "gesprekMeldcode", Datums.dag(g.datum), link });
			}
			for (AfspraakRegel a : g.afspraken) {
				if (a.klaarOp() != null) {
					tijdlijn.add(new Object[] { g.casus.id(), Timestamp.from(min(moment(a.klaarOp(), 10), nu)),
							g.casus.regieGebruikerId(), "afspraakKlaar", a.afspraak().omschrijving(), link });
				}
			}
		}
		this.jdbc.batchUpdate(
				"""
						insert into gesprek (id, casus_id, auteur_gebruiker_id, datum, locatie, deelnemers, deelnemers_toelichting,
						    verslag, interne_notitie, behoeften, eigen_kracht, mantelzorg_netwerk, mantelzorger_ondersteuning,
						    algemene_voorzieningen, maatwerk_nodig, maatwerk_toelichting, volgende_stap, mantelzorger_aanwezig,
						    mantelzorger_naam, mantelzorger_relatie, ediz_score, vrijwilliger_gewenst, vrijwilliger_waarvoor,
						    vermoeden_huiselijk_geweld, vastgelegd_op, verslag_verstuurd_op, verslag_verstuurd_via)
						overriding system value
						values (?, ?, ?, ?, ?, cast(? as varchar(30)[]), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""",
				rijen);
		this.jdbc.batchUpdate("insert into gesprek_zrm (gesprek_id, domein, score, doel) values (?, ?, ?, ?)", zrm);
		schrijfTijdlijn(tijdlijn);
	}

	/**
	 * The timeline line of a conversation as the application writes it: date and place,
	 * the ZRM scores with the previous ones, the agreements.
	 */
	private String tijdlijnDetail(Gesprek g, Map<ZrmDomein, Integer> vorige) {
		List<String> delen = new ArrayList<>();
		delen.add(Datums.dag(g.datum) + ", " + bericht("gesprek.locatie." + g.locatie, g.locatie));
		if (!g.zrm.isEmpty()) {
			List<String> scores = new ArrayList<>();
			g.zrm.forEach((domein, score) -> {
				String naam = bericht(domein.messageKey(), NAAM.get(domein));
				Integer was = vorige.get(domein);
				scores
					.add((was != null) ? bericht("gesprek.tijdlijn.scoreWas", "{0} {1} (was {2})", naam, score[0], was)
							: bericht("gesprek.tijdlijn.score", "{0} {1}", naam, score[0]));
			});
			delen.add(bericht("gesprek.tijdlijn.zrm", "ZRM: {0}", String.join(", ", scores)));
		}
		if (!g.afspraken.isEmpty()) {
			delen.add(bericht("gesprek.tijdlijn.afspraken", "{0,choice,1#1 afspraak|1<{0} afspraken}: {1}",
					g.afspraken.size(),
					String.join("; ", g.afspraken.stream().map((a) -> a.afspraak().omschrijving()).toList())));
		}
		return String.join(" \u00b7 ", delen);
	}

	private String bericht(String sleutel, String standaard, Object... args) {
		return this.messages.getMessage(sleutel, args, standaard, NL);
	}

	private int schrijfAfspraken(List<Gesprek> gesprekken) {
		List<Object[]> rijen = new ArrayList<>();
		for (Gesprek g : gesprekken) {
			int volgorde = 0;
			for (AfspraakRegel a : g.afspraken) {
				rijen.add(new Object[] { g.casus.id(), g.id, a.afspraak().omschrijving(), a.afspraak().wie(),
						a.afspraak().partner(), Date.valueOf(a.deadline()), (a.klaarOp() != null) ? "KLAAR" : "OPEN",
						(a.klaarOp() != null) ? Date.valueOf(a.klaarOp()) : null, volgorde++ });
			}
		}
		this.jdbc.batchUpdate(
				"""
						insert into afspraak (casus_id, gesprek_id, omschrijving, wie, partner, deadline, status, klaar_op, volgorde)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)
						""",
				rijen);
		return rijen.size();
	}

	/**
	 * The case remembers its first contact and, for a Wmo melding, its onderzoeksgesprek:
	 * the first conversation. A contact moved earlier moves its timeline line too.
	 */
	private void schrijfCasussen(Map<Kandidaat, List<Gesprek>> perCasus) {
		List<Object[]> casussen = new ArrayList<>();
		List<Object[]> contact = new ArrayList<>();
		List<Object[]> tijdlijn = new ArrayList<>();
		for (Map.Entry<Kandidaat, List<Gesprek>> e : perCasus.entrySet()) {
			Kandidaat casus = e.getKey();
			Gesprek eerste = e.getValue().get(0);
			casussen.add(new Object[] { Date.valueOf(eerste.datum), casus.wmo() ? Date.valueOf(eerste.datum) : null,
					casus.id() });
			if (!eerste.datum.equals(casus.eersteContactOp())) {
				contact.add(new Object[] { Timestamp.from(moment(eerste.datum, 8)), casus.id() });
			}
			if (casus.wmo()) {
				tijdlijn.add(new Object[] { casus.id(), Timestamp.from(eerste.vastgelegdOp.plusSeconds(1)),
						casus.regieGebruikerId(), "onderzoeksgesprek", Datums.dag(eerste.datum), null });
			}
		}
		this.jdbc.batchUpdate("update casus set eerste_contact_op = ?, onderzoeksgesprek_op = ? where id = ?",
				casussen);
		this.jdbc.batchUpdate("update casus_gebeurtenis set op = ? where casus_id = ? and soort = 'contact'", contact);
		schrijfTijdlijn(tijdlijn);
	}

	private void schrijfMeldcodes(Map<Kandidaat, List<Gesprek>> perCasus, Set<Long> meldcode, LocalDate vandaag) {
		List<Object[]> codes = new ArrayList<>();
		List<Object[]> stappen = new ArrayList<>();
		for (Map.Entry<Kandidaat, List<Gesprek>> e : perCasus.entrySet()) {
			if (!meldcode.contains(e.getKey().id())) {
				continue;
			}
			Gesprek g = e.getValue().get(e.getValue().size() - 1);
			long door = e.getKey().regieGebruikerId();
			codes.add(new Object[] { e.getKey().id(), g.id, Date.valueOf(g.datum), door });
			stappen.add(new Object[] { e.getKey().id(), 1, Date.valueOf(g.datum),
					"Signalen vastgelegd in het gesprek: schrikreacties, wil niet over thuis praten in bijzijn van de partner.",
					door, Timestamp.from(g.vastgelegdOp.plusSeconds(60)) });
			LocalDate consultatie = min(vandaag, g.datum.plusDays(2));
			stappen.add(new Object[] { e.getKey().id(), 2, Date.valueOf(consultatie),
					"Collegiale consultatie met de aandachtsfunctionaris; Veilig Thuis geraadpleegd voor advies.", door,
					Timestamp.from(moment(consultatie, 11)) });
		}
		this.jdbc.batchUpdate(
				"insert into meldcode (casus_id, gesprek_id, gestart_op, gestart_door) values (?, ?, ?, ?)", codes);
		List<Object[]> tijdlijn = new ArrayList<>();
		for (Object[] stap : stappen) {
			tijdlijn.add(new Object[] { stap[0], stap[5], stap[4], "meldcodeStap" + stap[1],
					Datums.dag(((Date) stap[2]).toLocalDate()), null });
		}
		schrijfTijdlijn(tijdlijn);
		this.jdbc.batchUpdate("""
				insert into meldcode_stap (casus_id, stap, datum, toelichting, door_gebruiker_id, vastgelegd_op)
				values (?, ?, ?, ?, ?, ?)
				""", stappen);
	}

	/**
	 * One draft of the demo wijkwerker, saved a while ago on one of her cases: the report
	 * she was typing, to be continued from her home.
	 */
	private int schrijfConcept(Map<Kandidaat, List<Gesprek>> perCasus, Haar haar, Instant nu) {
		if (haar == null) {
			return 0;
		}
		Kandidaat casus = perCasus.keySet()
			.stream()
			.filter((k) -> !k.afgesloten() && k.regievoerderId() == haar.medewerkerId())
			.reduce((a, b) -> b)
			.orElse(null);
		if (casus == null) {
			return 0;
		}
		Instant opgeslagen = nu.minus(2, ChronoUnit.HOURS);
		LocalDate datum = LocalDate.ofInstant(opgeslagen, ClockConfiguration.ZONE);
		// half typed: the sentence breaks off where she was interrupted
		ZrmDomein domein = casus.domeinen().iterator().next();
		String verslag = "Huisbezoek bij " + casus.voornaam() + "; de afspraken van de vorige keer doorgelopen. "
				+ VOORTGANG.get(domein).get(0).replace("{naam}", casus.voornaam()) + " " + casus.voornaam()
				+ " vertelt dat";
		Afspraak afspraak = AFSPRAKEN.get(domein)
			.stream()
			.filter((a) -> !a.wie().equals("MANTELZORGER"))
			.findFirst()
			.orElseThrow();
		String inhoud = "{\"datum\": \"" + datum + "\", \"locatie\": \"THUIS\", \"deelnemers\": [\"INWONER\"], "
				+ "\"verslag\": \"" + json(verslag) + "\", \"zrmScore\": {\"" + domein.name() + "\": \"3\"}, "
				+ "\"afspraken\": [{\"omschrijving\": \"" + json(afspraak.omschrijving()) + "\", \"wie\": \""
				+ afspraak.wie() + "\""
				+ ((afspraak.partner() != null) ? ", \"partner\": \"" + json(afspraak.partner()) + "\"" : "")
				+ ", \"deadline\": \"" + datum.plusDays(7) + "\"}]}";
		this.jdbc.update("""
				insert into gesprek_concept (casus_id, auteur_gebruiker_id, inhoud, aangemaakt_op, opgeslagen_op)
				values (?, ?, cast(? as jsonb), ?, ?)
				""", casus.id(), haar.gebruikerId(), inhoud, Timestamp.from(opgeslagen.minus(25, ChronoUnit.MINUTES)),
				Timestamp.from(opgeslagen));
		return 1;
	}

	/**
	 * Referrals, when the sociale kaart holds entries: carers who are overburdened go to
	 * the Expertisecentrum Mantelzorg (answered and seen), and two of the demo
	 * wijkwerker's cases have an answer she has not seen yet.
	 */
	private int schrijfVerwijzingen(Random random, Map<Kandidaat, List<Gesprek>> perCasus, Haar haar, Instant nu) {
		List<Voorziening> kaart = this.jdbc.query(
				"select id, naam, soort, team_ids, cluster_ids from voorziening where actief order by id",
				(rs, rij) -> new Voorziening(rs.getLong("id"), rs.getString("naam"), rs.getString("soort"),
						Set.copyOf(Arrays.asList((Long[]) rs.getArray("team_ids").getArray())),
						Set.copyOf(Arrays.asList((Long[]) rs.getArray("cluster_ids").getArray()))));
		if (kaart.isEmpty()) {
			return 0;
		}
		Map<Long, Long> clusterVanTeam = new LinkedHashMap<>();
		this.jdbc.query("select id, cluster_id from wijkteam",
				(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> clusterVanTeam.put(rs.getLong("id"),
						rs.getLong("cluster_id")));
		List<Verwijzing> verwijzingen = new ArrayList<>();
		for (Map.Entry<Kandidaat, List<Gesprek>> e : perCasus.entrySet()) {
			Kandidaat casus = e.getKey();
			Gesprek laatste = e.getValue().get(e.getValue().size() - 1);
			boolean vanHaar = haar != null && casus.regievoerderId() == haar.medewerkerId();
			if (casus.afgesloten() || vanHaar || laatste.ediz == null || laatste.ediz < 9) {
				continue;
			}
			Voorziening ecm = kiesVoorziening(kaart, clusterVanTeam.get(casus.teamId()), casus.teamId(),
					List.of("EXPERTISECENTRUM_MANTELZORG"));
			if (ecm != null) {
				Instant verstuurd = laatste.vastgelegdOp.plusSeconds(600);
				Instant beantwoord = min(nu.minusSeconds(3600), verstuurd.plus(2, ChronoUnit.DAYS));
				verwijzingen.add(new Verwijzing(casus, laatste, ecm,
						"Mantelzorger " + laatste.mantelzorger.naam() + " is overbelast (EDIZ-plus " + laatste.ediz
								+ "); graag een adviesgesprek over respijtzorg.",
						"GEACCEPTEERD", null, verstuurd, beantwoord, casus.regieGebruikerId(), true));
			}
		}
		if (haar != null) {
			List<Kandidaat> haarCasussen = perCasus.keySet()
				.stream()
				.filter((k) -> !k.afgesloten() && k.regievoerderId() == haar.medewerkerId())
				.toList();
			long collega = collegaVan(haar);
			String[] uitkomsten = { "GEACCEPTEERD", "AFGEWEZEN" };
			for (int i = 0; i < Math.min(2, haarCasussen.size()); i++) {
				Kandidaat casus = haarCasussen.get(i);
				List<Gesprek> reeks = perCasus.get(casus);
				Gesprek laatste = reeks.get(reeks.size() - 1);
				Voorziening doel = kiesVoorziening(kaart, clusterVanTeam.get(casus.teamId()), casus.teamId(),
						voorkeur(casus.domeinen()));
				if (doel == null) {
					continue;
				}
				Instant verstuurd = laatste.vastgelegdOp.plusSeconds(900);
				Instant beantwoord = nu.minus(20 + random.nextInt(20), ChronoUnit.HOURS);
				if (beantwoord.isBefore(verstuurd.plusSeconds(3600))) {
					beantwoord = min(nu, verstuurd.plusSeconds(3600));
				}
				boolean afgewezen = uitkomsten[i].equals("AFGEWEZEN");
				verwijzingen.add(new Verwijzing(casus, laatste, doel,
						"Graag kennismaking met "
								+ casus.voornaam() + ": het leefgebied " + NAAM.get(casus.domeinen().iterator().next())
								+ " vraagt aandacht en " + casus.voornaam() + " staat open voor hulp uit de wijk.",
						uitkomsten[i],
						afgewezen
								? "Op dit moment een wachtlijst van acht weken; wij raden de buurtkamer in de wijk aan."
								: null,
						verstuurd, beantwoord, collega, false));
			}
		}
		if (verwijzingen.isEmpty()) {
			return 0;
		}
		List<Long> ids = ids("verwijzing", verwijzingen.size());
		List<Object[]> rijen = new ArrayList<>();
		List<Object[]> tijdlijn = new ArrayList<>();
		for (int i = 0; i < verwijzingen.size(); i++) {
			Verwijzing v = verwijzingen.get(i);
			long id = ids.get(i);
			String pad = "/casussen/" + v.casus().id() + "/verwijzingen/" + id;
			rijen.add(new Object[] { id, v.casus().id(), v.doel().id(), v.gesprek().id, v.reden(), v.status(),
					Timestamp.from(v.verstuurd()), v.casus().regieGebruikerId(), Timestamp.from(v.beantwoord()),
					v.beantwoordDoor(), v.afwijsreden(), v.gezien() });
			tijdlijn.add(new Object[] { v.casus().id(), Timestamp.from(v.verstuurd()), v.casus().regieGebruikerId(),
					"verwijzing", v.doel().naam() + ": " + v.reden(), pad });
			boolean afgewezen = v.status().equals("AFGEWEZEN");
			tijdlijn.add(new Object[] { v.casus().id(), Timestamp.from(v.beantwoord()), v.beantwoordDoor(),
					afgewezen ? "verwijzingAfgewezen" : "verwijzingGeaccepteerd",
					afgewezen ? v.doel().naam() + ": " + v.afwijsreden() : v.doel().naam(), pad });
		}
		this.jdbc.batchUpdate(
				"""
						insert into verwijzing (id, casus_id, voorziening_id, gesprek_id, reden, status, verstuurd_op, verstuurd_door,
						    beantwoord_op, beantwoord_door, afwijsreden, antwoord_gezien)
						overriding system value
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""",
				rijen);
		schrijfTijdlijn(tijdlijn);
		return verwijzingen.size();
	}

	/** A colleague in her team records the answer, so it is new for her. */
	private long collegaVan(Haar haar) {
		return this.jdbc.query("""
				select m.gebruiker_id from medewerker m
				where m.team_id = ? and m.id <> ? and m.actief order by m.id limit 1
				""", (rs, rij) -> rs.getLong(1), haar.teamId(), haar.medewerkerId())
			.stream()
			.findFirst()
			.orElse(haar.gebruikerId());
	}

	private static List<String> voorkeur(Set<ZrmDomein> domeinen) {
		if (domeinen.contains(ZrmDomein.SOCIAAL_NETWERK) || domeinen.contains(ZrmDomein.TIJDSBESTEDING)
				|| domeinen.contains(ZrmDomein.MAATSCHAPPELIJKE_PARTICIPATIE)) {
			return List.of("INFORMEEL_INITIATIEF", "GROEPSACTIVITEIT", "VRIJWILLIGERSORGANISATIE");
		}
		if (domeinen.contains(ZrmDomein.FINANCIEN)) {
			return List.of("VRIJWILLIGERSORGANISATIE", "OVERIG", "INFORMEEL_INITIATIEF");
		}
		return List.of("MAATWERKVOORZIENING", "VRIJWILLIGERSORGANISATIE", "INFORMEEL_INITIATIEF");
	}

	/**
	 * An entry of one of the preferred kinds serving the team, its cluster or the whole
	 * city; else any entry that serves the case's area and is no Sociaal Stedelijk Team.
	 */
	private static Voorziening kiesVoorziening(List<Voorziening> kaart, Long clusterId, long teamId,
			List<String> soorten) {
		for (String soort : soorten) {
			for (Voorziening v : kaart) {
				if (v.soort().equals(soort) && v.bedient(teamId, clusterId)) {
					return v;
				}
			}
		}
		return kaart.stream()
			.filter((v) -> v.bedient(teamId, clusterId) && !v.soort().equals("SOCIAAL_STEDELIJK_TEAM"))
			.findFirst()
			.orElse(null);
	}

	private void schrijfTijdlijn(List<Object[]> regels) {
		this.jdbc.batchUpdate(
				"insert into casus_gebeurtenis (casus_id, op, door_gebruiker_id, soort, detail, link) values (?, ?, ?, ?, ?, ?)",
				regels);
	}

	// ---------------------------------------------------------------- helpers

	/** A text as the inside of a JSON string. */
	static String json(String tekst) {
		StringBuilder uit = new StringBuilder();
		for (char c : tekst.toCharArray()) {
			switch (c) {
				case '"' -> uit.append("\\\"");
				case '\\' -> uit.append("\\\\");
				case '\n' -> uit.append("\\n");
				default -> {
					if (c < 0x20) {
						uit.append(String.format("\\u%04x", (int) c));
					}
					else {
						uit.append(c);
					}
				}
			}
		}
		return uit.toString();
	}

	private static Instant moment(LocalDate dag, int uur) {
		return dag.atTime(uur, 0).atZone(ClockConfiguration.ZONE).toInstant();
	}

	@SafeVarargs
	private static <T> T kies(Random random, T... keuzes) {
		return keuzes[random.nextInt(keuzes.length)];
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	// ---------------------------------------------------------------- texts

	private static Map<ZrmDomein, String> namen() {
		Map<ZrmDomein, String> namen = new EnumMap<>(ZrmDomein.class);
		namen.put(ZrmDomein.FINANCIEN, "Financiën");
		namen.put(ZrmDomein.WERK_OPLEIDING, "Werk en opleiding");
		namen.put(ZrmDomein.TIJDSBESTEDING, "Tijdsbesteding");
		namen.put(ZrmDomein.HUISVESTING, "Huisvesting");
		namen.put(ZrmDomein.HUISELIJKE_RELATIES, "Huiselijke relaties");
		namen.put(ZrmDomein.GEESTELIJKE_GEZONDHEID, "Geestelijke gezondheid");
		namen.put(ZrmDomein.LICHAMELIJKE_GEZONDHEID, "Lichamelijke gezondheid");
		namen.put(ZrmDomein.MIDDELENGEBRUIK, "Middelengebruik");
		namen.put(ZrmDomein.BASALE_ADL, "Basale ADL");
		namen.put(ZrmDomein.INSTRUMENTELE_ADL, "Instrumentele ADL");
		namen.put(ZrmDomein.SOCIAAL_NETWERK, "Sociaal netwerk");
		namen.put(ZrmDomein.MAATSCHAPPELIJKE_PARTICIPATIE, "Maatschappelijke participatie");
		namen.put(ZrmDomein.JUSTITIE, "Justitie");
		return namen;
	}

	private static Map<ZrmDomein, List<String>> eersteIndrukken() {
		Map<ZrmDomein, List<String>> zinnen = new EnumMap<>(ZrmDomein.class);
		zinnen.put(ZrmDomein.FINANCIEN, List.of(
				"Er liggen ongeopende brieven van een deurwaarder en de zorgverzekeraar; {naam} schat de schulden op enkele duizenden euro's.",
				"Het inkomen is een uitkering; de vaste lasten worden niet altijd op tijd betaald."));
		zinnen.put(ZrmDomein.WERK_OPLEIDING,
				List.of("Op dit moment geen werk of opleiding; wel interesse in een leerwerktraject.",
						"{naam} heeft lang in de zorg gewerkt en wil graag weer iets doen."));
		zinnen.put(ZrmDomein.TIJDSBESTEDING,
				List.of("De dagen hebben weinig structuur; {naam} wil graag iets zinvols doen.",
						"{naam} zit de meeste dagen thuis en kijkt veel televisie."));
		zinnen.put(ZrmDomein.HUISVESTING, List.of("De huurachterstand is opgelopen; er is nog geen ontruimingsvonnis.",
				"De slaapkamer is alleen via een steile trap bereikbaar; {naam} slaapt nu in de woonkamer."));
		zinnen.put(ZrmDomein.HUISELIJKE_RELATIES,
				List.of("Er zijn veel spanningen thuis; de kinderen waren niet bij het gesprek.",
						"De ruzies gaan vooral over geld en de opvoeding."));
		zinnen.put(ZrmDomein.GEESTELIJKE_GEZONDHEID,
				List.of("{naam} slaapt slecht en piekert veel; de huisarts is op de hoogte.",
						"Somberheid speelt al langer; er is eerder hulp van de GGZ geweest."));
		zinnen.put(ZrmDomein.LICHAMELIJKE_GEZONDHEID,
				List.of("Het herstel na de operatie gaat langzaam; lopen lukt met een rollator.",
						"{naam} heeft veel pijn en is snel moe."));
		zinnen.put(ZrmDomein.MIDDELENGEBRUIK, List.of("{naam} erkent dat het drinken is toegenomen en wil minderen.",
				"Over het alcoholgebruik wil {naam} nog niet veel kwijt; de partner maakt zich zorgen."));
		zinnen.put(ZrmDomein.BASALE_ADL,
				List.of("Wassen en aankleden lukt niet meer zelfstandig; de thuiszorg helpt 's ochtends.",
						"Douchen is lastig geworden; er is angst om te vallen."));
		zinnen.put(ZrmDomein.INSTRUMENTELE_ADL, List.of("Het huishouden lukt niet meer; boodschappen doet een buurman.",
				"De administratie ligt al maanden stil."));
		zinnen.put(ZrmDomein.SOCIAAL_NETWERK,
				List.of("Er is weinig contact met familie; de buurvrouw komt af en toe langs.",
						"{naam} voelt zich eenzaam, vooral in het weekend."));
		zinnen.put(ZrmDomein.MAATSCHAPPELIJKE_PARTICIPATIE,
				List.of("{naam} doet nauwelijks mee aan activiteiten in de wijk.",
						"{naam} kent de buurt nog weinig en weet niet waar activiteiten zijn."));
		zinnen.put(ZrmDomein.JUSTITIE, List.of("Er loopt een reclasseringstoezicht; de voorwaarden zijn besproken.",
				"{naam} heeft een taakstraf die nog moet worden uitgevoerd."));
		return zinnen;
	}

	private static Map<ZrmDomein, List<String>> voortgang() {
		Map<ZrmDomein, List<String>> zinnen = new EnumMap<>(ZrmDomein.class);
		zinnen.put(ZrmDomein.FINANCIEN, List.of("De administratie is geordend en de aanmelding bij schuldhulp loopt.",
				"Er is een betalingsregeling getroffen voor de zorgverzekering."));
		zinnen.put(ZrmDomein.WERK_OPLEIDING,
				List.of("{naam} heeft kennisgemaakt met de jongerencoach van het Werkplein.",
						"Het cv is bijgewerkt; er is een eerste sollicitatie verstuurd."));
		zinnen.put(ZrmDomein.TIJDSBESTEDING,
				List.of("{naam} gaat nu twee ochtenden per week naar het activiteitencentrum.",
						"Er is meer ritme in de week gekomen."));
		zinnen.put(ZrmDomein.HUISVESTING,
				List.of("De verhuurder gaat akkoord met een betalingsregeling; ontruiming is van de baan.",
						"De ergotherapeut is langs geweest voor de traplift."));
		zinnen.put(ZrmDomein.HUISELIJKE_RELATIES,
				List.of("De spanningen thuis zijn iets minder; er zijn afspraken gemaakt over rustmomenten.",
						"Met de school is afgesproken dat de intern begeleider de kinderen in de gaten houdt."));
		zinnen.put(ZrmDomein.GEESTELIJKE_GEZONDHEID, List.of("{naam} slaapt beter sinds de gesprekken met de POH-GGZ.",
				"Het gaat wisselend; {naam} heeft een afspraak bij de huisarts gemaakt."));
		zinnen.put(ZrmDomein.LICHAMELIJKE_GEZONDHEID,
				List.of("De fysiotherapie helpt; {naam} loopt weer kleine stukjes buiten.",
						"De pijn is beter onder controle."));
		zinnen.put(ZrmDomein.MIDDELENGEBRUIK,
				List.of("De intake bij de verslavingszorg is geweest; {naam} drinkt minder.",
						"{naam} houdt een drinkdagboek bij en is eerlijk over terugval."));
		zinnen.put(ZrmDomein.BASALE_ADL, List.of("De thuiszorg komt nu ook 's avonds; dat geeft rust.",
				"Met de douchestoel lukt het wassen weer beter."));
		zinnen.put(ZrmDomein.INSTRUMENTELE_ADL, List.of("De huishoudelijke hulp is gestart.",
				"Boodschappen worden nu bezorgd; de post wordt samen met de vrijwilliger gedaan."));
		zinnen.put(ZrmDomein.SOCIAAL_NETWERK,
				List.of("{naam} is twee keer bij de buurtkamer geweest en heeft er een vaste koffieafspraak.",
						"Het maatje komt wekelijks; {naam} kijkt ernaar uit."));
		zinnen.put(ZrmDomein.MAATSCHAPPELIJKE_PARTICIPATIE, List.of("{naam} gaat naar het taalcafé in de bibliotheek.",
				"De buurtbemiddeling heeft een gesprek met de buren gehad."));
		zinnen.put(ZrmDomein.JUSTITIE,
				List.of("De afspraken met de reclassering worden nagekomen.", "De taakstraf is ingepland."));
		return zinnen;
	}

	private static Map<ZrmDomein, List<Afspraak>> afspraken() {
		Map<ZrmDomein, List<Afspraak>> a = new EnumMap<>(ZrmDomein.class);
		a.put(ZrmDomein.FINANCIEN,
				List.of(new Afspraak("Alle post van de afgelopen drie maanden in één map verzamelen", "INWONER", null),
						new Afspraak("Aanmelding bij Schuldhulp Polderstad doen", "WIJKWERKER", null),
						new Afspraak("Betalingsregeling voorstellen aan de zorgverzekeraar", "PARTNER",
								"Schuldhulp Polderstad")));
		a.put(ZrmDomein.WERK_OPLEIDING,
				List.of(new Afspraak("Kennismaken met de jongerencoach van het Werkplein", "INWONER", null),
						new Afspraak("Samen het cv bijwerken", "WIJKWERKER", null)));
		a.put(ZrmDomein.TIJDSBESTEDING,
				List.of(new Afspraak("Een ochtend meedraaien bij het activiteitencentrum", "INWONER", null),
						new Afspraak("Vrijwilligerswerk zoeken via de vrijwilligerscentrale", "WIJKWERKER", null)));
		a.put(ZrmDomein.HUISVESTING, List.of(
				new Afspraak("Contact opnemen met de verhuurder over de huurachterstand", "WIJKWERKER", null),
				new Afspraak("Advies van de ergotherapeut over de trap vragen", "PARTNER", "Ergotherapie Polderstad")));
		a.put(ZrmDomein.HUISELIJKE_RELATIES,
				List.of(new Afspraak("Gesprek met de intern begeleider van de school over de kinderen", "WIJKWERKER",
						null),
						new Afspraak("Samen een plan maken voor momenten dat de ruzie oploopt", "INWONER", null)));
		a.put(ZrmDomein.GEESTELIJKE_GEZONDHEID,
				List.of(new Afspraak("Afspraak maken bij de huisarts over het slapen", "INWONER", null),
						new Afspraak("Overleg met de POH-GGZ van de huisartsenpraktijk", "WIJKWERKER", null)));
		a.put(ZrmDomein.LICHAMELIJKE_GEZONDHEID, List.of(new Afspraak("Fysiotherapie weer oppakken", "INWONER", null),
				new Afspraak("Vervoer naar het ziekenhuis regelen voor de controle", "MANTELZORGER", null)));
		a.put(ZrmDomein.MIDDELENGEBRUIK,
				List.of(new Afspraak("Intake bij de verslavingszorg plannen", "PARTNER", "Verslavingszorg Flevoland"),
						new Afspraak("Een drinkdagboek bijhouden tot het volgende gesprek", "INWONER", null)));
		a.put(ZrmDomein.BASALE_ADL,
				List.of(new Afspraak("Thuiszorg vragen om ook 's avonds te komen", "PARTNER", "Thuiszorg Polderstad"),
						new Afspraak("Douchestoel lenen bij de uitleenservice", "MANTELZORGER", null)));
		a.put(ZrmDomein.INSTRUMENTELE_ADL,
				List.of(new Afspraak("Aanvraag huishoudelijke ondersteuning voorbereiden", "WIJKWERKER", null),
						new Afspraak("Boodschappen voorlopig laten bezorgen", "MANTELZORGER", null),
						new Afspraak("Post elke week openen met de vrijwilliger van het spreekuur", "INWONER", null)));
		a.put(ZrmDomein.SOCIAAL_NETWERK,
				List.of(new Afspraak("Samen een keer naar de buurtkamer op dinsdagochtend", "WIJKWERKER", null),
						new Afspraak("De buurvrouw vragen of zij wekelijks langs wil komen", "INWONER", null)));
		a.put(ZrmDomein.MAATSCHAPPELIJKE_PARTICIPATIE,
				List.of(new Afspraak("Het taalcafé in de bibliotheek bezoeken", "INWONER", null), new Afspraak(
						"Buurtbemiddeling inschakelen over de overlast", "PARTNER", "Buurtbemiddeling Polderstad")));
		a.put(ZrmDomein.JUSTITIE,
				List.of(new Afspraak("Afstemmen met de reclassering over de voorwaarden", "WIJKWERKER", null),
						new Afspraak("Zorgverzekering afsluiten en een ID-bewijs aanvragen", "INWONER", null)));
		return a;
	}

	// ---------------------------------------------------------------- types

	/** What was made: conversations, on how many cases, agreements, drafts, referrals. */
	record Resultaat(int gesprekken, int casussen, int afspraken, int concepten, int verwijzingen) {
	}

	private enum Soort {

		TE_LAAT, DEZE_WEEK, LATER, KLAAR

	}

	private record Haar(long medewerkerId, long teamId, long gebruikerId) {
	}

	private record Kandidaat(long id, long inwonerId, long teamId, boolean afgesloten, LocalDate gemeldOp,
			LocalDate eersteContactOp, LocalDate afgeslotenOp, boolean wmo, LocalDate onderzoekAfgerondOp,
			Set<ZrmDomein> domeinen, String hulpvraag, long regievoerderId, long regieGebruikerId, String voornaam,
			String achternaam) {
	}

	private record Mantelzorger(String naam, String relatie, int ediz) {
	}

	private record Afspraak(String omschrijving, String wie, String partner) {
	}

	private record AfspraakRegel(Afspraak afspraak, LocalDate deadline, LocalDate klaarOp) {
	}

	private record Voorziening(long id, String naam, String soort, Set<Long> teams, Set<Long> clusters) {

		boolean bedient(long teamId, Long clusterId) {
			return (this.teams.isEmpty() && this.clusters.isEmpty()) || this.teams.contains(teamId)
					|| (clusterId != null && this.clusters.contains(clusterId));
		}

	}

	private record Verwijzing(Kandidaat casus, Gesprek gesprek, Voorziening doel, String reden, String status,
			String afwijsreden, Instant verstuurd, Instant beantwoord, long beantwoordDoor, boolean gezien) {
	}

	/** One conversation being put together. */
	private static final class Gesprek {

		final Kandidaat casus;

		final int volgnummer;

		final LocalDate datum;

		final Instant vastgelegdOp;

		final List<String> deelnemers = new ArrayList<>();

		final Map<ZrmDomein, int[]> zrm = new EnumMap<>(ZrmDomein.class);

		final List<AfspraakRegel> afspraken = new ArrayList<>();

		long id;

		String locatie;

		String deelnemersToelichting;

		String verslag;

		String interneNotitie;

		String behoeften;

		String eigenKracht;

		String mantelzorgNetwerk;

		String mantelzorgerOndersteuning;

		String algemeneVoorzieningen;

		String maatwerkNodig;

		String maatwerkToelichting;

		String volgendeStap;

		Mantelzorger mantelzorger;

		Integer ediz;

		String vrijwilligerWaarvoor;

		boolean huiselijkGeweld;

		LocalDate verstuurdOp;

		String verstuurdVia;

		Gesprek(Kandidaat casus, int volgnummer, LocalDate datum, Instant vastgelegdOp) {
			this.casus = casus;
			this.volgnummer = volgnummer;
			this.datum = datum;
			this.vastgelegdOp = vastgelegdOp;
		}

	}

}
