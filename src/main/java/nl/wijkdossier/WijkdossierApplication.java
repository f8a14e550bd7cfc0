package nl.wijkdossier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Wijkdossier: casusregistratie voor sociale wijkteams.
 */
@SpringBootApplication
public class WijkdossierApplication {

	public static void main(String[] args) {
		SpringApplication.run(WijkdossierApplication.class, args);
	}

}
