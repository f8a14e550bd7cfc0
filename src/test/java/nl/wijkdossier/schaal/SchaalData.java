package nl.wijkdossier.schaal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

import net.datafaker.Faker;

/**
 * Generates the national-scale data set and streams it into the migrated schema with
 * COPY. Every choice comes from the seed: a per-table {@link SplittableRandom} or, where
 * two passes must agree (conversations and their ZRM scores), one derived from the seed
 * and the case id. What the later tables need of the cases is kept in primitive arrays
 * (about 40 bytes a case), never as objects.
 *
 * <p>
 * Skew: team k (in a shuffled order) gets weight {@code 1/k^s} with {@code s} chosen so
 * the busiest team has about six times the cases of the median team, at every size. Busy
 * teams also wait longer before first contact (mean 7 days for the quietest, 45 for the
 * busiest), so their waiting lists are longer.
 */
final class SchaalData {

	static final String WACHTWOORD = "schaal-benchmark";

	private static final String[] STATUS = { "AANGEMELD", "WACHTLIJST", "IN_BEHANDELING", "AFGESLOTEN" };

	private static final byte AANGEMELD = 0;

	private static final byte WACHTLIJST = 1;

	private static final byte IN_BEHANDELING = 2;

	private static final byte AFGESLOTEN = 3;

	private static final String[] KANALEN = { "TELEFOON", "INLOOPSPREEKUUR", "HUISARTS", "KETENPARTNER", "ONLINE",
			"EIGEN_SIGNAAL" };

	private static final int[] KANAAL_GEWICHT = { 30, 15, 20, 15, 12, 8 };

	private static final String[] REDENEN = { "DOEL_BEREIKT", "DOORVERWEZEN", "GEEN_HULP_MEER_GEWENST", "VERHUISD",
			"OVERLEDEN", "ANDERS" };

	private static final int[] REDEN_GEWICHT = { 45, 20, 15, 8, 4, 8 };

	private static final String[] VRAGEN = {
			"Huurachterstand van drie maanden; de verhuurder dreigt met ontruiming.|FINANCIEN,HUISVESTING",
			"Post blijft ongeopend liggen, schulden lopen op.|FINANCIEN,INSTRUMENTELE_ADL",
			"Mantelzorger van haar man met dementie, raakt uitgeput.|GEESTELIJKE_GEZONDHEID,SOCIAAL_NETWERK",
			"Komt sinds het overlijden van zijn vrouw de deur niet meer uit.|SOCIAAL_NETWERK,TIJDSBESTEDING",
			"Kan na een heupoperatie het huishouden niet meer zelf doen.|INSTRUMENTELE_ADL,LICHAMELIJKE_GEZONDHEID",
			"Traplift nodig: kan de slaapkamer niet meer bereiken.|BASALE_ADL,HUISVESTING",
			"Ruzies thuis lopen hoog op; school maakt zich zorgen.|GEESTELIJKE_GEZONDHEID,HUISELIJKE_RELATIES",
			"Zoekt na lange ziekte een zinvolle dagbesteding.|MAATSCHAPPELIJKE_PARTICIPATIE,TIJDSBESTEDING,WERK_OPLEIDING",
			"Alcoholgebruik neemt toe sinds het verlies van werk.|HUISELIJKE_RELATIES,MIDDELENGEBRUIK,WERK_OPLEIDING",
			"Komt vrij uit detentie zonder woning en inkomen.|FINANCIEN,HUISVESTING,JUSTITIE",
			"Begrijpt de brieven over toeslagen niet en moet terugbetalen.|FINANCIEN",
			"Jongere zonder startkwalificatie en zonder plan.|TIJDSBESTEDING,WERK_OPLEIDING",
			"Verward gedrag en overlast volgens de buren.|GEESTELIJKE_GEZONDHEID,MAATSCHAPPELIJKE_PARTICIPATIE",
			"Vereenzaamd na verhuizing naar de wijk.|MAATSCHAPPELIJKE_PARTICIPATIE,SOCIAAL_NETWERK" };

	private static final String[] VERSLAGEN = {
			"Kennismaking aan de keukentafel. Inwoner vertelt open over de situatie; we brengen samen de vragen in kaart.",
			"Vervolggesprek: afspraken van vorige keer doorgenomen, een deel is gelukt. Nieuwe stap afgesproken.",
			"Gesprek met inwoner en dochter. Mantelzorg is zwaar; respijt en lotgenotencontact besproken.",
			"Administratie samen doorgenomen; aanmelding schuldhulp ingevuld en verstuurd.",
			"Evaluatie: het gaat beter, inwoner redt zich grotendeels zelf. Afronding voorbereid." };

	private static final String[] LOCATIES = { "THUIS", "THUIS", "THUIS", "WIJKTEAMLOCATIE", "TELEFONISCH", "VIDEO" };

	private static final String[] VOORZIENING_SOORTEN = { "INFORMEEL_INITIATIEF", "GROEPSACTIVITEIT",
			"VRIJWILLIGERSORGANISATIE", "EXPERTISECENTRUM_MANTELZORG", "HUISARTS", "MAATWERKVOORZIENING", "OVERIG",
			"OVERIG" };

	/** Voorzieningen per cluster: the first four of each cluster are informal. */
	private static final int VOORZIENINGEN_PER_CLUSTER = VOORZIENING_SOORTEN.length;

	private static final String[] ONDERWERPEN = { "FORMULIEREN_BRIEVEN", "TOESLAGEN_BELASTING", "SCHULDEN_GELDZAKEN",
			"WONEN", "ZORG_ONDERSTEUNING", "WERK_INKOMEN", "EENZAAMHEID_CONTACT", "OVERIG" };

	private static final int[] ONDERWERP_GEWICHT = { 30, 15, 15, 10, 10, 6, 8, 6 };

	private static final String[] RESULTATEN = { "AFGEHANDELD", "VERVOLGAFSPRAAK", "DOORVERWEZEN", "AANMELDING" };

	private static final int[] RESULTAAT_GEWICHT = { 55, 20, 15, 10 };

	private static final String[] CATEGORIEEN = { "SCHULDEN", "WONEN", "HUISHOUDEN", "MOBILITEIT", "GEZONDHEID",
			"SOCIAAL", "OVERIG" };

