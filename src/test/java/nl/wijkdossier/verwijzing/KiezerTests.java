package nl.wijkdossier.verwijzing;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.verwijzing.Kiezer.Band;
import nl.wijkdossier.verwijzing.Kiezer.Keuze;
import nl.wijkdossier.verwijzing.SocialeKaart.VoorzieningGegevens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The picker puts what is near and informal first: the case's own neighbourhood, then its
 * cluster, then the whole city, informal before professional within each; inactive
 * entries and those of other neighbourhoods are not offered (the latter only when
 * searched for by name, last).
 */
@SpringBootTest
class KiezerTests {

	private final Kiezer kiezer;

	private final SocialeKaart kaart;

	private final CasusFixtures fixtures;

	private final String code = UUID.randomUUID().toString().substring(0, 8);

	private long team;

	private long buurTeam;

	private long cluster;

	@Autowired
	KiezerTests(Kiezer kiezer, SocialeKaart kaart, JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer) {
		this.kiezer = kiezer;
		this.kaart = kaart;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
	}

	@BeforeEach
	void kaart() {
		CasusFixtures.NieuwTeam nieuw = this.fixtures.nieuwTeam();
		this.team = nieuw.teamId();
		this.cluster = nieuw.clusterId();
		this.buurTeam = this.fixtures.team(this.cluster, null);
	}

	private long voorziening(String naam, VoorzieningSoort soort, List<Long> teams, List<Long> clusters) {
		return this.kaart.nieuw(new VoorzieningGegevens(naam + " " + this.code, soort, "Omschrijving " + this.code,
				null, null, null, null, teams, clusters));
	}

	private List<Keuze> mijnKeuzes(VoorzieningSoort soort, String tekst) {
		return this.kiezer.keuzes(this.team, soort, tekst, null)
			.lijst()
			.stream()
			.filter((k) -> k.naam().endsWith(this.code))
			.toList();
	}

	@Test
	void anInformalEntryOfTheOwnNeighbourhoodComesBeforeClusterAndCityEntries() {
		long stadProfessioneel = voorziening("Aaa Thuisbegeleiding", VoorzieningSoort.MAATWERKVOORZIENING, List.of(),
				List.of());
		long clusterInformeel = voorziening("Aab Beweeggroep", VoorzieningSoort.GROEPSACTIVITEIT, List.of(),
				List.of(this.cluster));
		long wijkInformeel = voorziening("Zzz Buurtkamer", VoorzieningSoort.INFORMEEL_INITIATIEF, List.of(this.team),
				List.of());

		List<Keuze> keuzes = mijnKeuzes(null, null);

		assertThat(keuzes).extracting(Keuze::id).containsExactly(wijkInformeel, clusterInformeel, stadProfessioneel);
		assertThat(keuzes).extracting(Keuze::band).containsExactly(Band.WIJK, Band.CLUSTER, Band.STAD);
	}

	@Test
	void withinABandTheInformalKindsComeFirstThenTheName() {
		long huisarts = voorziening("Aaa Huisarts", VoorzieningSoort.HUISARTS, List.of(this.team), List.of());
		long vrijwilligers = voorziening("Ccc Vrijwilligers", VoorzieningSoort.VRIJWILLIGERSORGANISATIE,
				List.of(this.team), List.of());
		long groep = voorziening("Bbb Taalcafe", VoorzieningSoort.GROEPSACTIVITEIT, List.of(this.team), List.of());
		long overig = voorziening("Bbc Voedselbank", VoorzieningSoort.OVERIG, List.of(this.team), List.of());

		assertThat(mijnKeuzes(null, null)).extracting(Keuze::id)
			.containsExactly(groep, vrijwilligers, huisarts, overig);
	}

	@Test
	void anEntryServingTheTeamAndItsClusterCountsAsNeighbourhood() {
		long beide = voorziening("Beide", VoorzieningSoort.OVERIG, List.of(this.team), List.of(this.cluster));
		assertThat(mijnKeuzes(null, null)).singleElement()
			.satisfies((k) -> assertThat(k.id()).isEqualTo(beide))
			.satisfies((k) -> assertThat(k.band()).isEqualTo(Band.WIJK));
	}

