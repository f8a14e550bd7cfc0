package nl.wijkdossier;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries hold: no module reaches into another's internals, no cycles.
 */
class ModularityTests {

	/** With the tests: tests, too, must use other modules only through their API. */
	private final ApplicationModules modules = ApplicationModules.of(WijkdossierApplication.class);

	/** Without the tests: what the documentation describes. */
	private final ApplicationModules productie = ApplicationModules.of(WijkdossierApplication.class,
			DescribedPredicate.describe("test classes",
					(JavaClass type) -> type.getSource()
						.map((source) -> source.getUri().toString().contains("/test-classes/"))
						.orElse(false)));

	@Test
	void moduleBoundariesAreRespected() {
		this.modules.verify();
	}

	@Test
	void everyDomainModuleIsDetected() {
		assertThat(this.productie.stream().map((module) -> module.getIdentifier().toString()))
			.containsExactlyInAnyOrder("account", "organisatie", "inwoner", "casus", "audit", "home", "demo", "shared",
					"gesprek", "verwijzing", "spreekuur", "bezetting", "werkdruk", "overleg", "budget", "dashboard",
					"clusterplan");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.productie).writeDocumentation().writeModuleCanvases();
	}

}
