package nl.wijkdossier.gesprek;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.dashboard.Bereik;
import nl.wijkdossier.dashboard.Figuur;
import nl.wijkdossier.dashboard.Onderdrukking;
import nl.wijkdossier.dashboard.Periode;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ZrmDomein;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pre-aggregated ZRM history of the dashboards (table {@code zrm_meting}, V23) stays
 * exactly what it would be if rebuilt from {@code gesprek_zrm} and {@code gesprek} —
 * after scores are added out of date order and on the same day, changed, withdrawn, after
 * a conversation moves to another date and after the case moves to another team — and the
 * figure follows.
 */
@SpringBootTest
class ZrmMetingTests {

	/** What zrm_meting should hold for one case, rebuilt from the source rows. */
	private static final String UIT_DE_BRON = """
			select z.gesprek_id || ':' || z.domein || ':' || c.team_id || ':' || g.datum || ':' || z.score || ':'
			       || row_number() over w || ':' || first_value(z.score) over w || ':'
			       || coalesce(cast(lead(g.datum) over w as varchar), '-')
			from gesprek_zrm z join gesprek g on g.id = z.gesprek_id join casus c on c.id = g.casus_id
			where g.casus_id = ?
			window w as (partition by g.casus_id, z.domein order by g.datum, g.id)
			""";

	private static final String BIJGEHOUDEN = """
			select m.gesprek_id || ':' || m.domein || ':' || m.team_id || ':' || m.datum || ':' || m.score || ':'
			       || m.volgnummer || ':' || m.eerste_score || ':' || coalesce(cast(m.volgende_op as varchar), '-')
			from zrm_meting m where m.casus_id = ?
			""";

	private final JdbcClient jdbc;

	private final GesprekTestdata data;

	private final ZrmCijfers cijfers;

	private CasusFixtures.NieuwTeam team;

	private long anderTeam;

	private LocalDate vandaag;

	@Autowired
	ZrmMetingTests(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer, UserDetailsService gebruikers,
			ZrmCijfers cijfers) {
		this.jdbc = jdbc;
		this.data = new GesprekTestdata(jdbc, inwoners, beheer, gebruikers);
		this.cijfers = cijfers;
	}

	@BeforeEach
	void team() {
		this.team = this.data.casussen().nieuwTeam();
		this.anderTeam = this.data.casussen().team(this.team.clusterId(), null);
		this.vandaag = GesprekTestdata.vandaag();
	}

	@Test
	void staysExactAfterEveryKindOfWrite() {
		long casus = casus(this.team.teamId());
		long midden = score(casus, 50, ZrmDomein.FINANCIEN, 2);
		score(casus, 10, ZrmDomein.FINANCIEN, 4);
		long vroeg = score(casus, 90, ZrmDomein.FINANCIEN, 1);
		long zelfdeDag = score(casus, 10, ZrmDomein.FINANCIEN, 5);
		this.data.zrm(vroeg, ZrmDomein.HUISVESTING, 3, null);
		assertExact(casus);
		assertThat(this.jdbc
			.sql("""
					select score || ':' || volgnummer || ':' || eerste_score || ':' || coalesce(cast(volgende_op as varchar), '-')
					from zrm_meting where gesprek_id = ? and domein = 'FINANCIEN'
					""")
			.param(zelfdeDag)
			.query(String.class)
			.single())
			.as("a backdated first score and a second score on the same day: the later conversation is the latest")
			.isEqualTo("5:4:1:-");

		this.jdbc.sql("update gesprek_zrm set score = 3 where gesprek_id = ? and domein = 'FINANCIEN'")
			.param(vroeg)
			.update();
		assertExact(casus);

		this.jdbc.sql("delete from gesprek_zrm where gesprek_id = ? and domein = 'FINANCIEN'").param(vroeg).update();
		assertExact(casus);
		assertThat(this.jdbc.sql("select eerste_score from zrm_meting where gesprek_id = ? and domein = 'FINANCIEN'")
			.param(zelfdeDag)
			.query(Integer.class)
			.single()).as("the withdrawn first score no longer counts").isEqualTo(2);

		this.jdbc.sql("update gesprek set datum = ? where id = ?")
			.params(java.sql.Date.valueOf(this.vandaag.minusDays(5)), midden)
			.update();
		assertExact(casus);

		this.jdbc.sql("update casus set team_id = ? where id = ?").params(this.anderTeam, casus).update();
		assertExact(casus);
	}

	@Test
	void theFigureFollowsACaseToItsNewTeam() {
		for (int i = 0; i < 5; i++) {
			long casus = casus(this.team.teamId());
			score(casus, 40, ZrmDomein.JUSTITIE, 2);
			score(casus, 3, ZrmDomein.JUSTITIE, 4);
		}
		assertThat(justitie(this.team.teamId())).isEqualTo(5);
		assertThat(justitie(this.anderTeam)).isZero();

		this.jdbc.sql("update casus set team_id = ? where team_id = ?")
			.params(this.anderTeam, this.team.teamId())
			.update();

		assertThat(justitie(this.team.teamId())).isZero();
		assertThat(justitie(this.anderTeam)).isEqualTo(5);
	}

	private long justitie(long teamId) {
		Bereik bereik = new Bereik(Bereik.Soort.TEAM, teamId, "Test", List.of(teamId));
		Periode periode = new Periode(Periode.Soort.ANDERS, this.vandaag.minusDays(30), this.vandaag);
		Figuur figuur = this.cijfers.figuren(bereik, periode, this.vandaag, new Onderdrukking(5)).get(0);
		return figuur.rijen().get(ZrmDomein.JUSTITIE.ordinal()).cellen().get(0).waarde().longValue();
	}

	private void assertExact(long casus) {
		List<String> bron = this.jdbc.sql(UIT_DE_BRON).param(casus).query(String.class).list();
		assertThat(bron).isNotEmpty();
		assertThat(this.jdbc.sql(BIJGEHOUDEN).param(casus).query(String.class).list())
			.containsExactlyInAnyOrderElementsOf(bron);
	}

	private long casus(long teamId) {
		return this.data.casussen().casus(this.data.casussen().inwoner().id(), teamId).dagenGeleden(200).opslaan();
	}

	private long score(long casus, int dagenGeleden, ZrmDomein domein, int score) {
		long gesprek = this.data.gesprek(casus, this.vandaag.minusDays(dagenGeleden)).opslaan();
		this.data.zrm(gesprek, domein, score, null);
		return gesprek;
	}

}
