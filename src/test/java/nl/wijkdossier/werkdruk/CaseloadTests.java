package nl.wijkdossier.werkdruk;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.wijkdossier.casus.Urgentie;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.shared.NietGevondenException;
import nl.wijkdossier.test.VerstelbareKlok;
import nl.wijkdossier.werkdruk.WerkdrukFixture.Medewerker;
import nl.wijkdossier.werkdruk.WerkdrukFixture.Team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The caseload against teams of its own: counts per status, FTE and norm, the month's
 * boundaries in Europe/Amsterdam (the clock is moved across midnight at a month end),
 * agreements and Wmo terms, regievoerders from outside the team, absence, the manager's
 * attention list and a wijkwerker's own figures.
 */
@SpringBootTest
@Import(VerstelbareKlok.Configuratie.class)
class CaseloadTests {

	private static final VerstelbareKlok KLOK = VerstelbareKlok.KLOK;

	private final Caseload caseload;

	private final Aandacht aandacht;

	private final Normen normen;

	private final WerkdrukFixture fixture;

	@Autowired
	CaseloadTests(Caseload caseload, Aandacht aandacht, Normen normen, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer, UserDetailsService gebruikers) {
		this.caseload = caseload;
		this.aandacht = aandacht;
		this.normen = normen;
		this.fixture = new WerkdrukFixture(jdbc, inwoners, beheer, gebruikers);
	}

	@AfterEach
	void klokTerug() {
		KLOK.zet(Instant.now());
	}

	@Test
	void countsActiveCasesByStatusPerFteAgainstTheDefaultOrTheTeamsOwnNorm() {
		Team team = this.fixture.team();
		Medewerker anna = this.fixture.wijkwerker(team, "28");
		Medewerker bram = this.fixture.wijkwerker(team, "36");
		for (int i = 0; i < 6; i++) {
			this.fixture.inBehandeling(team, anna);
		}
		this.fixture.zetStatus(this.fixture.inBehandeling(team, anna), "AANGEMELD");
		this.fixture.sluitAf(this.fixture.inBehandeling(team, anna), vandaag().minusMonths(2));
		this.fixture.inBehandeling(team, bram);
		this.fixture.inBehandeling(team, bram);
		this.fixture.wachtend(team, 10, Urgentie.NORMAAL, false);
		this.fixture.wachtend(team, 20, Urgentie.SPOED, false);
		this.fixture.wachtend(team, 40, Urgentie.NORMAAL, true);

		Caseload.Overzicht overzicht = this.caseload.vanTeams(this.fixture.als(team.manager()));
		Caseload.Regel a = regel(overzicht, anna);
		assertThat(a.cijfers().inBehandeling()).isEqualTo(6);
		assertThat(a.cijfers().aangemeld()).isEqualTo(1);
		assertThat(a.cijfers().actief()).as("a closed case is no longer active").isEqualTo(7);
		assertThat(a.fte()).isEqualByComparingTo("0.78");
		assertThat(a.perFte()).as("7 × 36 / 28").isEqualByComparingTo("9.0");
		assertThat(a.norm().standaard()).isTrue();
		assertThat(a.norm().casussenPerFte()).isEqualByComparingTo(this.caseload.standaardNorm());
		assertThat(a.isBovenNorm()).as("exactly on the default norm of 9").isFalse();
		assertThat(regel(overzicht, bram).perFte()).isEqualByComparingTo("2.0");

		Caseload.TeamRegel t = overzicht.teams().get(0);
		assertThat(t.medewerkers()).isEqualTo(2);
		assertThat(t.fte()).isEqualByComparingTo("1.78");
		assertThat(t.cijfers().actief()).isEqualTo(9);
		assertThat(t.perFte()).as("9 × 36 / 64").isEqualByComparingTo("5.1");
		assertThat(t.wachtlijst().aantal()).as("as on /wachtlijst: Anna's aangemelde case too").isEqualTo(4);
		assertThat(t.wachtlijst().langsteWachtDagen()).isEqualTo(40);
		assertThat(t.wachtlijst().inGevaarZonderRegie()).as("the Wmo melding of 40 days ago").isEqualTo(1);
		assertThat(overzicht.termijnenInGevaar()).isEqualTo(1);

		this.normen.zet(this.fixture.als(team.manager()), team.id(), null, new BigDecimal("6.0"));
		overzicht = this.caseload.vanTeams(this.fixture.als(team.manager()));
		assertThat(regel(overzicht, anna).norm().standaard()).isFalse();
		assertThat(regel(overzicht, anna).isBovenNorm()).as("9.0 above the team's own 6.0").isTrue();
		assertThat(regel(overzicht, bram).isBovenNorm()).isFalse();
		assertThat(overzicht.bovenNorm()).extracting(Caseload.Regel::medewerkerId).containsExactly(anna.id());
	}