	/** Access-log events with their CRUD letter and weight. */
	private static final String[][] LOG = { { "CASUS_BEKEKEN", "R", "50" }, { "INWONER_BEKEKEN", "R", "8" },
			{ "GESPREK_BEKEKEN", "R", "10" }, { "GESPREK_CONCEPT_OPGESLAGEN", "U", "8" },
			{ "GESPREK_VASTGELEGD", "C", "5" }, { "CASUS_GEWIJZIGD", "U", "6" }, { "VERWIJZING_BEKEKEN", "R", "5" },
			{ "VERWIJZING_AANGEMAAKT", "C", "3" }, { "INWONER_GEZOCHT", "E", "4" },
			{ "VERSLAG_GEDOWNLOAD", "E", "1" } };

	private static final int DAGEN = 3 * 365;

	private final Omvang omvang;

	private final long seed;

	private final int vandaag;

	private final int begin;

	private final String[] dagTekst;

	private final int dagVan;

	// organisation
	private final double[] teamGewicht;

	private final double[] teamCumulatief;

	private final int[] teamWachttijd;

	private final String[] voornamen;

	private final String[] achternamen;

	private final String[] straten;

	private final String[] plaatsen;

	private final String[] gebruikersnaam;

	private final String[] medewerkerNaam;

	// cases
	private int[] cTeam;

	private int[] cInwoner;

	private int[] cGemeld;

	private int[] cContact;

	private int[] cAfgesloten;

	private byte[] cStatus;

	private byte[] cVraag;

	private boolean[] cWmo;

	private int[] cEersteGesprek;

	private int[] iTeam;

	private int[] iEerste;

	private int inwoners;

	private int[] teamCasusStart;

	private int[] teamCasussen;

	SchaalData(Omvang omvang, long seed, LocalDate vandaag) {
		this.omvang = omvang;
		this.seed = seed;
		this.vandaag = (int) vandaag.toEpochDay();
		this.begin = this.vandaag - DAGEN;
		this.dagVan = this.begin - 400;
		this.dagTekst = new String[DAGEN + 600];
		for (int i = 0; i < this.dagTekst.length; i++) {
			this.dagTekst[i] = LocalDate.ofEpochDay(this.dagVan + i).toString();
		}
		SplittableRandom r = random(1);
		int teams = omvang.teams();
		double s = Math.log(6) / Math.log(Math.max(2, teams / 2.0));
		int[] rang = new int[teams];
		for (int i = 0; i < teams; i++) {
			rang[i] = i + 1;
		}
		for (int i = teams - 1; i > 0; i--) {
			int j = r.nextInt(i + 1);
			int t = rang[i];
			rang[i] = rang[j];
			rang[j] = t;
		}
		this.teamGewicht = new double[teams];
		this.teamCumulatief = new double[teams];
		this.teamWachttijd = new int[teams];
		double som = 0;
		for (int t = 0; t < teams; t++) {
			this.teamGewicht[t] = Math.pow(rang[t], -s);
			som += this.teamGewicht[t];
		}
		double cumulatief = 0;
		for (int t = 0; t < teams; t++) {
			this.teamGewicht[t] /= som;
			cumulatief += this.teamGewicht[t];
			this.teamCumulatief[t] = cumulatief;
			this.teamWachttijd[t] = 7 + (int) Math.round(38 * Math.pow(rang[t], -s));
		}
		Faker faker = new Faker(Locale.forLanguageTag("nl"), new Random(seed));
		this.voornamen = woorden(() -> faker.name().firstName(), 300);
		this.achternamen = woorden(() -> faker.name().lastName(), 400);
		this.straten = woorden(() -> faker.address().streetName(), 300);
		this.plaatsen = woorden(() -> faker.address().city(), Math.max(omvang.clusters(), 20));
		this.gebruikersnaam = new String[omvang.medewerkers() + 1];
		this.medewerkerNaam = new String[omvang.medewerkers() + 1];
	}

	private static String[] woorden(java.util.function.Supplier<String> bron, int aantal) {
		Set<String> woorden = new LinkedHashSet<>();
		for (int poging = 0; woorden.size() < aantal && poging < aantal * 20; poging++) {
			String woord = bron.get().replaceAll("[\\t\\n\\r\\\\]", " ");
			woorden.add(woord);
		}
		return woorden.toArray(String[]::new);
	}

	private SplittableRandom random(long stroom) {
		return new SplittableRandom(this.seed * 0x9E3779B97F4A7C15L + stroom * 0xBF58476D1CE4E5B9L);
	}

	/** The random stream of one case for one purpose: two passes over it agree. */
	private SplittableRandom random(long stroom, int casus) {
		return new SplittableRandom(
				(this.seed * 0x9E3779B97F4A7C15L + stroom * 0xBF58476D1CE4E5B9L) ^ (casus * 0x94D049BB133111EBL));
	}

	private String dag(int epochDag) {
		return this.dagTekst[epochDag - this.dagVan];
	}

	/** A local timestamp (the session's time zone is Europe/Amsterdam). */
	private String moment(int epochDag, int seconde) {
		StringBuilder b = new StringBuilder(19).append(dag(epochDag)).append(' ');
		twee(b, seconde / 3600).append(':');
		twee(b, (seconde / 60) % 60).append(':');
		return twee(b, seconde % 60).toString();
	}

	private static StringBuilder twee(StringBuilder b, int waarde) {
		return b.append((char) ('0' + waarde / 10)).append((char) ('0' + waarde % 10));
	}

	private static int kies(SplittableRandom r, int[] gewichten) {
		int som = 0;
		for (int g : gewichten) {
			som += g;
		}
		int x = r.nextInt(som);
		for (int i = 0; i < gewichten.length; i++) {
			x -= gewichten[i];
			if (x < 0) {
				return i;
			}
		}
		return gewichten.length - 1;
	}

	private int team(SplittableRandom r) {
		double x = r.nextDouble();
		int laag = 0;
		int hoog = this.teamCumulatief.length - 1;
		while (laag < hoog) {
			int midden = (laag + hoog) >>> 1;
			if (this.teamCumulatief[midden] < x) {
				laag = midden + 1;
			}
			else {
				hoog = midden;
			}
		}
		return laag;
	}

	/** Medewerker (and gebruiker) id of the manager of team t (0-based). */
	private static int manager(int t) {
		return t * Omvang.PER_TEAM + 1;
	}

	/** A wijkwerker of team t: k in 0..18. */
	private static int wijkwerker(int t, int k) {
		return t * Omvang.PER_TEAM + 2 + k;
	}

	private static int wijkwerker(int t, SplittableRandom r) {
		return wijkwerker(t, r.nextInt(Omvang.PER_TEAM - 1));
	}

