package nl.wijkdossier.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import net.datafaker.Faker;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.casus.AfsluitReden;
import nl.wijkdossier.casus.DemoCasussen;
import nl.wijkdossier.casus.DemoCasussen.Aanvraag;
import nl.wijkdossier.casus.DemoCasussen.Afsluiting;
import nl.wijkdossier.casus.DemoCasussen.Beschikking;
import nl.wijkdossier.casus.DemoCasussen.Clientondersteuning;
import nl.wijkdossier.casus.DemoCasussen.Contact;
import nl.wijkdossier.casus.DemoCasussen.Heropening;
import nl.wijkdossier.casus.DemoCasussen.Onderzoek;
import nl.wijkdossier.casus.DemoCasussen.Ontvangst;
import nl.wijkdossier.casus.DemoCasussen.Opschorting;
import nl.wijkdossier.casus.DemoCasussen.Plan;
import nl.wijkdossier.casus.DemoCasussen.Stap;
import nl.wijkdossier.casus.DemoCasussen.Toewijzing;
import nl.wijkdossier.casus.DemoCasussen.Wachtlijst;
import nl.wijkdossier.casus.Kanaal;
import nl.wijkdossier.casus.Urgentie;
import nl.wijkdossier.inwoner.InwonerGegevens;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.MedewerkerInfo;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.shared.Bsn;
import nl.wijkdossier.shared.Postcode;
import nl.wijkdossier.shared.ZrmDomein;

/**
 * Residents and cases for the demo city: 45 per team, spread over the last ten months, in
 * every status (about 15% waiting), with SPOED cases, Wmo meldingen whose clocks show
 * every colour, closures for every reason and reopened cases. Regie goes round the team,
 * so each demo wijkwerker has cases of her own. Deterministic relative to today.
 */
@Component
class DemoCasusGenerator {

	static final int CASUSSEN_PER_TEAM = 45;

	private static final long SEED = DemoStadGenerator.SEED + 3;

	/**
	 * What happens to the cases of one team: 7 wait, 4 are new, 19 in behandeling, 12
	 * closed, 3 reopened.
	 */
	private static final List<Verloop> VERLOOP = verloop();

	private static final List<Vraag> VRAGEN = List.of(
			new Vraag("Huurachterstand van drie maanden; de verhuurder dreigt met ontruiming.", ZrmDomein.FINANCIEN,
					ZrmDomein.HUISVESTING),
			new Vraag("Post blijft ongeopend liggen, schulden lopen op. Wil hulp bij het ordenen van de administratie.",
					ZrmDomein.FINANCIEN, ZrmDomein.INSTRUMENTELE_ADL),
			new Vraag("Mantelzorger van haar man met dementie, raakt uitgeput en slaapt slecht.",
					ZrmDomein.SOCIAAL_NETWERK, ZrmDomein.GEESTELIJKE_GEZONDHEID),
			new Vraag("Sinds het overlijden van zijn vrouw komt meneer de deur niet meer uit.",
					ZrmDomein.SOCIAAL_NETWERK, ZrmDomein.TIJDSBESTEDING),
			new Vraag("Kan na een heupoperatie het huishouden niet meer zelf doen; vraagt huishoudelijke hulp.",
					ZrmDomein.INSTRUMENTELE_ADL, ZrmDomein.LICHAMELIJKE_GEZONDHEID),
			new Vraag("Traplift nodig: kan de slaapkamer op de eerste verdieping niet meer bereiken.",
					ZrmDomein.HUISVESTING, ZrmDomein.BASALE_ADL),
			new Vraag("Ruzies thuis lopen hoog op; de school maakt zich zorgen om de kinderen.",
					ZrmDomein.HUISELIJKE_RELATIES, ZrmDomein.GEESTELIJKE_GEZONDHEID),
			new Vraag("Zoekt na een lange ziekteperiode weer een zinvolle dagbesteding of vrijwilligerswerk.",
					ZrmDomein.TIJDSBESTEDING, ZrmDomein.MAATSCHAPPELIJKE_PARTICIPATIE, ZrmDomein.WERK_OPLEIDING),
			new Vraag("Alcoholgebruik neemt toe sinds het verlies van werk; partner vraagt om hulp.",
					ZrmDomein.MIDDELENGEBRUIK, ZrmDomein.WERK_OPLEIDING, ZrmDomein.HUISELIJKE_RELATIES),
			new Vraag("Komt vrij uit detentie en heeft geen woning, geen inkomen en geen zorgverzekering.",
					ZrmDomein.JUSTITIE, ZrmDomein.HUISVESTING, ZrmDomein.FINANCIEN),
			new Vraag("Begrijpt de brieven van de Belastingdienst over toeslagen niet en moet geld terugbetalen.",
					ZrmDomein.FINANCIEN),
			new Vraag("Jongere van 19 zonder startkwalificatie, hangt thuis op de bank en heeft geen plan.",
					ZrmDomein.WERK_OPLEIDING, ZrmDomein.TIJDSBESTEDING),
			new Vraag("Verward gedrag en overlast volgens de buren; weigert tot nu toe hulp.",
					ZrmDomein.GEESTELIJKE_GEZONDHEID, ZrmDomein.MAATSCHAPPELIJKE_PARTICIPATIE),
			new Vraag("Heeft moeite met wassen en aankleden, thuiszorg komt alleen 's ochtends.", ZrmDomein.BASALE_ADL,
					ZrmDomein.LICHAMELIJKE_GEZONDHEID),
			new Vraag("Vereenzaamd na verhuizing naar de wijk, spreekt nog weinig Nederlands.",
					ZrmDomein.SOCIAAL_NETWERK, ZrmDomein.MAATSCHAPPELIJKE_PARTICIPATIE));

