package nl.wijkdossier.casus;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The wachtlijst is written for scale: the number of SQL statements one page view sends
 * to the database does not grow with the number of waiting cases (no N+1). Every
 * statement the application prepares on this thread is counted by a wrapper around the
 * DataSource.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(WachtlijstQueryCountTests.Tellen.class)
class WachtlijstQueryCountTests {

	final MockMvc mvc;

	final UserDetailsService gebruikers;

	final JdbcClient jdbc;

	final Inwoners inwoners;

	final OrganisatieBeheer beheer;

	@Autowired
	WachtlijstQueryCountTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.inwoners = inwoners;
		this.beheer = beheer;
	}

	@Test
	void aPageViewSendsTheSameNumberOfStatementsForOneOrFortyWaitingCases() throws Exception {
		CasusFixtures fixtures = new CasusFixtures(this.jdbc, this.inwoners, this.beheer);
		CasusFixtures.NieuwTeam team = fixtures.nieuwTeam();
		String manager = fixtures.manager(team.partnerId());
		this.beheer.zetManager(team.teamId(), fixtures.medewerkerVan(manager));
		fixtures.casus(fixtures.inwoner().id(), team.teamId()).wmo().opslaan();

		int bijEen = statementsVoorWachtlijst(manager, 1);
		for (int i = 0; i < 39; i++) {
			fixtures.casus(fixtures.inwoner().id(), team.teamId()).wmo().dagenGeleden(i).opslaan();
		}
		int bijVeertig = statementsVoorWachtlijst(manager, 40);

		assertThat(bijEen).isPositive();
		assertThat(bijVeertig).isEqualTo(bijEen);
	}

	private int statementsVoorWachtlijst(String gebruiker, int verwacht) throws Exception {
		var principal = user(this.gebruikers.loadUserByUsername(gebruiker));
		Teller.begin();
		Wachtlijst.Pagina lijst;
		try {
			lijst = (Wachtlijst.Pagina) this.mvc.perform(get("/wachtlijst").with(principal))
				.andExpect(status().isOk())
				.andReturn()
				.getModelAndView()
				.getModel()
				.get("lijst");
		}
		finally {
			Teller.stop();
		}
		assertThat(lijst.regels()).hasSize(verwacht);
		return Teller.aantal();
	}

	/** Counts statements prepared on the current thread while counting is on. */
	static final class Teller {

		private static final ThreadLocal<int[]> TELLING = new ThreadLocal<>();

		private static int laatste;

		static void begin() {
			TELLING.set(new int[1]);
		}

		static void stop() {
			laatste = TELLING.get()[0];
			TELLING.remove();
		}

		static int aantal() {
			return laatste;
		}

		static void tel() {
			int[] telling = TELLING.get();
			if (telling != null) {
				telling[0]++;
			}
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Tellen {

		@Bean
		static BeanPostProcessor tellendeDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String naam) {
					if (bean instanceof DataSource dataSource && !(bean instanceof TellendeDataSource)) {
						return new TellendeDataSource(dataSource);
					}
					return bean;
				}
			};
		}

	}

	static final class TellendeDataSource extends DelegatingDataSource {

		TellendeDataSource(DataSource doel) {
			super(doel);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return tellend(super.getConnection());
		}

		@Override
		public Connection getConnection(String gebruiker, String wachtwoord) throws SQLException {
			return tellend(super.getConnection(gebruiker, wachtwoord));
		}

		private static Connection tellend(Connection verbinding) {
			return (Connection) Proxy.newProxyInstance(TellendeDataSource.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, methode, argumenten) -> {
						String naam = methode.getName();
						if (naam.equals("prepareStatement") || naam.equals("prepareCall")
								|| naam.equals("createStatement")) {
							Teller.tel();
						}
						try {
							return methode.invoke(verbinding, argumenten);
						}
						catch (InvocationTargetException ex) {
							throw ex.getTargetException();
						}
					});
		}

	}

}