	private int gemeente() {
		return this.omvang.medewerkers() + 1;
	}

	/** Loads everything, in foreign-key order. */
	void laad(Connection c, Rapport rapport) throws SQLException {
		organisatie(c, rapport);
		plan();
		inwoners(c, rapport);
		casussen(c, rapport);
		tijdlijn(c, rapport);
		gesprekken(c, rapport);
		zrmEnAfspraken(c, rapport);
		verwijzingen(c, rapport);
		spreekuren(c, rapport);
		budget(c, rapport);
		toegangslog(c, rapport);
	}

	private void organisatie(Connection c, Rapport rapport) throws SQLException {
		SplittableRandom r = random(2);
		String[] partners = { "Stichting Welzijn Samen", "MEE Zorg en Welzijn", "Vivenz Maatschappelijk Werk",
				"Schuldhulp Nederland", "Jeugd en Gezin Coöperatie" };
		try (Kopie k = Kopie.naar(c, rapport, "convenantpartner", "id, naam")) {
			for (int p = 0; p < Omvang.PARTNERS; p++) {
				k.veld(p + 1).tekst(partners[p]).rij();
			}
		}
		try (Kopie k = Kopie.naar(c, rapport, "cluster", "id, naam")) {
			for (int cl = 0; cl < this.omvang.clusters(); cl++) {
				k.veld(cl + 1).tekst("Cluster " + (cl + 1) + " " + this.plaatsen[cl % this.plaatsen.length]).rij();
			}
		}
		try (Kopie k = Kopie.naar(c, rapport, "wijkteam", "id, naam, cluster_id, bezoekadres, telefoon")) {
			for (int t = 0; t < this.omvang.teams(); t++) {
				int cl = t % this.omvang.clusters();
				k.veld(t + 1)
					.tekst("Wijkteam " + (t + 1) + " " + this.plaatsen[cl % this.plaatsen.length])
					.veld(cl + 1)
					.tekst(this.straten[r.nextInt(this.straten.length)] + " " + (1 + r.nextInt(200)))
					.veld("0" + (10 + r.nextInt(89)) + " " + (1000000 + r.nextInt(8999999)))
					.rij();
			}
		}
		int pc4PerTeam = Math.min(30, 8999 / this.omvang.teams());
		try (Kopie k = Kopie.naar(c, rapport, "werkgebied_postcode", "pc4, team_id")) {
			for (int t = 0; t < this.omvang.teams(); t++) {
				for (int j = 0; j < pc4PerTeam; j++) {
					k.veld(1000 + t * pc4PerTeam + j).veld(t + 1).rij();
				}
			}
		}
		// one password hash for every account: hashing 6,000 times would take minutes
		String hash = "{bcrypt}"
				+ new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(10).encode(WACHTWOORD);
		String[] rollen = new String[this.omvang.medewerkers() + 1];
		try (Kopie k = Kopie.naar(c, rapport, "gebruiker",
				"id, gebruikersnaam, wachtwoord_hash, rol, weergavenaam, email")) {
			for (int t = 0; t < this.omvang.teams(); t++) {
				for (int j = 0; j < Omvang.PER_TEAM; j++) {
					int id = t * Omvang.PER_TEAM + 1 + j;
					String naam = (j == 0) ? String.format(Locale.ROOT, "m%04d", t + 1)
							: String.format(Locale.ROOT, "w%04d.%02d", t + 1, j);
					this.gebruikersnaam[id] = naam;
					rollen[id] = (j == 0) ? "WIJKTEAMMANAGER" : "WIJKWERKER";
					this.medewerkerNaam[id] = this.voornamen[r.nextInt(this.voornamen.length)] + " "
							+ this.achternamen[r.nextInt(this.achternamen.length)];
					k.veld(id)
						.veld(naam)
						.veld(hash)
						.veld(rollen[id])
						.tekst(this.medewerkerNaam[id])
						.veld(naam + "@wijkteams.example")
						.rij();
				}
			}
			int id = gemeente();
			for (String[] account : new String[][] { { "gemeente", "GEMEENTE", "Gemeente (beleid)" },
					{ "beheer", "BEHEERDER", "Functioneel beheer" },
					{ "privacy", "PRIVACY", "Functionaris gegevensbescherming" } }) {
				k.veld(id++)
					.veld(account[0])
					.veld(hash)
					.veld(account[1])
					.tekst(account[2])
					.veld(account[0] + "@gemeente.example")
					.rij();
			}
		}
		try (Kopie k = Kopie.naar(c, rapport, "medewerker",
				"id, voornaam, achternaam, email, partner_id, team_id, gebruiker_id, uren_per_week, focus")) {
			String[] focus = { "INFORMELE_ZORG", "SCHULDEN", "JEUGD", "OUDEREN", "GGZ" };
			int[] uren = { 24, 28, 32, 32, 36, 36 };
			for (int id = 1; id <= this.omvang.medewerkers(); id++) {
				int t = (id - 1) / Omvang.PER_TEAM;
				boolean manager = id == manager(t);
				String[] naam = this.medewerkerNaam[id].split(" ", 2);
				k.veld(id)
					.tekst(naam[0])
					.tekst(naam[1])
					.veld(this.gebruikersnaam[id] + "@wijkteams.example")
					.veld(1 + r.nextInt(Omvang.PARTNERS))
					.verwijzing(manager ? 0 : t + 1)
					.veld(id)
					.veld(manager ? 36 : uren[r.nextInt(uren.length)])
					.veld((!manager && r.nextInt(3) == 0) ? focus[r.nextInt(focus.length)] : null)
					.rij();
			}
		}
		try (Statement st = c.createStatement()) {
			st.executeUpdate(
					"update wijkteam set manager_id = id * " + Omvang.PER_TEAM + " - " + (Omvang.PER_TEAM - 1));
		}
		try (Kopie k = Kopie.naar(c, rapport, "voorziening",
				"id, naam, soort, omschrijving, adres, telefoon, cluster_ids")) {
			for (int cl = 0; cl < this.omvang.clusters(); cl++) {
				for (int j = 0; j < VOORZIENINGEN_PER_CLUSTER; j++) {
					String soort = VOORZIENING_SOORTEN[j];
					k.veld(voorziening(cl, j))
						.tekst(soortNaam(soort) + " " + this.plaatsen[cl % this.plaatsen.length] + " " + (cl + 1) + "-"
								+ (j + 1))
						.veld(soort)
						.tekst("Voor inwoners van cluster " + (cl + 1) + ".")
						.tekst(this.straten[r.nextInt(this.straten.length)] + " " + (1 + r.nextInt(120)))
						.veld("0" + (10 + r.nextInt(89)) + " " + (1000000 + r.nextInt(8999999)))
						.veld("{" + (cl + 1) + "}")
						.rij();
				}
			}
			k.veld(sst())
				.tekst("Sociaal Stedelijk Team")
				.veld("SOCIAAL_STEDELIJK_TEAM")
				.tekst("Specialistische consultatie en escalatie.")
				.leeg()
				.leeg()
				.veld("{}")
				.rij();
		}
	}

