package nl.wijkdossier.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.organisatie.ClusterInfo;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.verwijzing.SocialeKaart;
import nl.wijkdossier.verwijzing.SocialeKaart.VoorzieningGegevens;
import nl.wijkdossier.verwijzing.VoorzieningSoort;

/**
 * The sociale kaart of the demo city: per neighbourhood a few informal initiatives and
 * group activities, per cluster a group activity and two GP practices, and city-wide the
 * Expertisecentrum Mantelzorg, the Sociaal Stedelijk Team, volunteer organisations and
 * maatwerk providers — about 45 entries, one of them stopped (inactive). All fictional:
 * phone numbers in the unassigned range 036 000 xxxx (Dutch subscriber numbers never
 * start with 0), e-mail and web addresses under the reserved {@code .example} domain, no
 * real persons. Deterministic, and it adds nothing to a kaart that already has entries.
 */
@Component
class DemoSocialeKaart {

	/** What each neighbourhood may have; two per neighbourhood, taken in turn. */
	private static final List<Plan> PER_WIJK = List.of(
			new Plan("Buurtkamer %s", VoorzieningSoort.INFORMEEL_INITIATIEF,
					"Huiskamer van de wijk: koffie, een praatje en op dinsdag en donderdag een gezamenlijke lunch voor "
							+ "\u20AC 3. Vrij binnenlopen; bewoners draaien de bar."),
			new Plan("Taalcaf\u00E9 %s", VoorzieningSoort.GROEPSACTIVITEIT,
					"Nederlands oefenen in een kleine groep met vrijwillige taalcoaches, elke woensdagochtend. "
							+ "Voor iedereen die de taal beter wil leren spreken; aanmelden hoeft niet."),
			new Plan("Repair Caf\u00E9 %s", VoorzieningSoort.GROEPSACTIVITEIT,
					"Samen kapotte spullen repareren met handige vrijwilligers, iedere eerste zaterdag van de maand. "
							+ "Ook een plek om mensen uit de buurt te leren kennen."),
			new Plan("Wandelgroep %s", VoorzieningSoort.GROEPSACTIVITEIT,
					"Elke maandag een uur wandelen in rustig tempo met een vaste groep buurtgenoten, ook voor wie "
							+ "weinig beweegt of net in de wijk woont. Start bij de buurtkamer."),
			new Plan("Maaltijd aan huis %s", VoorzieningSoort.INFORMEEL_INITIATIEF,
					"Vrijwilligers koken en brengen twee keer per week een warme maaltijd bij ouderen en zieken in de "
							+ "wijk, met tijd voor een praatje. Bijdrage naar draagkracht."),
			new Plan("Schuldhulpmaatje %s", VoorzieningSoort.INFORMEEL_INITIATIEF,
					"Een getrainde vrijwilliger helpt thuis met de post, een overzicht van schulden en het budget, "
							+ "en gaat mee naar schuldeisers. Vertrouwelijk en gratis."));

	private static final List<String> STRATEN = List.of("Kemphaanpad", "Tureluurweg", "Scholeksterhof", "Kieviterf",
			"Lepelaarplein", "Rietzangerlaan", "Meerkoetkade", "Pluvierstraat", "Wulpenhof", "Karekietpad",
			"Gruttostraat", "Zilverreigerdreef", "Aalscholverring", "Bergeendweg");

	private final SocialeKaart kaart;

	private final Organisatie organisatie;

	private int nummer;

	DemoSocialeKaart(SocialeKaart kaart, Organisatie organisatie) {
		this.kaart = kaart;
		this.organisatie = organisatie;
	}

