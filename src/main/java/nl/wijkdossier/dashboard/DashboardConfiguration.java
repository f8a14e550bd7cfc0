package nl.wijkdossier.dashboard;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the dashboard settings and makes the suppression rule one bean. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DashboardProperties.class)
class DashboardConfiguration {

	@Bean
	Onderdrukking onderdrukking(DashboardProperties properties) {
		return new Onderdrukking(properties.minimumAantal());
	}

}