	private static String soortNaam(String soort) {
		return switch (soort) {
			case "INFORMEEL_INITIATIEF" -> "Buurtkamer";
			case "GROEPSACTIVITEIT" -> "Wandelgroep";
			case "VRIJWILLIGERSORGANISATIE" -> "Vrijwilligerscentrale";
			case "EXPERTISECENTRUM_MANTELZORG" -> "Steunpunt Mantelzorg";
			case "HUISARTS" -> "Huisartsenpraktijk";
			case "MAATWERKVOORZIENING" -> "Wmo-loket";
			default -> "Schuldhulpmaatje";
		};
	}

	private static int voorziening(int cluster, int j) {
		return cluster * VOORZIENINGEN_PER_CLUSTER + j + 1;
	}

	private int sst() {
		return this.omvang.clusters() * VOORZIENINGEN_PER_CLUSTER + 1;
	}

	/**
	 * Decides every case in memory (no I/O): team, resident, dates and status. Reports
	 * arrive evenly over three years; a case waits (busy teams longer), then runs 30–400
	 * days; what has not ended by today is still open.
	 */
	private void plan() {
		int n = this.omvang.casussen();
		this.cTeam = new int[n];
		this.cInwoner = new int[n];
		this.cGemeld = new int[n];
		this.cContact = new int[n];
		this.cAfgesloten = new int[n];
		this.cStatus = new byte[n];
		this.cVraag = new byte[n];
		this.cWmo = new boolean[n];
		this.cEersteGesprek = new int[n];
		this.iTeam = new int[n];
		this.iEerste = new int[n];
		SplittableRandom r = random(3);
		for (int c = 0; c < n; c++) {
			int gemeld = this.begin + (int) ((long) c * DAGEN / n);
			int inwoner;
			int team;
			if (this.inwoners > 0 && r.nextDouble() < 1 - Omvang.INWONERS_PER_CASUS) {
				inwoner = 1 + r.nextInt(this.inwoners);
				team = this.iTeam[inwoner - 1];
			}
			else {
				team = team(r);
				this.iTeam[this.inwoners] = team;
				this.iEerste[this.inwoners] = gemeld;
				inwoner = ++this.inwoners;
			}
			this.cTeam[c] = team;
			this.cInwoner[c] = inwoner;
			this.cGemeld[c] = gemeld;
			this.cVraag[c] = (byte) r.nextInt(VRAGEN.length);
			this.cWmo[c] = r.nextInt(100) < 35;
			int wacht = (int) (-Math.log(1 - r.nextDouble()) * this.teamWachttijd[team]);
			int duur = 30 + (int) (-Math.log(1 - r.nextDouble()) * 120);
			if (gemeld + wacht > this.vandaag) {
				this.cStatus[c] = (this.vandaag - gemeld < 4) ? AANGEMELD : WACHTLIJST;
				this.cContact[c] = -1;
				this.cAfgesloten[c] = -1;
			}
			else {
				this.cContact[c] = gemeld + wacht;
				int einde = gemeld + wacht + Math.min(duur, 400);
				this.cStatus[c] = (einde <= this.vandaag) ? AFGESLOTEN : IN_BEHANDELING;
				this.cAfgesloten[c] = (einde <= this.vandaag) ? einde : -1;
			}
		}
		int teams = this.omvang.teams();
		this.teamCasusStart = new int[teams + 1];
		for (int c = 0; c < n; c++) {
			this.teamCasusStart[this.cTeam[c] + 1]++;
		}
		for (int t = 0; t < teams; t++) {
			this.teamCasusStart[t + 1] += this.teamCasusStart[t];
		}
		this.teamCasussen = new int[n];
		int[] vul = this.teamCasusStart.clone();
		for (int c = 0; c < n; c++) {
			this.teamCasussen[vul[this.cTeam[c]]++] = c;
		}
	}

	/** The regievoerder of a case that got one: a wijkwerker of its team, 0 for none. */
	private int regie(int c) {
		if (this.cContact[c] < 0) {
			return 0;
		}
		return wijkwerker(this.cTeam[c], (int) ((this.cInwoner[c] * 7L + c) % (Omvang.PER_TEAM - 1)));
	}

	private int einde(int c) {
		return (this.cAfgesloten[c] >= 0) ? this.cAfgesloten[c] : this.vandaag;
	}

	private void inwoners(Connection c, Rapport rapport) {
		SplittableRandom r = random(4);
		int pc4PerTeam = Math.min(30, 8999 / this.omvang.teams());
		try (Kopie k = Kopie.naar(c, rapport, "inwoner",
				"id, bsn, voornaam, achternaam, geboortedatum, postcode, huisnummer, huisnummer_toevoeging, straat, "
						+ "woonplaats, telefoon, huisarts, aangemaakt_op")) {
			for (int i = 0; i < this.inwoners; i++) {
				int t = this.iTeam[i];
				int pc4 = 1000 + t * pc4PerTeam + r.nextInt(pc4PerTeam);
				String postcode = pc4 + " " + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
				int geboren = (int) LocalDate.of(1930, 1, 1).toEpochDay() + r.nextInt(33_000);
				k.veld(i + 1)
					.veld((r.nextInt(4) > 0) ? bsn(i + 1) : null)
					.tekst(this.voornamen[r.nextInt(this.voornamen.length)])
					.tekst(this.achternamen[r.nextInt(this.achternamen.length)])
					.veld(LocalDate.ofEpochDay(geboren).toString())
					.veld(postcode)
					.veld(1 + r.nextInt(250))
					.veld((r.nextInt(10) == 0) ? String.valueOf((char) ('A' + r.nextInt(4))) : null)
					.tekst(this.straten[r.nextInt(this.straten.length)])
					.tekst(this.plaatsen[(t % this.omvang.clusters()) % this.plaatsen.length])
					.veld("06 " + (10_000_000 + r.nextInt(89_999_999)))
					.tekst((r.nextInt(10) < 6)
							? "Huisartsenpraktijk " + this.achternamen[r.nextInt(this.achternamen.length)] : null)
					.veld(moment(this.iEerste[i], 8 * 3600 + r.nextInt(9 * 3600)))
					.rij();
			}
		}
	}

