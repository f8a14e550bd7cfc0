package nl.wijkdossier.casus;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.inwoner.InwonerGegevens;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.organisatie.OrganisatieBeheer.MedewerkerGegevens;
import nl.wijkdossier.organisatie.OrganisatieBeheer.TeamGegevens;
import nl.wijkdossier.shared.Bsn;
import nl.wijkdossier.shared.Postcode;
import nl.wijkdossier.shared.ZrmDomein;

/**
 * Object mother for residents and cases, beside the demo city all tests share. Residents
 * get unique names, BSNs and addresses; cases are inserted as SQL rows in whatever state
 * a test needs. Fresh teams (in a fresh cluster, on PC4s far from the demo city) give a
 * test a wachtlijst that nobody else writes to.
 */
public final class CasusFixtures {

	/** PC4s far from the demo city (1311–1364) and from OrganisatieFixture (7000+). */
	private static final AtomicInteger VRIJE_PC4 = new AtomicInteger(8000);

	private static final Random RANDOM = new Random();

	/** No S: PostNL does not issue SA, SD and SS. */
	private static final String EERSTE_LETTER = "ABCDEFGHJKLMNPRTUVWXYZ";

	private final JdbcClient jdbc;

	private final Inwoners inwoners;

	private final OrganisatieBeheer beheer;

	public CasusFixtures(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer) {
		this.jdbc = jdbc;
		this.inwoners = inwoners;
		this.beheer = beheer;
	}

	/** A surname nobody else has: "Kwartelmeer" plus six random letters. */
	public static String uniekeAchternaam() {
		StringBuilder naam = new StringBuilder("Kwartelmeer");
		for (int i = 0; i < 6; i++) {
			naam.append((char) ('a' + RANDOM.nextInt(26)));
		}
		return naam.toString();
	}

	/** A random BSN that passes the 11-proef. */
	public static String bsn() {
		while (true) {
			int[] cijfers = new int[9];
			cijfers[0] = 1 + RANDOM.nextInt(9);
			int som = 9 * cijfers[0];
			for (int i = 1; i < 8; i++) {
				cijfers[i] = RANDOM.nextInt(10);
				som += (9 - i) * cijfers[i];
			}
			int laatste = som % 11;
			if (laatste < 10) {
				cijfers[8] = laatste;
				StringBuilder bsn = new StringBuilder();
				Arrays.stream(cijfers).forEach(bsn::append);
				if (Bsn.isGeldig(bsn.toString())) {
					return bsn.toString();
				}
			}
		}
	}

	public Inwoner inwoner() {
		return inwoner("Fenna", uniekeAchternaam());
	}

	public Inwoner inwoner(String voornaam, String achternaam) {
		LocalDate geboortedatum = LocalDate.of(1925 + RANDOM.nextInt(80), 1 + RANDOM.nextInt(12),
				1 + RANDOM.nextInt(28));
		String postcode = "1311 " + EERSTE_LETTER.charAt(RANDOM.nextInt(EERSTE_LETTER.length()))
				+ (char) ('A' + RANDOM.nextInt(26));
		int huisnummer = 1000 + RANDOM.nextInt(98_000);
		String bsn = bsn();
		long id = this.inwoners.registreer(new InwonerGegevens(new Bsn(bsn), voornaam, achternaam, geboortedatum,
				new Postcode(postcode), huisnummer, null, "Kemphaanpad", "Polderstad", null, null));
		return new Inwoner(id, voornaam, achternaam, geboortedatum, postcode, huisnummer, bsn);
	}

	/**
	 * A waiting case (AANGEMELD) for a team: change it with the builder before
	 * {@code opslaan()}.
	 */
	public CasusBouwer casus(long inwonerId, long teamId) {
		return new CasusBouwer(inwonerId, teamId);
	}

	/** The team of a demo or test account's medewerker. */
	public long teamVan(String gebruikersnaam) {
		return this.jdbc.sql("""
				select m.team_id from medewerker m join gebruiker g on g.id = m.gebruiker_id
				where g.gebruikersnaam = ?
				""").param(gebruikersnaam).query(Long.class).single();
	}

	public long medewerkerVan(String gebruikersnaam) {
		return this.jdbc.sql("""
				select m.id from medewerker m join gebruiker g on g.id = m.gebruiker_id
				where g.gebruikersnaam = ?
				""").param(gebruikersnaam).query(Long.class).single();
	}

	public String status(long casusId) {
		return this.jdbc.sql("select status from casus where id = ?").param(casusId).query(String.class).single();
	}