	private static final List<String> KETENPARTNERS = List.of("Schuldhulp Polderstad", "GGD Flevoland",
			"Woningcorporatie Polderwonen", "Wijkagent", "Veilig Thuis Flevoland", "Reclassering");

	private static final List<String> MELDERS = List.of("Inwoner zelf", "Dochter", "Zoon", "Buurvrouw", "Partner",
			"Inwoner zelf", "Inwoner zelf");

	private static final List<String> OPSCHORT_REDENEN = List.of("Wacht op medisch advies van de GGD",
			"Inwoner is opgenomen in het ziekenhuis", "Wacht op gegevens van de inwoner over inkomen");

	private static final AfsluitReden[] REDENEN = { AfsluitReden.DOEL_BEREIKT, AfsluitReden.DOEL_BEREIKT,
			AfsluitReden.DOEL_BEREIKT, AfsluitReden.DOEL_BEREIKT, AfsluitReden.DOORVERWEZEN, AfsluitReden.DOORVERWEZEN,
			AfsluitReden.GEEN_HULP_MEER_GEWENST, AfsluitReden.GEEN_HULP_MEER_GEWENST, AfsluitReden.VERHUISD,
			AfsluitReden.OVERLEDEN, AfsluitReden.ANDERS };

	private final Organisatie organisatie;

	private final Inwoners inwoners;

	private final DemoCasussen casussen;

	private final Clock clock;

	DemoCasusGenerator(Organisatie organisatie, Inwoners inwoners, DemoCasussen casussen, Clock clock) {
		this.organisatie = organisatie;
		this.inwoners = inwoners;
		this.casussen = casussen;
		this.clock = clock;
	}

	@Transactional
	Resultaat genereer() {
		Random random = new Random(SEED);
		Faker faker = new Faker(Locale.forLanguageTag("nl"), random);
		LocalDate vandaag = LocalDate.now(this.clock);
		Set<String> bsns = new HashSet<>();
		List<MedewerkerInfo> managers = this.organisatie.managers();
		List<Plan> plannen = new ArrayList<>();
		for (TeamInfo team : this.organisatie.teams()) {
			List<MedewerkerInfo> wijkwerkers = this.organisatie.medewerkersVanTeam(team.id())
				.stream()
				.filter((m) -> m.rol() == Rol.WIJKWERKER)
				.toList();
			if (!team.actief() || team.werkgebied().isEmpty() || wijkwerkers.isEmpty()) {
				continue;
			}
			long managerGebruiker = managers.stream()
				.filter((m) -> m.naam().equals(team.managerNaam()))
				.map(MedewerkerInfo::gebruikerId)
				.findFirst()
				.orElse(wijkwerkers.get(0).gebruikerId());
			List<Verloop> verloop = new ArrayList<>(VERLOOP);
			Collections.shuffle(verloop, random);
			int beurt = 0;
			for (int i = 0; i < verloop.size(); i++) {
				Verloop v = verloop.get(i);
				MedewerkerInfo melder = wijkwerkers.get(random.nextInt(wijkwerkers.size()));
				MedewerkerInfo regie = wijkwerkers.get(beurt++ % wijkwerkers.size());
				long inwoner = this.inwoners.registreer(inwoner(faker, random, team, bsns));
				plannen.add(plan(random, faker, vandaag, team, inwoner, melder, regie, managerGebruiker, v, i));
			}
		}
		this.casussen.laad(plannen);
		return new Resultaat(plannen.size(), plannen.size());
	}