	/**
	 * A BSN that passes the 11-proef, unique per resident (the eight leading digits are
	 * the id shifted by the seed); null when the check digit would be 10.
	 */
	private String bsn(int inwoner) {
		long voorloop = 10_000_000L + Math.floorMod(inwoner + this.seed * 7919L, 89_999_999L);
		String cijfers = Long.toString(voorloop);
		int som = 0;
		for (int i = 0; i < 8; i++) {
			som += (9 - i) * (cijfers.charAt(i) - '0');
		}
		int laatste = som % 11;
		return (laatste < 10) ? cijfers + laatste : null;
	}

	private void casussen(Connection c, Rapport rapport) {
		SplittableRandom r = random(5);
		try (Kopie k = Kopie.naar(c, rapport, "casus",
				"id, inwoner_id, team_id, status, urgentie, kanaal, aanmelder, hulpvraag, domeinen, wmo_melding, "
						+ "gemeld_op, aangemeld_op, regievoerder_id, eerste_contact_op, afgesloten_op, afsluitreden, "
						+ "spoed_uitgesteld_reden, ontvangst_bevestigd_op, clientondersteuning_aangeboden, aanvraag_op, "
						+ "onderzoek_afgerond_op, beschikking_op, onderzoeksgesprek_op")) {
			for (int i = 0; i < this.omvang.casussen(); i++) {
				int gemeld = this.cGemeld[i];
				byte status = this.cStatus[i];
				int urgentie = r.nextInt(100);
				String urgentieNaam = (urgentie < 3) ? "SPOED" : (urgentie < 23) ? "HOOG" : "NORMAAL";
				String kanaal = KANALEN[kies(r, KANAAL_GEWICHT)];
				String aanmelder = switch (kanaal) {
					case "HUISARTS" -> "Huisartsenpraktijk " + this.achternamen[r.nextInt(this.achternamen.length)];
					case "KETENPARTNER" -> "Woningcorporatie";
					case "TELEFOON", "ONLINE" -> (r.nextBoolean()) ? "Inwoner zelf" : "Familie";
					default -> null;
				};
				String[] vraag = VRAGEN[this.cVraag[i]].split("\\|");
				boolean wmo = this.cWmo[i];
				int contact = this.cContact[i];
				int ontvangst = Math.min(gemeld + r.nextInt(4), this.vandaag);
				int onderzoek = -1;
				int aanvraag = -1;
				int beschikking = -1;
				if (wmo && contact >= 0) {
					onderzoek = Math.max(contact, gemeld + 14 + r.nextInt((r.nextInt(6) == 0) ? 50 : 28));
					if (onderzoek > Math.min(this.vandaag, einde(i))) {
						onderzoek = -1;
					}
					else if (r.nextInt(10) < 6) {
						aanvraag = Math.min(onderzoek + r.nextInt(6), this.vandaag);
						beschikking = aanvraag + 5 + r.nextInt(14);
						if (beschikking > this.vandaag || r.nextInt(10) < 2) {
							beschikking = -1;
						}
					}
				}
				k.veld(i + 1)
					.veld(this.cInwoner[i])
					.veld(this.cTeam[i] + 1)
					.veld(STATUS[status])
					.veld(urgentieNaam)
					.veld(kanaal)
					.tekst(aanmelder)
					.tekst(vraag[0])
					.veld("{" + vraag[1] + "}")
					.veld(wmo)
					.veld(dag(gemeld))
					.veld(moment(gemeld, 8 * 3600 + r.nextInt(9 * 3600)))
					.verwijzing(regie(i))
					.veld((contact >= 0) ? dag(contact) : null)
					.veld((status == AFGESLOTEN) ? dag(this.cAfgesloten[i]) : null)
					.veld((status == AFGESLOTEN) ? REDENEN[kies(r, REDEN_GEWICHT)] : null)
					.tekst((status == WACHTLIJST && urgentieNaam.equals("SPOED"))
							? "Tijdelijke ondersteuning via de huisarts; geen capaciteit" : null)
					.veld(wmo ? dag(ontvangst) : null)
					.veld(wmo ? ((r.nextInt(10) < 8) ? "t" : "f") : null)
					.veld((aanvraag >= 0) ? dag(aanvraag) : null)
					.veld((onderzoek >= 0) ? dag(onderzoek) : null)
					.veld((beschikking >= 0) ? dag(beschikking) : null)
					.veld((wmo && contact >= 0) ? dag(contact) : null)
					.rij();
			}
		}
	}

	private void tijdlijn(Connection c, Rapport rapport) {
		SplittableRandom r = random(6);
		try (Kopie k = Kopie.naar(c, rapport, "casus_gebeurtenis", "casus_id, op, door_gebruiker_id, soort, detail")) {
			for (int i = 0; i < this.omvang.casussen(); i++) {
				int t = this.cTeam[i];
				int gemeld = this.cGemeld[i];
				k.veld(i + 1)
					.veld(moment(gemeld, 9 * 3600 + r.nextInt(3600)))
					.veld(wijkwerker(t, r))
					.veld("aanmelding")
					.leeg()
					.rij();
				if (this.cStatus[i] == WACHTLIJST) {
					k.veld(i + 1)
						.veld(moment(Math.min(gemeld + 1, this.vandaag), 10 * 3600))
						.veld(manager(t))
						.veld("wachtlijst")
						.leeg()
						.rij();
				}
				int contact = this.cContact[i];
				if (contact >= 0) {
					int regie = regie(i);
					k.veld(i + 1)
						.veld(moment(contact, 8 * 3600 + r.nextInt(3600)))
						.veld(manager(t))
						.veld("toegewezen")
						.tekst(this.medewerkerNaam[regie])
						.rij();
					k.veld(i + 1)
						.veld(moment(contact, 11 * 3600 + r.nextInt(3600)))
						.veld(regie)
						.veld("contact")
						.leeg()
						.rij();
				}
				if (this.cStatus[i] == AFGESLOTEN) {
					k.veld(i + 1)
						.veld(moment(this.cAfgesloten[i], 15 * 3600 + r.nextInt(3600)))
						.veld(regie(i))
						.veld("afgesloten")
						.veld(REDENEN[kies(r, REDEN_GEWICHT)])
						.rij();
				}
			}
		}
	}

