package nl.wijkdossier;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries hold: no module reaches into another's internals, no cycles.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(WijkdossierApplication.class);

	@Test
	void moduleBoundariesAreRespected() {
		this.modules.verify();
	}

	@Test
	void everyDomainModuleIsDetected() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("account",
				"organisatie", "home", "demo", "shared");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation().writeModuleCanvases();
	}

}
