package nl.wijkdossier;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * Conventions that keep the code safe and readable, as rules instead of comments.
 */
class ArchitectureTests {

	private static final JavaClasses PRODUCTIE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption((location) -> !location.contains("/test-classes/"))
		.importPackages("nl.wijkdossier");

	@Test
	void everyControllerThatServesResidentsDataDeclaresWhoMayUseIt() {
		ArchRule regel = classes().that()
			.areAnnotatedWith(Controller.class)
			.and()
			.resideInAnyPackage("nl.wijkdossier.casus..", "nl.wijkdossier.inwoner..", "nl.wijkdossier.audit..")
			.should()
			.beAnnotatedWith(PreAuthorize.class)
			.because("need-to-know starts with the role: a new page must say who may use it");
		regel.check(PRODUCTIE);
	}

	@Test
	void beheerControllersAreForBeheerOnly() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.and()
			.haveSimpleNameContaining("Beheer")
			.should()
			.beAnnotatedWith(PreAuthorize.class)
			.check(PRODUCTIE);
		for (var controller : PRODUCTIE.stream()
			.filter((c) -> c.isAnnotatedWith(Controller.class) && c.getSimpleName().contains("Beheer"))
			.toList()) {
			org.assertj.core.api.Assertions.assertThat(controller.getAnnotationOfType(PreAuthorize.class).value())
				.as(controller.getName())
				.isEqualTo("hasRole('BEHEERDER')");
		}
	}

	@Test
	void noFieldInjection() {
		noFields().should()
			.beAnnotatedWith(Autowired.class)
			.because("constructor injection keeps dependencies visible and final")
			.check(PRODUCTIE);
	}

	@Test
	void entitiesStayInsideTheirModule() {
		noClasses().that()
			.areAnnotatedWith(Entity.class)
			.should()
			.bePublic()
			.because("other modules use a module's API, never its entities")
			.check(PRODUCTIE);
	}

	@Test
	void noLayerPackages() {
		noClasses().should()
			.resideInAnyPackage("..controller..", "..controllers..", "..service..", "..services..", "..repository..",
					"..repositories..", "..dto..")
			.because("the code is organised by feature")
			.check(PRODUCTIE);
	}

}