	/**
	 * The conversations of case i: the first on the day of first contact, the others
	 * spread until closure or today. Calls {@code gesprek} with (index, day); the same
	 * draws in every pass.
	 */
	private int aantalGesprekken(int i, SplittableRandom r) {
		if (this.cContact[i] < 0) {
			return 0;
		}
		// mean ~2.05 over the ~97% of cases with contact: ~2 conversations per case
		// overall
		return 1 + (int) (-Math.log(1 - r.nextDouble()) * 1.5);
	}

	private int gesprekDag(int i, int g, SplittableRandom r) {
		int contact = this.cContact[i];
		return (g == 0) ? contact : contact + r.nextInt(Math.max(1, einde(i) - contact + 1));
	}

	private void gesprekken(Connection c, Rapport rapport) {
		int id = 0;
		try (Kopie k = Kopie.naar(c, rapport, "gesprek",
				"id, casus_id, auteur_gebruiker_id, datum, locatie, deelnemers, verslag, behoeften, eigen_kracht, "
						+ "maatwerk_nodig, volgende_stap, mantelzorger_aanwezig, mantelzorger_naam, mantelzorger_relatie, "
						+ "ediz_score, vrijwilliger_gewenst, vermoeden_huiselijk_geweld, vastgelegd_op, "
						+ "verslag_verstuurd_op, verslag_verstuurd_via")) {
			for (int i = 0; i < this.omvang.casussen(); i++) {
				SplittableRandom r = random(7, i);
				int aantal = aantalGesprekken(i, r);
				this.cEersteGesprek[i] = id + 1;
				for (int g = 0; g < aantal; g++) {
					int dag = gesprekDag(i, g, r);
					boolean mantelzorger = r.nextInt(5) == 0;
					boolean verstuurd = r.nextBoolean();
					k.veld(++id)
						.veld(i + 1)
						.veld(regie(i))
						.veld(dag(dag))
						.veld(LOCATIES[r.nextInt(LOCATIES.length)])
						.veld(mantelzorger ? "{INWONER,MANTELZORGER}" : "{INWONER}")
						.tekst(VERSLAGEN[(g == 0) ? 0 : 1 + r.nextInt(VERSLAGEN.length - 1)])
						.tekst((g == 0) ? "Overzicht in de administratie en minder zorgen over geld." : null)
						.tekst((g == 0) ? "Kan zelf bellen en brieven lezen; dochter helpt wekelijks." : null)
						.veld((g == 0 && this.cWmo[i]) ? ((r.nextBoolean()) ? "JA" : "NEE") : null)
						.tekst("Over twee weken evalueren wat gelukt is.")
						.veld(mantelzorger)
						.tekst(mantelzorger ? this.voornamen[r.nextInt(this.voornamen.length)] : null)
						.tekst(mantelzorger ? "dochter" : null)
						.veld(mantelzorger ? String.valueOf(r.nextInt(16)) : null)
						.veld(r.nextInt(10) == 0)
						.veld(r.nextInt(200) == 0)
						.veld(moment(dag, 16 * 3600 + r.nextInt(7200)))
						.veld(verstuurd ? dag(Math.min(dag + 1, this.vandaag)) : null)
						.veld(verstuurd ? ((r.nextBoolean()) ? "EMAIL" : "POST") : null)
						.rij();
				}
			}
		}
	}

	private void zrmEnAfspraken(Connection c, Rapport rapport) {
		try (Kopie k = Kopie.naar(c, rapport, "gesprek_zrm", "gesprek_id, domein, score, doel")) {
			for (int i = 0; i < this.omvang.casussen(); i++) {
				SplittableRandom r = random(7, i);
				int aantal = aantalGesprekken(i, r);
				if (aantal == 0) {
					continue;
				}
				String[] domeinen = VRAGEN[this.cVraag[i]].split("\\|")[1].split(",");
				SplittableRandom z = random(8, i);
				for (String domein : domeinen) {
					int score = 1 + z.nextInt(3);
					k.veld(this.cEersteGesprek[i])
						.veld(domein)
						.veld(score)
						.veld(Math.min(5, score + 1 + z.nextInt(2)))
						.rij();
				}
				if (aantal > 1) {
					for (String domein : domeinen) {
						k.veld(this.cEersteGesprek[i] + aantal - 1).veld(domein).veld(2 + z.nextInt(4)).leeg().rij();
					}
				}
			}
		}
		SplittableRandom r = random(9);
		try (Kopie k = Kopie.naar(c, rapport, "afspraak",
				"casus_id, gesprek_id, omschrijving, wie, deadline, status, klaar_op, volgorde")) {
			for (int i = 0; i < this.omvang.casussen(); i++) {
				if (this.cContact[i] < 0) {
					continue;
				}
				int dag = this.cContact[i];
				int aantal = 1 + r.nextInt(2);
				for (int a = 0; a < aantal; a++) {
					int deadline = dag + 14 + r.nextInt(45);
					boolean klaar = this.cStatus[i] == AFGESLOTEN || (deadline < this.vandaag && r.nextInt(3) > 0);
					k.veld(i + 1)
						.veld(this.cEersteGesprek[i])
						.tekst((a == 0) ? "Aanmelding bij de schuldhulp samen invullen"
								: "Contact opnemen met de buurtkamer")
						.veld((a == 0) ? "WIJKWERKER" : "INWONER")
						.veld(dag(Math.min(deadline, this.vandaag + 59)))
						.veld(klaar ? "KLAAR" : "OPEN")
						.veld(klaar ? dag(Math.min(Math.min(deadline, einde(i)), this.vandaag)) : null)
						.veld(a)
						.rij();
				}
			}
		}
	}