	private static Plan plan(Random random, Faker faker, LocalDate vandaag, TeamInfo team, long inwoner,
			MedewerkerInfo melder, MedewerkerInfo regie, long manager, Verloop verloop, int index) {
		Urgentie urgentie = (index % 15 == 3) ? Urgentie.SPOED
				: (random.nextInt(100) < 23) ? Urgentie.HOOG : Urgentie.NORMAAL;
		Kanaal kanaal = Kanaal.values()[random.nextInt(Kanaal.values().length)];
		String aanmelder = switch (kanaal) {
			case HUISARTS -> "Huisartsenpraktijk " + faker.name().lastName();
			case KETENPARTNER -> KETENPARTNERS.get(random.nextInt(KETENPARTNERS.size()));
			case TELEFOON, ONLINE -> MELDERS.get(random.nextInt(MELDERS.size()));
			default -> null;
		};
		Vraag vraag = VRAGEN.get(random.nextInt(VRAGEN.size()));
		boolean wmo = random.nextInt(100) < 38;
		int dagenGeleden = switch (verloop) {
			case NIEUW -> random.nextInt(8);
			// the waiting list spans green, amber and red Wmo clocks
			case WACHTEND -> (index % 4 == 0) ? 36 + random.nextInt(6) : 3 + random.nextInt(75);
			case IN_BEHANDELING -> (index % 5 == 0) ? 35 + random.nextInt(7) : 5 + random.nextInt(295);
			case AFGESLOTEN, HEROPEND -> 45 + random.nextInt(255);
		};
		LocalDate gemeld = vandaag.minusDays(dagenGeleden);
		List<Stap> stappen = new ArrayList<>();
		if (wmo) {
			LocalDate ontvangst = min(gemeld.plusDays(random.nextInt(4)), vandaag);
			stappen.add(new Ontvangst(ontvangst));
			if (random.nextInt(10) < 8) {
				stappen.add(new Clientondersteuning(ontvangst, random.nextInt(10) < 8));
			}
		}
		switch (verloop) {
			case NIEUW -> {
			}
			case WACHTEND -> stappen.add(new Wachtlijst(min(gemeld.plusDays(1), vandaag),
					(urgentie == Urgentie.SPOED) ? manager : melder.gebruikerId(), (urgentie == Urgentie.SPOED)
							? "Tijdelijke ondersteuning via de huisarts geregeld; geen capaciteit" : null));
			case IN_BEHANDELING, AFGESLOTEN, HEROPEND -> {
				LocalDate toegewezen = min(gemeld.plusDays(1 + random.nextInt(Math.min(20, dagenGeleden))), vandaag);
				boolean zelf = random.nextBoolean();
				stappen.add(new Toewijzing(toegewezen, regie.id(), regie.naam(), zelf ? regie.gebruikerId() : manager,
						zelf));
				stappen.add(new Contact(min(toegewezen.plusDays(random.nextInt(8)), vandaag)));
			}
		}
		if (wmo && verloop != Verloop.NIEUW) {
			wmoVerloop(random, vandaag, gemeld, verloop, stappen);
		}
		if (verloop == Verloop.AFGESLOTEN || verloop == Verloop.HEROPEND) {
			LocalDate afgesloten = min(gemeld.plusDays(30 + random.nextInt(Math.max(1, dagenGeleden - 30))), vandaag);
			afgesloten = max(afgesloten, laatsteDatum(stappen, gemeld));
			stappen.add(new Afsluiting(afgesloten, REDENEN[(index + random.nextInt(REDENEN.length)) % REDENEN.length]));
			if (verloop == Verloop.HEROPEND) {
				stappen.add(new Heropening(min(afgesloten.plusDays(7 + random.nextInt(30)), vandaag)));
			}
		}
		Set<ZrmDomein> domeinen = EnumSet.copyOf(vraag.domeinen());
		return new Plan(inwoner, team.id(), team.naam(), melder.gebruikerId(), urgentie, kanaal, aanmelder,
				vraag.tekst(), domeinen, wmo, gemeld, stappen);
	}

	/**
	 * The Wmo clock of a case under way: sometimes suspended, onderzoek done or late, an
	 * aanvraag and beschikking.
	 */
	private static void wmoVerloop(Random random, LocalDate vandaag, LocalDate gemeld, Verloop verloop,
			List<Stap> stappen) {
		long dagen = java.time.temporal.ChronoUnit.DAYS.between(gemeld, vandaag);
		if (random.nextInt(10) == 0 && dagen > 6) {
			LocalDate van = gemeld.plusDays(5);
			LocalDate tot = (random.nextBoolean() && dagen > 20) ? van.plusDays(7 + random.nextInt(8)) : null;
			stappen.add(new Opschorting(van, tot, OPSCHORT_REDENEN.get(random.nextInt(OPSCHORT_REDENEN.size()))));
		}
		boolean onderzoekKlaar = verloop != Verloop.WACHTEND && dagen > 20 && random.nextInt(10) < 7;
		if (onderzoekKlaar) {
			// mostly within the six weeks, now and then too late
			LocalDate onderzoek = min(gemeld.plusDays(20 + random.nextInt(random.nextInt(6) == 0 ? 40 : 20)), vandaag);
			stappen.add(new Onderzoek(onderzoek));
			if (random.nextInt(10) < 6) {
				LocalDate aanvraag = min(onderzoek.plusDays(random.nextInt(6)), vandaag);
				stappen.add(new Aanvraag(aanvraag));
				long sindsAanvraag = java.time.temporal.ChronoUnit.DAYS.between(aanvraag, vandaag);
				if (sindsAanvraag > 4 && random.nextInt(10) < 7) {
					stappen.add(new Beschikking(min(aanvraag.plusDays(5 + random.nextInt(14)), vandaag)));
				}
			}
		}
	}

