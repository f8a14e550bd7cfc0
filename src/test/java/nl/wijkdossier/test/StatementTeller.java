package nl.wijkdossier.test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements a request sends, for the tests that prove a page needs the
 * same number of queries for one row as for many (no N+1). Import {@link Tellen} into the
 * test's context; wrap the request in {@link Teller#begin()} and {@link Teller#stop()}.
 */
public final class StatementTeller {

	private StatementTeller() {
	}

	/** Counts statements prepared on the current thread while counting is on. */
	public static final class Teller {

		private static final ThreadLocal<int[]> TELLING = new ThreadLocal<>();

		private static int laatste;

		public static void begin() {
			TELLING.set(new int[1]);
		}

		public static void stop() {
			laatste = TELLING.get()[0];
			TELLING.remove();
		}

		public static int aantal() {
			return laatste;
		}

		static void tel() {
			int[] telling = TELLING.get();
			if (telling != null) {
				telling[0]++;
			}
		}

	}

	/** Wraps the DataSource so that every statement is counted. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Tellen {

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