	/**
	 * Referrals: 60% of the cases with contact, about 45% of them to an informal
	 * voorziening of the case's cluster, 2% to the Sociaal Stedelijk Team.
	 */
	private void verwijzingen(Connection c, Rapport rapport) {
		SplittableRandom r = random(10);
		String[] specialismen = { "VERSLAVINGSZORG", "GGZ", "HUISELIJK_GEWELD" };
		try (Kopie k = Kopie.naar(c, rapport, "verwijzing",
				"casus_id, voorziening_id, gesprek_id, reden, status, verstuurd_op, verstuurd_door, specialisme, "
						+ "sst_vraag, beantwoord_op, afwijsreden, afgerond_op, terugkoppeling, antwoord_gezien, "
						+ "beantwoord_door, afgerond_door")) {
			for (int i = 0; i < this.omvang.casussen(); i++) {
				if (this.cContact[i] < 0 || r.nextInt(10) >= 6) {
					continue;
				}
				int cl = this.cTeam[i] % this.omvang.clusters();
				int keuze = r.nextInt(100);
				boolean sst = keuze < 2;
				int voorziening = sst ? sst()
						: (keuze < 47) ? voorziening(cl, r.nextInt(4)) : voorziening(cl, 4 + r.nextInt(4));
				int verstuurd = this.cContact[i]
						+ r.nextInt(Math.max(1, Math.min(30, einde(i) - this.cContact[i] + 1)));
				int regie = regie(i);
				boolean open = this.cStatus[i] != AFGESLOTEN;
				int s = r.nextInt(100);
				String status = (open && s < 25) ? "VERSTUURD"
						: (s < 35) ? "AFGEWEZEN" : (open && s < 75) ? "GEACCEPTEERD" : "AFGEROND";
				int antwoord = Math.min(verstuurd + 1 + r.nextInt(10), this.vandaag);
				int afgerond = Math.min(antwoord + 10 + r.nextInt(60), this.vandaag);
				boolean beantwoord = !status.equals("VERSTUURD");
				boolean klaar = status.equals("AFGEROND");
				String specialisme = sst ? specialismen[r.nextInt(3)] : null;
				k.veld(i + 1)
					.veld(voorziening)
					.veld(this.cEersteGesprek[i])
					.tekst("Inwoner wil graag meer contact met buurtgenoten en hulp bij de administratie.")
					.veld(status)
					.veld(moment(verstuurd, 10 * 3600 + r.nextInt(6 * 3600)))
					.veld(regie)
					.veld(specialisme)
					.tekst(sst ? "Graag consultatie over de aanpak; de situatie is complex." : null)
					.veld(beantwoord ? moment(antwoord, 9 * 3600 + r.nextInt(8 * 3600)) : null)
					.tekst(status.equals("AFGEWEZEN") ? "Geen plek; wachtlijst van drie maanden." : null)
					.veld(klaar ? moment(afgerond, 9 * 3600 + r.nextInt(8 * 3600)) : null)
					.tekst(klaar ? "Inwoner komt wekelijks, het contact loopt goed." : null)
					.veld(!open || r.nextInt(10) > 0)
					.verwijzing(beantwoord ? regie : 0)
					.verwijzing(klaar ? regie : 0)
					.rij();
			}
		}
	}