	private static LocalDate laatsteDatum(List<Stap> stappen, LocalDate gemeld) {
		LocalDate laatste = gemeld;
		for (Stap stap : stappen) {
			LocalDate op = datumVan(stap);
			if (op != null && op.isAfter(laatste)) {
				laatste = op;
			}
		}
		return laatste;
	}

	private static LocalDate datumVan(Stap stap) {
		if (stap instanceof Wachtlijst s) {
			return s.op();
		}
		if (stap instanceof Toewijzing s) {
			return s.op();
		}
		if (stap instanceof Contact s) {
			return s.op();
		}
		if (stap instanceof Ontvangst s) {
			return s.op();
		}
		if (stap instanceof Clientondersteuning s) {
			return s.op();
		}
		if (stap instanceof Opschorting s) {
			return (s.tot() != null) ? s.tot() : s.van();
		}
		if (stap instanceof Onderzoek s) {
			return s.op();
		}
		if (stap instanceof Aanvraag s) {
			return s.op();
		}
		if (stap instanceof Beschikking s) {
			return s.op();
		}
		if (stap instanceof Afsluiting s) {
			return s.op();
		}
		if (stap instanceof Heropening s) {
			return s.op();
		}
		return null;
	}

	private static InwonerGegevens inwoner(Faker faker, Random random, TeamInfo team, Set<String> bsns) {
		String pc4 = team.werkgebied().get(random.nextInt(team.werkgebied().size()));
		Postcode postcode;
		do {
			postcode = Postcode.parse(pc4 + " " + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)))
				.orElse(null);
		}
		while (postcode == null);
		LocalDate geboren = LocalDate.of(1932 + random.nextInt(75), 1 + random.nextInt(12), 1 + random.nextInt(28));
		Bsn bsn = (random.nextInt(10) < 7) ? uniekBsn(random, bsns) : null;
		String telefoon = "06 " + (10_000_000 + random.nextInt(90_000_000));
		String huisarts = (random.nextInt(10) < 6) ? "Huisartsenpraktijk " + faker.name().lastName() : null;
		String toevoeging = (random.nextInt(10) == 0) ? String.valueOf((char) ('A' + random.nextInt(4))) : null;
		return new InwonerGegevens(bsn, faker.name().firstName(), faker.name().lastName(), geboren, postcode,
				1 + random.nextInt(250), toevoeging, faker.address().streetName(), "Polderstad", telefoon, huisarts);
	}

	/** Nine digits that pass the 11-proef, not handed out before. */
	private static Bsn uniekBsn(Random random, Set<String> bsns) {
		while (true) {
			StringBuilder cijfers = new StringBuilder().append(1 + random.nextInt(9));
			int som = 9 * (cijfers.charAt(0) - '0');
			for (int i = 1; i < 8; i++) {
				int cijfer = random.nextInt(10);
				cijfers.append(cijfer);
				som += (9 - i) * cijfer;
			}
			int laatste = som % 11;
			if (laatste < 10 && bsns.add(cijfers.toString() + laatste)) {
				return new Bsn(cijfers.toString() + laatste);
			}
		}
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static List<Verloop> verloop() {
		List<Verloop> lijst = new ArrayList<>();
		lijst.addAll(Collections.nCopies(7, Verloop.WACHTEND));
		lijst.addAll(Collections.nCopies(4, Verloop.NIEUW));
		lijst.addAll(Collections.nCopies(19, Verloop.IN_BEHANDELING));
		lijst.addAll(Collections.nCopies(12, Verloop.AFGESLOTEN));
		lijst.addAll(Collections.nCopies(3, Verloop.HEROPEND));
		return List.copyOf(lijst);
	}

	record Resultaat(int inwoners, int casussen) {
	}

	private enum Verloop {

		NIEUW, WACHTEND, IN_BEHANDELING, AFGESLOTEN, HEROPEND

	}

	private record Vraag(String tekst, List<ZrmDomein> domeinen) {

		Vraag(String tekst, ZrmDomein... domeinen) {
			this(tekst, List.of(domeinen));
		}

	}

}
