package nl.wijkdossier.casus;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.shared.NietGevondenException;
import nl.wijkdossier.test.Demo;
import nl.wijkdossier.test.VerstelbareKlok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cover (invallen) widens need-to-know for exactly a period: the invaller sees the absent
 * colleague's cases from the first to the last day of the inval, not a day before or
 * after, and no other case of that team. The clock is moved across the edges.
 */
@SpringBootTest
@Import(VerstelbareKlok.Configuratie.class)
class InvalToegangTests {

	private static final VerstelbareKlok KLOK = VerstelbareKlok.KLOK;

	private final Dossiers dossiers;

	private final Toegang toegang;

	private final JdbcClient jdbc;

	private final UserDetailsService gebruikers;

	private final CasusFixtures fixtures;

	private final Casussen casussen;

	@Autowired
	InvalToegangTests(Dossiers dossiers, Toegang toegang, JdbcClient jdbc, UserDetailsService gebruikers,
			Inwoners inwoners, OrganisatieBeheer beheer, Casussen casussen) {
		this.dossiers = dossiers;
		this.casussen = casussen;
		this.toegang = toegang;
		this.jdbc = jdbc;
		this.gebruikers = gebruikers;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
	}

	@AfterEach
	void ruimOp() {
		SecurityContextHolder.clearContext();
		KLOK.zet(LocalDate.now(ClockConfiguration.ZONE));
	}

	@Test
	void theInvallerSeesTheAbsentColleaguesCasesForExactlyThePeriod() {
		long team = this.fixtures.teamVan(Demo.WIJKWERKER);
		long afwezige = this.fixtures.medewerkerVan(Demo.WIJKWERKER);
		long eigen = this.fixtures.casus(this.fixtures.inwoner().id(), team).inBehandeling(afwezige).opslaan();
		long collegaVanTeam = this.fixtures.casus(this.fixtures.inwoner().id(), team).opslaan();
		String invallerNaam = this.jdbc.sql("""
				select g.gebruikersnaam from medewerker m join gebruiker g on g.id = m.gebruiker_id
				join wijkteam t on t.id = m.team_id
				where g.rol = 'WIJKWERKER' and m.actief and t.id <> :team
				  and t.cluster_id = (select cluster_id from wijkteam where id = :team)
				order by m.id limit 1
				""").param("team", team).query(String.class).single();
		WijkdossierUser invaller = (WijkdossierUser) this.gebruikers.loadUserByUsername(invallerNaam);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(invaller, null, invaller.getAuthorities()));

		LocalDate van = LocalDate.now(ClockConfiguration.ZONE).plusDays(10);
		LocalDate tot = van.plusDays(6);
		long manager = this.jdbc.sql("select id from gebruiker where gebruikersnaam = :n")
			.param("n", Demo.MANAGER)
			.query(Long.class)
			.single();
		long afwezigheid = this.jdbc.sql("""
				insert into afwezigheid (medewerker_id, soort, van, tot, geregistreerd_door, geregistreerd_op)
				values (:m, 'VAKANTIE', :van, :tot, :door, now()) returning id
				""")
			.param("m", afwezige)
			.param("van", van)
			.param("tot", tot)
			.param("door", manager)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into inval (afwezigheid_id, invaller_id, van, tot, aangewezen_door, aangewezen_op)
				values (:a, (select m.id from medewerker m join gebruiker g on g.id = m.gebruiker_id
				             where g.gebruikersnaam = :invaller), :van, :tot, :door, now())
				""")
			.param("a", afwezigheid)
			.param("invaller", invallerNaam)
			.param("van", van)
			.param("tot", tot)
			.param("door", manager)
			.update();

		KLOK.zet(van.minusDays(1));
		assertThat(this.toegang.scopeVan(invaller).invalVoor()).doesNotContain(afwezige);
		assertThatThrownBy(() -> this.dossiers.lees(invaller, eigen)).isInstanceOf(NietGevondenException.class);

		KLOK.zet(van);
		assertThat(this.toegang.scopeVan(invaller).invalVoor()).contains(afwezige);
		assertThat(this.dossiers.lees(invaller, eigen).id()).isEqualTo(eigen);
		assertThat(this.jdbc.sql("""
				select count(*) from toegangslog l join gebruiker g on g.id = l.namens_gebruiker_id
				where l.casus_id = :casus and l.gebruikersnaam = :invaller and g.gebruikersnaam = :afwezige
				  and l.gebeurtenis = 'CASUS_BEKEKEN' and l.resultaat = 'OK'
				""")
			.param("casus", eigen)
			.param("invaller", invallerNaam)
			.param("afwezige", Demo.WIJKWERKER)
			.query(Integer.class)
			.single()).as("logged on behalf of the absent regievoerder").isEqualTo(1);
		this.casussen.registreerGesprek(invaller, eigen, van);
		assertThat(this.jdbc.sql("""
				select count(*) from toegangslog l join gebruiker g on g.id = l.namens_gebruiker_id
				where l.casus_id = :casus and l.gebruikersnaam = :invaller and g.gebruikersnaam = :afwezige
				  and l.gebeurtenis = 'CASUS_GEWIJZIGD' and l.resultaat = 'OK'
				""")
			.param("casus", eigen)
			.param("invaller", invallerNaam)
			.param("afwezige", Demo.WIJKWERKER)
			.query(Integer.class)
			.single()).as("a change by the invaller is logged on behalf of the absent regievoerder too").isEqualTo(1);
		assertThatThrownBy(() -> this.dossiers.lees(invaller, collegaVanTeam))
			.as("only the absent colleague's own cases, not her team's")
			.isInstanceOf(NietGevondenException.class);

		KLOK.zet(tot);
		assertThat(this.dossiers.lees(invaller, eigen).id()).isEqualTo(eigen);

		KLOK.zet(tot.plusDays(1));
		assertThatThrownBy(() -> this.dossiers.lees(invaller, eigen)).isInstanceOf(NietGevondenException.class);
	}

}