	/**
	 * Two weekly spreekuren per team (inloop on Tuesday morning, administratief on
	 * Thursday afternoon) for three years and the next four weeks, one colleague on duty,
	 * and 0.5 visits per case spread over the past sessions in proportion to the team's
	 * weight.
	 */
	private void spreekuren(Connection c, Rapport rapport) {
		SplittableRandom r = random(11);
		int teams = this.omvang.teams();
		LocalDate van = LocalDate.ofEpochDay(this.begin);
		try (Kopie k = Kopie.naar(c, rapport, "spreekuur",
				"id, team_id, soort, locatie_naam, locatie_adres, weekdag, begintijd, eindtijd, geldig_van")) {
			for (int t = 0; t < teams; t++) {
				String adres = this.straten[r.nextInt(this.straten.length)] + " " + (1 + r.nextInt(150));
				k.veld(2 * t + 1)
					.veld(t + 1)
					.veld("INLOOP")
					.tekst("Buurthuis wijkteam " + (t + 1))
					.tekst(adres)
					.veld(2)
					.veld("09:00")
					.veld("12:00")
					.veld(van.toString())
					.rij();
				k.veld(2 * t + 2)
					.veld(t + 1)
					.veld("ADMINISTRATIEF")
					.tekst("Bibliotheek wijkteam " + (t + 1))
					.tekst(adres)
					.veld(4)
					.veld("13:30")
					.veld("15:30")
					.veld(van.toString())
					.rij();
			}
		}
		int eersteDinsdag = (int) van.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY))
			.toEpochDay();
		int weken = (this.vandaag + 28 - eersteDinsdag) / 7 + 1;
		int verleden = (this.vandaag - eersteDinsdag) / 7 + 1;
		try (Kopie k = Kopie.naar(c, rapport, "spreekuur_sessie",
				"id, spreekuur_id, datum, begintijd, eindtijd, begint_op, eindigt_op")) {
			int id = 0;
			for (int t = 0; t < teams; t++) {
				for (int w = 0; w < weken; w++) {
					int dinsdag = eersteDinsdag + 7 * w;
					k.veld(++id)
						.veld(2 * t + 1)
						.veld(dag(dinsdag))
						.veld("09:00")
						.veld("12:00")
						.veld(moment(dinsdag, 9 * 3600))
						.veld(moment(dinsdag, 12 * 3600))
						.rij();
					k.veld(++id)
						.veld(2 * t + 2)
						.veld(dag(dinsdag + 2))
						.veld("13:30")
						.veld("15:30")
						.veld(moment(dinsdag + 2, 13 * 3600 + 1800))
						.veld(moment(dinsdag + 2, 15 * 3600 + 1800))
						.rij();
				}
			}
		}
		// one COPY at a time per connection: the duty roster after its sessions
		try (Kopie d = Kopie.naar(c, rapport, "spreekuur_dienst", "sessie_id, medewerker_id")) {
			for (int id = 1; id <= 2 * teams * weken; id++) {
				d.veld(id).veld(wijkwerker((id - 1) / (2 * weken), r)).rij();
			}
		}
		try (Kopie k = Kopie.naar(c, rapport, "spreekuur_bezoek",
				"sessie_id, volgnummer, onderwerp, resultaat, duur_minuten, inwoner_id, casus_id, voorziening_id, "
						+ "geregistreerd_door, geregistreerd_op")) {
			for (int t = 0; t < teams; t++) {
				double perSessie = this.omvang.bezoeken() * this.teamGewicht[t] / (2.0 * verleden);
				int cl = t % this.omvang.clusters();
				for (int w = 0; w < verleden; w++) {
					for (int soort = 0; soort < 2; soort++) {
						int sessie = t * 2 * weken + 2 * w + soort + 1;
						int dagVanSessie = eersteDinsdag + 7 * w + 2 * soort;
						if (dagVanSessie > this.vandaag) {
							continue;
						}
						int aantal = (int) perSessie + ((r.nextDouble() < perSessie - (int) perSessie) ? 1 : 0);
						for (int v = 1; v <= aantal; v++) {
							String resultaat = RESULTATEN[kies(r, RESULTAAT_GEWICHT)];
							int casus = -1;
							if (r.nextInt(4) == 0 && this.teamCasusStart[t + 1] > this.teamCasusStart[t]) {
								casus = this.teamCasussen[this.teamCasusStart[t]
										+ r.nextInt(this.teamCasusStart[t + 1] - this.teamCasusStart[t])];
							}
							int start = (soort == 0) ? 9 * 3600 : 13 * 3600 + 1800;
							k.veld(sessie)
								.veld(v)
								.veld(ONDERWERPEN[kies(r, ONDERWERP_GEWICHT)])
								.veld(resultaat)
								.veld(5 + r.nextInt(40))
								.verwijzing((casus >= 0) ? this.cInwoner[casus] : 0)
								.verwijzing((casus >= 0 && r.nextBoolean()) ? casus + 1 : 0)
								.verwijzing(resultaat.equals("DOORVERWEZEN")
										? voorziening(cl, r.nextInt(VOORZIENINGEN_PER_CLUSTER)) : 0)
								.veld(wijkwerker(t, r))
								.veld(moment(dagVanSessie, start + Math.min(v * 300, 3 * 3600 - 60)))
								.rij();
						}
					}
				}
			}
		}
	}

	/**
	 * Maatwerkbudget per team and year (larger for busier teams) and spendings on about
	 * 3% of the cases with contact.
	 */
	private void budget(Connection c, Rapport rapport) {
		SplittableRandom r = random(12);
		int jaarNu = LocalDate.ofEpochDay(this.vandaag).getYear();
		try (Kopie k = Kopie.naar(c, rapport, "maatwerkbudget",
				"team_id, jaar, bedrag, gewijzigd_door, gewijzigd_op")) {
			for (int t = 0; t < this.omvang.teams(); t++) {
				long bedrag = 20_000 + Math.round(this.teamGewicht[t] * this.omvang.teams() * 30_000);
				for (int jaar = jaarNu - 3; jaar <= jaarNu; jaar++) {
					k.veld(t + 1)
						.veld(jaar)
						.veld(bedrag)
						.veld(gemeente())
						.veld(LocalDate.of(jaar - 1, 12, 15) + " 10:00:00")
						.rij();
				}
			}
		}
		try (Kopie k = Kopie.naar(c, rapport, "maatwerk_uitgave",
				"casus_id, team_id, bedrag, categorie, datum, reden, geregistreerd_door, geregistreerd_op")) {
			for (int i = 0; i < this.omvang.casussen(); i++) {
				if (this.cContact[i] < 0 || r.nextInt(100) >= 3) {
					continue;
				}
				int dag = this.cContact[i] + r.nextInt(Math.max(1, einde(i) - this.cContact[i] + 1));
				k.veld(i + 1)
					.veld(this.cTeam[i] + 1)
					.veld((50 + r.nextInt(2450)) + ".00")
					.veld(CATEGORIEEN[r.nextInt(CATEGORIEEN.length)])
					.veld(dag(dag))
					.tekst("Eenmalige bijdrage om escalatie te voorkomen")
					.veld(regie(i))
					.veld(moment(dag, 14 * 3600))
					.rij();
			}
		}
	}

	/**
	 * Ten access-log rows per case on average (5–15), by colleagues of the case's team
	 * between report and closure; one in 500 a DENIED attempt from another team.
	 */
	private void toegangslog(Connection c, Rapport rapport) {
		SplittableRandom r = random(13);
		int[] gewicht = new int[LOG.length];
		for (int i = 0; i < LOG.length; i++) {
			gewicht[i] = Integer.parseInt(LOG[i][2]);
		}
		try (Kopie k = Kopie.naar(c, rapport, "toegangslog",
				"tijdstip, gebruiker_id, gebruikersnaam, rol, actie, gebeurtenis, inwoner_id, casus_id, resultaat, ip")) {
			for (int i = 0; i < this.omvang.casussen(); i++) {
				int t = this.cTeam[i];
				int gemeld = this.cGemeld[i];
				int duur = einde(i) - gemeld + 1;
				int regie = regie(i);
				int aantal = 5 + r.nextInt(11);
				for (int a = 0; a < aantal; a++) {
					boolean geweigerd = r.nextInt(500) == 0;
					int door;
					String gebeurtenis;
					String actie;
					if (a == 0) {
						door = wijkwerker(t, r);
						gebeurtenis = "AANMELDING_GEREGISTREERD";
						actie = "C";
					}
					else {
						door = geweigerd ? wijkwerker((t + 1) % this.omvang.teams(), r)
								: (regie > 0 && r.nextInt(10) < 7) ? regie
										: (r.nextInt(10) == 0) ? manager(t) : wijkwerker(t, r);
						String[] soort = LOG[kies(r, gewicht)];
						gebeurtenis = soort[0];
						actie = soort[1];
					}
					int dag = (a == 0) ? gemeld : gemeld + r.nextInt(duur);
					boolean manager = door == manager(door > 0 ? (door - 1) / Omvang.PER_TEAM : 0);
					k.veld(moment(dag, 8 * 3600 + r.nextInt(10 * 3600)))
						.veld(door)
						.veld(this.gebruikersnaam[door])
						.veld(manager ? "WIJKTEAMMANAGER" : "WIJKWERKER")
						.veld(actie)
						.veld(gebeurtenis)
						.veld(this.cInwoner[i])
						.veld(i + 1)
						.veld(geweigerd ? "DENIED" : "OK")
						.veld("10." + (t % 250) + "." + r.nextInt(250) + "." + (1 + r.nextInt(250)))
						.rij();
				}
			}
		}
	}

	/** Sets every identity sequence past the highest id loaded. */
	static void zetReeksen(Connection c) throws SQLException {
		List<String[]> reeksen = new ArrayList<>();
		try (Statement st = c.createStatement();
				var rs = st.executeQuery("select table_name, column_name from information_schema.columns "
						+ "where table_schema = current_schema() and is_identity = 'YES'")) {
			while (rs.next()) {
				reeksen.add(new String[] { rs.getString(1), rs.getString(2) });
			}
		}
		try (Statement st = c.createStatement()) {
			for (String[] reeks : reeksen) {
				st.execute("select setval(pg_get_serial_sequence('" + reeks[0] + "', '" + reeks[1] + "'), "
						+ "coalesce((select max(" + reeks[1] + ") from " + reeks[0] + "), 0) + 1, false)");
			}
		}
	}

}