	@Test
	void newAndClosedThisMonthFollowTheMonthInAmsterdamToTheSecond() {
		Team team = this.fixture.team();
		Medewerker anna = this.fixture.wijkwerker(team, "36");
		long maartRegie = this.fixture.inBehandeling(team, anna);
		this.fixture.regieRegel(maartRegie, "toegewezen", Instant.parse("2026-03-31T21:59:59Z"), team);
		long aprilRegie = this.fixture.inBehandeling(team, anna);
		this.fixture.regieRegel(aprilRegie, "opgepakt", Instant.parse("2026-03-31T22:00:00Z"), team);
		long overgedragen = this.fixture.inBehandeling(team, anna);
		this.fixture.regieRegel(overgedragen, "toegewezen", Instant.parse("2026-02-10T09:00:00Z"), team);
		this.fixture.regieRegel(overgedragen, "regieOvergedragen", Instant.parse("2026-03-02T09:00:00Z"), team);
		long maartDicht = this.fixture.inBehandeling(team, anna);
		this.fixture.sluitAf(maartDicht, LocalDate.of(2026, 3, 31));
		long aprilDicht = this.fixture.inBehandeling(team, anna);
		this.fixture.sluitAf(aprilDicht, LocalDate.of(2026, 4, 1));
		long ouder = this.fixture.inBehandeling(team, anna);
		this.fixture.sluitAf(ouder, LocalDate.of(2026, 2, 28));
		this.fixture.regieRegel(ouder, "toegewezen", Instant.parse("2026-03-01T08:00:00Z"), team);

		KLOK.zet(LocalDateTime.of(2026, 3, 31, 23, 30));
		Caseload.Regel maart = regel(this.caseload.vanTeams(this.fixture.als(team.manager())), anna);
		assertThat(maart.cijfers().nieuw())
			.as("23:59:59 on 31 March, the transfer of 2 March; not the case closed in February")
			.isEqualTo(2);
		assertThat(maart.cijfers().afgesloten()).as("closed on 31 March").isEqualTo(1);

		KLOK.zet(LocalDateTime.of(2026, 4, 1, 0, 30));
		Caseload.Regel april = regel(this.caseload.vanTeams(this.fixture.als(team.manager())), anna);
		assertThat(april.cijfers().nieuw()).as("midnight on 1 April in Amsterdam is 22:00 UTC").isEqualTo(1);
		assertThat(april.cijfers().afgesloten()).as("closed on 1 April").isEqualTo(1);
		assertThat(april.cijfers().actief()).isEqualTo(3);
	}

	@Test
	void overdueAgreementsAndWmoTermsAtRiskCountOnlyOnActiveCases() {
		Team team = this.fixture.team();
		Medewerker anna = this.fixture.wijkwerker(team, "32");
		LocalDate vandaag = vandaag();
		long casus = this.fixture.inBehandeling(team, anna);
		this.fixture.afspraak(casus, vandaag.minusDays(1), false);
		this.fixture.afspraak(casus, vandaag.minusDays(30), false);
		this.fixture.afspraak(casus, vandaag, false);
		this.fixture.afspraak(casus, vandaag.minusDays(1), true);
		long gesloten = this.fixture.inBehandeling(team, anna);
		this.fixture.afspraak(gesloten, vandaag.minusDays(1), false);
		this.fixture.sluitAf(gesloten, vandaag);
		this.fixture.wmoInBehandeling(team, anna, 40);
		this.fixture.wmoInBehandeling(team, anna, 10);
		long gewmoGesloten = this.fixture.wmoInBehandeling(team, anna, 50);
		this.fixture.sluitAf(gewmoGesloten, vandaag);

		Caseload.Regel a = regel(this.caseload.vanTeams(this.fixture.als(team.manager())), anna);
		assertThat(a.cijfers().afsprakenTeLaat()).as("open and before today, on an active case").isEqualTo(2);
		assertThat(a.cijfers().termijnenInGevaar()).as("onderzoek due in 2 days; not in 32, not when closed")
			.isEqualTo(1);
		assertThat(a.cijfers().afgesloten()).isEqualTo(2);
	}

