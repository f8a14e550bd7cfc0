package nl.wijkdossier.werkdruk;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the werkdruk settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WerkdrukProperties.class)
class WerkdrukConfiguration {

}
