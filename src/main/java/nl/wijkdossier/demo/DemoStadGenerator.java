package nl.wijkdossier.demo;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import net.datafaker.Faker;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.Accounts;
import nl.wijkdossier.account.Rol;
import nl.wijkdossier.organisatie.Focus;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.organisatie.OrganisatieBeheer.MedewerkerGegevens;
import nl.wijkdossier.organisatie.OrganisatieBeheer.TeamGegevens;

/**
 * Generates the demo city "Polderstad": 4 convenantpartners, 3 clusters, 11 wijkteams
 * covering PC4 1311–1364, a manager per cluster and 3–4 wijkwerkers per team, plus the
 * demo accounts named in the README. Names come from a seeded Datafaker (Dutch).
 */
@Component
class DemoStadGenerator {

	/** The password of every demo account; see the README. */
	static final String DEMO_WACHTWOORD = "wijkdossier-demo";

	static final long SEED = 20_200_223L;

	private static final List<String> PARTNERS = List.of("Wijkwerk Flevoland", "Vrijwilligerscentrale Polderstad",
			"Zorggroep De Kemphaan", "Stichting Samen Sterker");

	private static final List<ClusterPlan> CLUSTERS = List.of(
			new ClusterPlan("Cluster Stad",
					List.of(new TeamPlan("Stad Centrum", 1311, 1315), new TeamPlan("Stad West", 1316, 1320),
							new TeamPlan("Stad Oost", 1321, 1325), new TeamPlan("Stad Noord", 1326, 1330))),
			new ClusterPlan("Cluster Haven en Poort",
					List.of(new TeamPlan("Haven", 1331, 1335), new TeamPlan("Poort", 1336, 1340),
							new TeamPlan("Muziekwijk", 1341, 1345))),
			new ClusterPlan("Cluster Buiten en Hout",
					List.of(new TeamPlan("Buiten Noord", 1346, 1350), new TeamPlan("Buiten Zuid", 1351, 1355),
							new TeamPlan("Hout", 1356, 1360), new TeamPlan("Oosterwold", 1361, 1364))));

	private static final int[] UREN = { 24, 28, 32, 32, 36, 36 };

	private final OrganisatieBeheer beheer;

	private final Accounts accounts;

	DemoStadGenerator(OrganisatieBeheer beheer, Accounts accounts) {
		this.beheer = beheer;
		this.accounts = accounts;
	}

	@Transactional
	Resultaat genereer() {
		Random random = new Random(SEED);
		Faker faker = new Faker(Locale.forLanguageTag("nl"), random);
		String hash = this.accounts.hash(DEMO_WACHTWOORD);
		Set<String> gebruikersnamen = new HashSet<>();
		Set<String> emails = new HashSet<>();

		List<Long> partnerIds = new ArrayList<>();
		for (String partner : PARTNERS) {
			partnerIds.add(this.beheer.nieuwePartner(partner));
		}

		int teams = 0;
		int medewerkers = 0;
		for (int c = 0; c < CLUSTERS.size(); c++) {
			ClusterPlan cluster = CLUSTERS.get(c);
			long clusterId = this.beheer.nieuwCluster(cluster.naam());
			long partnerId = partnerIds.get(c % partnerIds.size());
			Persoon managerPersoon = persoon(faker, gebruikersnamen, emails, PARTNERS.get(c % PARTNERS.size()));
			String managerNaam = (c == 0) ? "manager" : managerPersoon.gebruikersnaam();
			long managerId = this.beheer.nieuweMedewerker(
					new MedewerkerGegevens(managerPersoon.voornaam(), managerPersoon.achternaam(),
							managerPersoon.email(), partnerId, null, BigDecimal.valueOf(36), null),
					managerNaam, Rol.WIJKTEAMMANAGER, hash);
			medewerkers++;
			for (int t = 0; t < cluster.teams().size(); t++) {
				TeamPlan plan = cluster.teams().get(t);
				Set<String> werkgebied = new TreeSet<>();
				for (int pc4 = plan.van(); pc4 <= plan.tot(); pc4++) {
					werkgebied.add(String.valueOf(pc4));
				}
				long teamId = this.beheer.nieuwTeam(new TeamGegevens("Wijkteam " + plan.naam(), clusterId,
						faker.address().streetName() + " " + (1 + random.nextInt(120)) + ", Polderstad",
						"036 " + (500 + random.nextInt(400)) + " " + (1000 + random.nextInt(9000)), managerId,
						werkgebied));
				teams++;
				int aantal = 3 + random.nextInt(2);
				for (int m = 0; m < aantal; m++) {
					int partnerIndex = random.nextInt(PARTNERS.size());
					Persoon p = persoon(faker, gebruikersnamen, emails, PARTNERS.get(partnerIndex));
					String gebruikersnaam = p.gebruikersnaam();
					if (m == 0 && c == 0 && t == 0) {
						gebruikersnaam = "wijkwerker";
					}
					else if (m == 0 && c == 1 && t == 0) {
						gebruikersnaam = "wijkwerker2";
					}
					else if (m == 0 && c == 0 && t == 1) {
						gebruikersnaam = "wijkwerker3";
					}
					Focus focus = random.nextInt(3) == 0 ? Focus.values()[random.nextInt(Focus.values().length)] : null;
					this.beheer.nieuweMedewerker(
							new MedewerkerGegevens(p.voornaam(), p.achternaam(), p.email(),
									partnerIds.get(partnerIndex), teamId,
									BigDecimal.valueOf(UREN[random.nextInt(UREN.length)]), focus),
							gebruikersnaam, Rol.WIJKWERKER, hash);
					medewerkers++;
				}
			}
		}
		this.accounts.maakAanMetHash("gemeente", hash, Rol.GEMEENTE, "Gemeente Polderstad (beleid)",
				"beleid@polderstad.example");
		this.accounts.maakAanMetHash("beheer", hash, Rol.BEHEERDER, "Functioneel beheer", "beheer@polderstad.example");
		this.accounts.maakAanMetHash("privacy", hash, Rol.PRIVACY, "Functionaris gegevensbescherming",
				"fg@polderstad.example");
		return new Resultaat(PARTNERS.size(), CLUSTERS.size(), teams, medewerkers);
	}

	private static Persoon persoon(Faker faker, Set<String> gebruikersnamen, Set<String> emails, String partner) {
		String voornaam = faker.name().firstName();
		String achternaam = faker.name().lastName();
		String basis = ascii(voornaam.substring(0, 1) + achternaam);
		String gebruikersnaam = basis;
		for (int i = 2; !gebruikersnamen.add(gebruikersnaam); i++) {
			gebruikersnaam = basis + i;
		}
		String domein = ascii(partner) + ".example";
		String email = ascii(voornaam) + "." + ascii(achternaam) + "@" + domein;
		for (int i = 2; !emails.add(email); i++) {
			email = ascii(voornaam) + "." + ascii(achternaam) + i + "@" + domein;
		}
		return new Persoon(voornaam, achternaam, gebruikersnaam, email);
	}

	private static String ascii(String tekst) {
		return Normalizer.normalize(tekst, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]", "");
	}

	record Resultaat(int partners, int clusters, int teams, int medewerkers) {
	}

	private record ClusterPlan(String naam, List<TeamPlan> teams) {
	}

	private record TeamPlan(String naam, int van, int tot) {
	}

	private record Persoon(String voornaam, String achternaam, String gebruikersnaam, String email) {
	}

}