	@Test
	void casesOfTheTeamWithARegievoerderFromElsewhereGetARowOfTheirOwn() {
		Team team = this.fixture.team();
		Team ander = this.fixture.ander(team, false);
		Medewerker anna = this.fixture.wijkwerker(team, "36");
		Medewerker collega = this.fixture.wijkwerker(ander, "36");
		Medewerker vertrokken = this.fixture.wijkwerker(team, "24");
		this.fixture.inBehandeling(team, anna);
		this.fixture.inBehandeling(ander, anna);
		this.fixture.inBehandeling(team, collega);
		this.fixture.inBehandeling(team, collega);
		this.fixture.inBehandeling(ander, collega);
		this.fixture.inBehandeling(team, vertrokken);
		this.fixture.deactiveer(vertrokken);

		Caseload.Overzicht overzicht = this.caseload.vanTeams(this.fixture.als(team.manager()));
		assertThat(regel(overzicht, anna).cijfers().actief()).as("her workload includes the other team's case")
			.isEqualTo(2);
		Caseload.Regel c = regel(overzicht, collega);
		assertThat(c.positie()).isEqualTo(Caseload.Positie.ANDER_TEAM);
		assertThat(c.cijfers().actief()).as("only her cases of this manager's team").isEqualTo(2);
		assertThat(c.perFte()).isNull();
		assertThat(c.eigenTeamNaam()).isNotBlank();
		Caseload.Regel v = regel(overzicht, vertrokken);
		assertThat(v.positie()).isEqualTo(Caseload.Positie.NIET_ACTIEF);
		assertThat(v.cijfers().actief()).isEqualTo(1);
		Caseload.TeamRegel t = overzicht.teams().get(0);
		assertThat(t.medewerkers()).isEqualTo(1);
		assertThat(t.cijfers().actief()).as("nothing disappears from the team's totals").isEqualTo(5);
		assertThat(t.actiefBijMedewerkers()).isEqualTo(2);
		assertThat(t.perFte()).isEqualByComparingTo("2.0");
	}

	@Test
	void theAttentionListNamesColleaguesAndCountsButNoResident() {
		Team team = this.fixture.team();
		Medewerker anna = this.fixture.wijkwerker(team, "20");
		Medewerker bram = this.fixture.wijkwerker(team, "36");
		Medewerker carla = this.fixture.wijkwerker(team, "36");
		for (int i = 0; i < 4; i++) {
			this.fixture.inBehandeling(team, anna, 90);
		}
		long opgepakt = this.fixture.inBehandeling(team, bram, 2);
		this.fixture.regieRegel(opgepakt, "opgepakt", Instant.now().minusSeconds(3600), team);
		this.fixture.wachtend(team, 1, Urgentie.SPOED, false);
		this.fixture.wachtend(team, 5, Urgentie.NORMAAL, false);
		this.fixture.wachtend(team, 60, Urgentie.NORMAAL, true);
		this.fixture.afwezig(team, anna, "ZIEKTE", vandaag(), null);
		this.fixture.afwezig(team, bram, "VAKANTIE", vandaag(), carla);

		Aandacht.Lijst lijst = this.aandacht.voor(this.fixture.als(team.manager()));
		assertThat(lijst.isLeeg()).isFalse();
		assertThat(lijst.spoed()).singleElement().satisfies((s) -> {
			assertThat(s.teamId()).isEqualTo(team.id());
			assertThat(s.aantal()).isEqualTo(1);
		});
		assertThat(lijst.termijnenInGevaar()).as("the Wmo melding waiting 60 days").isEqualTo(1);
		assertThat(lijst.afwezigZonderBezetting()).extracting(Caseload.Regel::medewerkerId)
			.as("Bram is covered by Carla")
			.containsExactly(anna.id());
		assertThat(lijst.bovenNorm()).extracting(Caseload.Regel::medewerkerId)
			.as("4 × 36 / 20 = 7.2 is not above 9; nobody is")
			.isEmpty();
		assertThat(lijst.groei()).singleElement().satisfies((g) -> {
			assertThat(g.erbij()).as("melded in the last 4 weeks, Bram's case too").isEqualTo(3);
			assertThat(g.eraf()).as("the case Bram picked up today").isEqualTo(1);
			assertThat(g.wachtendNu()).isEqualTo(3);
		});
		Caseload.Regel b = regel(this.caseload.vanTeams(this.fixture.als(team.manager())), bram);
		assertThat(b.afwezig().soort().name()).isEqualTo("VAKANTIE");
		assertThat(b.afwezig().invallerId()).isEqualTo(carla.id());

		this.normen.zet(this.fixture.als(team.manager()), team.id(), null, new BigDecimal("7"));
		assertThat(this.aandacht.voor(this.fixture.als(team.manager())).bovenNorm())
			.extracting(Caseload.Regel::medewerkerId)
			.containsExactly(anna.id());
	}