	public Long regievoerder(long casusId) {
		return this.jdbc.sql("select regievoerder_id from casus where id = ?")
			.param(casusId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	public int tijdlijnRegels(long casusId, String soort) {
		return this.jdbc.sql("select count(*) from casus_gebeurtenis where casus_id = ? and soort = ?")
			.params(casusId, soort)
			.query(Integer.class)
			.single();
	}

	public int logRegels(String gebeurtenis, String gebruikersnaam, Long casusId, String resultaat) {
		return this.jdbc.sql("""
				select count(*) from toegangslog
				where gebeurtenis = :gebeurtenis and gebruikersnaam = :naam
				  and (cast(:casus as bigint) is null or casus_id = :casus) and resultaat = :resultaat
				""")
			.param("gebeurtenis", gebeurtenis)
			.param("naam", gebruikersnaam)
			.param("casus", casusId)
			.param("resultaat", resultaat)
			.query(Integer.class)
			.single();
	}

	/**
	 * A new cluster with one new team; the team's wijkwerkers are added with
	 * {@link #wijkwerker}.
	 */
	public NieuwTeam nieuwTeam() {
		long partner = this.beheer.nieuwePartner(uniek("Partner"));
		long cluster = this.beheer.nieuwCluster(uniek("Cluster"));
		return new NieuwTeam(partner, cluster, team(cluster, null));
	}

	public long team(long clusterId, Long managerId) {
		return this.beheer.nieuwTeam(new TeamGegevens(uniek("Wijkteam"), clusterId, null, null, managerId,
				Set.of(String.valueOf(VRIJE_PC4.getAndIncrement()))));
	}

	/** A wijkwerker with the demo password; returns her user name. */
	public String wijkwerker(long partnerId, long teamId) {
		return medewerker(partnerId, teamId, Rol.WIJKWERKER);
	}

	public String manager(long partnerId) {
		return medewerker(partnerId, null, Rol.WIJKTEAMMANAGER);
	}

	private String medewerker(long partnerId, Long teamId, Rol rol) {
		String naam = "c-" + UUID.randomUUID().toString().substring(0, 8);
		String hash = this.jdbc.sql("select wachtwoord_hash from gebruiker where gebruikersnaam = 'wijkwerker'")
			.query(String.class)
			.single();
		this.beheer.nieuweMedewerker(new MedewerkerGegevens("Test", naam, naam + "@test.example", partnerId, teamId,
				BigDecimal.valueOf(32), null), naam, rol, hash);
		return naam;
	}

	private static String uniek(String begin) {
		return begin + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	public record Inwoner(long id, String voornaam, String achternaam, LocalDate geboortedatum, String postcode,
			int huisnummer, String bsn) {

		public String naam() {
			return this.voornaam + " " + this.achternaam;
		}

	}

	public record NieuwTeam(long partnerId, long clusterId, long teamId) {
	}

	/**
	 * Builds one casus row; defaults: AANGEMELD, NORMAAL, melded today, no Wmo, no
	 * contact.
	 */
	public final class CasusBouwer {

		private final long inwonerId;

		private final long teamId;

		private String status = "AANGEMELD";

		private Urgentie urgentie = Urgentie.NORMAAL;

		private LocalDate gemeldOp = LocalDate.now(nl.wijkdossier.shared.ClockConfiguration.ZONE);

		private LocalDate eersteContactOp;

		private boolean wmo;

		private Long regievoerderId;

		private ZrmDomein[] domeinen = { ZrmDomein.FINANCIEN };

		private CasusBouwer(long inwonerId, long teamId) {
			this.inwonerId = inwonerId;
			this.teamId = teamId;
		}

		public CasusBouwer urgentie(Urgentie urgentie) {
			this.urgentie = urgentie;
			return this;
		}

		public CasusBouwer dagenGeleden(int dagen) {
			this.gemeldOp = LocalDate.now(nl.wijkdossier.shared.ClockConfiguration.ZONE).minusDays(dagen);
			return this;
		}

		public CasusBouwer opWachtlijst() {
			this.status = "WACHTLIJST";
			return this;
		}

		public CasusBouwer inBehandeling(long regievoerderId) {
			this.status = "IN_BEHANDELING";
			this.regievoerderId = regievoerderId;
			return this;
		}

		public CasusBouwer contactOp(LocalDate op) {
			this.eersteContactOp = op;
			return this;
		}

		public CasusBouwer wmo() {
			this.wmo = true;
			return this;
		}

		public CasusBouwer domeinen(ZrmDomein... domeinen) {
			this.domeinen = domeinen;
			return this;
		}

		public long opslaan() {
			return CasusFixtures.this.jdbc.sql("""
					insert into casus (inwoner_id, team_id, status, urgentie, kanaal, aanmelder, hulpvraag, domeinen,
					                   wmo_melding, gemeld_op, aangemeld_op, regievoerder_id, eerste_contact_op)
					values (:inwoner, :team, :status, :urgentie, 'TELEFOON', 'testfixture', 'Hulp bij post en schulden',
					        cast(:domeinen as varchar(40)[]), :wmo, :gemeldOp, :aangemeldOp, :regievoerder, :contact)
					returning id
					""")
				.param("inwoner", this.inwonerId)
				.param("team", this.teamId)
				.param("status", this.status)
				.param("urgentie", this.urgentie.name())
				.param("domeinen", Arrays.stream(this.domeinen).map(ZrmDomein::name).toArray(String[]::new))
				.param("wmo", this.wmo)
				.param("gemeldOp", Date.valueOf(this.gemeldOp))
				.param("aangemeldOp", java.sql.Timestamp.from(Instant.now()))
				.param("regievoerder", this.regievoerderId)
				.param("contact", (this.eersteContactOp != null) ? Date.valueOf(this.eersteContactOp) : null)
				.query(Long.class)
				.single();
		}

	}

}