	/**
	 * @return how many entries were added (0 when the kaart was not empty)
	 */
	@Transactional
	int genereer() {
		if (this.kaart.aantal() > 0) {
			return 0;
		}
		this.nummer = 0;
		int aantal = 0;
		List<TeamInfo> teams = this.organisatie.teams()
			.stream()
			.filter(TeamInfo::actief)
			.sorted(Comparator.comparingLong(TeamInfo::id))
			.toList();
		for (int t = 0; t < teams.size(); t++) {
			TeamInfo team = teams.get(t);
			String wijk = team.naam().replaceFirst("^Wijkteam ", "");
			for (int k = 0; k < 2; k++) {
				Plan plan = PER_WIJK.get((2 * t + k) % PER_WIJK.size());
				voeg(String.format(plan.naam(), wijk), plan.soort(), plan.omschrijving(), List.of(team.id()),
						List.of());
				aantal++;
			}
		}
		for (ClusterInfo cluster : this.organisatie.clusters()) {
			if (!cluster.actief()) {
				continue;
			}
			String kort = cluster.naam().replaceFirst("^Cluster ", "");
			List<Long> clusterIds = List.of(cluster.id());
			voeg("Beweeggroep 65+ " + kort, VoorzieningSoort.GROEPSACTIVITEIT,
					"Twee keer per week samen bewegen onder leiding van een fysiotherapeut, op een vaste plek in het "
							+ "cluster. Goed tegen vallen en eenzaamheid; eerste les gratis.",
					List.of(), clusterIds);
			voeg("Huisartsenpraktijk " + kort, VoorzieningSoort.HUISARTS,
					"Huisartsenpraktijk met praktijkondersteuner GGZ en ouderenzorg. Overleg over gezamenlijke "
							+ "pati\u00EBnten via de praktijkondersteuner.",
					List.of(), clusterIds);
			voeg("Gezondheidscentrum " + kort, VoorzieningSoort.HUISARTS,
					"Drie huisartsen, fysiotherapie en een wijkverpleegkundige onder \u00E9\u00E9n dak. Neemt nieuwe "
							+ "pati\u00EBnten uit het cluster aan.",
					List.of(), clusterIds);
			aantal += 3;
		}
		List<Long> stad = List.of();
		voeg("Expertisecentrum Mantelzorg Polderstad", VoorzieningSoort.EXPERTISECENTRUM_MANTELZORG,
				"Advies en steun voor mantelzorgers: een gesprek over de belasting (EDIZ-plus), respijtzorg, "
						+ "lotgenotengroepen en de jaarlijkse mantelzorgwaardering.",
				stad, stad);
		voeg("Sociaal Stedelijk Team Polderstad", VoorzieningSoort.SOCIAAL_STEDELIJK_TEAM,
				"Stedelijk team van specialisten in verslavingszorg, GGZ en huiselijk geweld. Opschalen na het "
						+ "casu\u00EFstiekoverleg; het team geeft consult of neemt de aanpak samen met het wijkteam op.",
				stad, stad);
		voeg("Vrijwilligerspunt Polderstad", VoorzieningSoort.VRIJWILLIGERSORGANISATIE,
				"Koppelt vrijwilligers aan hulpvragen: vervoer naar het ziekenhuis, boodschappen, een klusje of "
						+ "gezelschap. Ook voor inwoners die zelf vrijwilligerswerk zoeken.",
				stad, stad);
		voeg("Thuisadministratie Polderstad", VoorzieningSoort.VRIJWILLIGERSORGANISATIE,
				"Vrijwilligers helpen thuis met post, formulieren, toeslagen en DigiD, tot iemand het weer zelf kan.",
				stad, stad);
		voeg("Maatjesproject Samen Verder", VoorzieningSoort.VRIJWILLIGERSORGANISATIE,
				"Een vast maatje voor een jaar, voor wie eenzaam is of na een opname of detentie weer op weg wil.",
				stad, stad);
		voeg("Burenhulp Polderstad", VoorzieningSoort.VRIJWILLIGERSORGANISATIE,
				"Buren helpen buren met kleine klussen in en om het huis en met vervoer in de stad.", stad, stad);
		voeg("Huishoudservice Flevopolder", VoorzieningSoort.MAATWERKVOORZIENING,
				"Huishoudelijke ondersteuning als Wmo-maatwerkvoorziening (met beschikking), ook tijdelijk na een "
						+ "operatie.",
				stad, stad);
		voeg("Thuisbegeleiding De Brug", VoorzieningSoort.MAATWERKVOORZIENING,
				"Individuele begeleiding thuis (Wmo): structuur in de dag, administratie, contacten met instanties.",
				stad, stad);
		voeg("Dagbesteding De Werkplaats", VoorzieningSoort.MAATWERKVOORZIENING,
				"Dagbesteding met werk in hout, groen en horeca, voor volwassenen met een beperking of psychische "
						+ "kwetsbaarheid.",
				stad, stad);
		voeg("Hulpmiddelencentrum Polderstad", VoorzieningSoort.MAATWERKVOORZIENING,
				"Woonvoorzieningen en hulpmiddelen: traplift, douchestoel, scootmobiel en rolstoel (Wmo).", stad, stad);
		voeg("Schuldhulp Polderstad", VoorzieningSoort.OVERIG,
				"Gemeentelijke schuldhulpverlening: stabiliseren, budgetbeheer en een schuldregeling. Aanmelden via "
						+ "het wijkteam of het administratief spreekuur.",
				stad, stad);
		voeg("Voedselbank Polderstad", VoorzieningSoort.OVERIG,
				"Wekelijks een voedselpakket voor huishoudens onder de norm; verwijzing door het wijkteam.", stad,
				stad);
		aantal += 12;
		long gestopt = voeg("Ontmoetingsplek De Oude Bieb", VoorzieningSoort.INFORMEEL_INITIATIEF,
				"Inloop voor buurtbewoners in de oude bibliotheek; gestopt sinds de verbouwing.", stad, stad);
		this.kaart.zetActief(gestopt, false);
		return aantal + 1;
	}

	private long voeg(String naam, VoorzieningSoort soort, String omschrijving, List<Long> teams, List<Long> clusters) {
		int n = this.nummer++;
		String slug = slug(naam);
		String adres = STRATEN.get(n % STRATEN.size()) + " " + (3 + (n * 7) % 90) + ", Polderstad";
		String telefoon = String.format(Locale.ROOT, "036 000 %04d", 1000 + n * 37);
		String website = (n % 3 == 0) ? "https://www.polderstad.example/" + slug : null;
		return this.kaart.nieuw(new VoorzieningGegevens(naam, soort, omschrijving, adres, telefoon,
				slug + "@polderstad.example", website, new ArrayList<>(teams), new ArrayList<>(clusters)));
	}

	private static String slug(String naam) {
		return Normalizer.normalize(naam, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}

	private record Plan(String naam, VoorzieningSoort soort, String omschrijving) {
	}

}