	@Test
	void inactiveEntriesAreNotOffered() {
		long actief = voorziening("Actief", VoorzieningSoort.INFORMEEL_INITIATIEF, List.of(this.team), List.of());
		long gestopt = voorziening("Gestopt", VoorzieningSoort.INFORMEEL_INITIATIEF, List.of(this.team), List.of());
		this.kaart.zetActief(gestopt, false);

		assertThat(mijnKeuzes(null, null)).extracting(Keuze::id).containsExactly(actief);
		assertThat(mijnKeuzes(null, "Gestopt")).isEmpty();
		assertThat(this.kiezer.keuzes(this.team, null, null, gestopt).lijst()).extracting(Keuze::id)
			.doesNotContain(gestopt);
	}

	@Test
	void anotherNeighbourhoodsEntryOnlyShowsWhenSearchedForAndThenLast() {
		long buren = voorziening("Aaa Repair Cafe", VoorzieningSoort.GROEPSACTIVITEIT, List.of(this.buurTeam),
				List.of());
		long stad = voorziening("Zzz Repair Cafe", VoorzieningSoort.OVERIG, List.of(), List.of());

		assertThat(mijnKeuzes(null, null)).extracting(Keuze::id).containsExactly(stad);
		assertThat(mijnKeuzes(null, "repair cafe " + this.code)).extracting(Keuze::id).containsExactly(stad, buren);
		assertThat(mijnKeuzes(null, "repair cafe " + this.code)).extracting(Keuze::band)
			.containsExactly(Band.STAD, Band.ELDERS);
	}

	@Test
	void theKindFilterAndTheSearchNarrowTheList() {
		long taalcafe = voorziening("Taalcafe", VoorzieningSoort.GROEPSACTIVITEIT, List.of(this.team), List.of());
		long ecm = voorziening("Mantelzorgpunt", VoorzieningSoort.EXPERTISECENTRUM_MANTELZORG, List.of(), List.of());

		assertThat(mijnKeuzes(VoorzieningSoort.EXPERTISECENTRUM_MANTELZORG, null)).extracting(Keuze::id)
			.containsExactly(ecm);
		assertThat(this.kiezer.keuzes(this.team, VoorzieningSoort.EXPERTISECENTRUM_MANTELZORG, null, null).lijst())
			.allSatisfy((k) -> assertThat(k.soort()).isEqualTo(VoorzieningSoort.EXPERTISECENTRUM_MANTELZORG));
		assertThat(mijnKeuzes(null, "TAALCAF")).extracting(Keuze::id).containsExactly(taalcafe);
		assertThat(mijnKeuzes(null, "omschrijving " + this.code)).extracting(Keuze::id)
			.containsExactlyInAnyOrder(taalcafe, ecm);
	}

	@Test
	void theChosenEntryStaysInTheListWhateverTheFilter() {
		long gekozen = voorziening("Gekozen", VoorzieningSoort.INFORMEEL_INITIATIEF, List.of(this.buurTeam), List.of());
		assertThat(this.kiezer.keuzes(this.team, VoorzieningSoort.HUISARTS, null, gekozen).lijst())
			.extracting(Keuze::id)
			.contains(gekozen);
	}

	@Test
	void wildcardsInTheSearchAreLiteral() {
		voorziening("Honderd procent", VoorzieningSoort.OVERIG, List.of(this.team), List.of());
		assertThat(mijnKeuzes(null, "%")).isEmpty();
		assertThat(mijnKeuzes(null, "_")).isEmpty();
	}

	@Test
	void theListIsCappedAndSaysThereIsMore() {
		for (int i = 0; i < Kiezer.MAXIMUM + 1; i++) {
			voorziening("Veel " + i, VoorzieningSoort.GROEPSACTIVITEIT, List.of(this.team), List.of());
		}
		Kiezer.Keuzes keuzes = this.kiezer.keuzes(this.team, null, null, null);
		assertThat(keuzes.lijst()).hasSize(Kiezer.MAXIMUM);
		assertThat(keuzes.meer()).isTrue();
		assertThat(keuzes.groepen()).extracting(Kiezer.Groep::band).containsExactly(Band.WIJK);
	}

}
