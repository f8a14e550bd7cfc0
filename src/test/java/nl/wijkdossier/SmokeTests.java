package nl.wijkdossier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class SmokeTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsOnPostgresql17WithTheDemoCity() {
		String versie = this.jdbc.sql("show server_version").query(String.class).single();
		assertThat(versie).startsWith("17.");
		assertThat(this.jdbc.sql("select count(*) from wijkteam").query(Integer.class).single())
			.isGreaterThanOrEqualTo(10);
	}

}