	@Test
	void aCalmTeamNeedsNoAttention() {
		Team team = this.fixture.team();
		Medewerker anna = this.fixture.wijkwerker(team, "36");
		long casus = this.fixture.inBehandeling(team, anna, 60);
		this.fixture.regieRegel(casus, "opgepakt", Instant.now().minusSeconds(59L * 24 * 3600), team);

		assertThat(this.aandacht.voor(this.fixture.als(team.manager())).isLeeg()).isTrue();
		assertThat(this.aandacht.voor(this.fixture.als(anna.gebruikersnaam())).isLeeg())
			.as("a wijkwerker steers no teams")
			.isTrue();
	}

	@Test
	void aWijkwerkerGetsHerOwnFiguresOnlyAndAManagerOnlyHisOwnTeamsNorm() {
		Team team = this.fixture.team();
		Medewerker anna = this.fixture.wijkwerker(team, "24");
		Medewerker bram = this.fixture.wijkwerker(team, "36");
		for (int i = 0; i < 3; i++) {
			this.fixture.inBehandeling(team, anna);
		}
		for (int i = 0; i < 8; i++) {
			this.fixture.inBehandeling(team, bram);
		}
		Caseload.MijnCijfers mijn = this.caseload.vanMij(this.fixture.als(anna.gebruikersnaam())).orElseThrow();
		assertThat(mijn.regel().medewerkerId()).isEqualTo(anna.id());
		assertThat(mijn.regel().cijfers().actief()).isEqualTo(3);
		assertThat(mijn.regel().perFte()).isEqualByComparingTo("4.5");
		assertThat(this.caseload.vanMij(this.fixture.als(team.manager()))).isEmpty();
		assertThat(this.caseload.vanTeams(this.fixture.als(anna.gebruikersnaam())).isLeeg())
			.as("a wijkwerker steers no teams")
			.isTrue();

		Team ander = this.fixture.team();
		assertThatThrownBy(() -> this.normen.zet(this.fixture.als(ander.manager()), team.id(), null, BigDecimal.TEN))
			.isInstanceOf(NietGevondenException.class);
		assertThatThrownBy(
				() -> this.normen.zet(this.fixture.als(anna.gebruikersnaam()), team.id(), null, BigDecimal.TEN))
			.isInstanceOf(NietGevondenException.class);
	}

	private static Caseload.Regel regel(Caseload.Overzicht overzicht, Medewerker medewerker) {
		return overzicht.regels()
			.stream()
			.filter((r) -> r.medewerkerId() == medewerker.id())
			.findFirst()
			.orElseThrow(() -> new AssertionError("geen regel voor " + medewerker));
	}

	private static LocalDate vandaag() {
		return LocalDate.ofInstant(KLOK.instant(), ClockConfiguration.ZONE);
	}

}
