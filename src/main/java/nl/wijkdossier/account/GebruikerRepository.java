package nl.wijkdossier.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GebruikerRepository extends JpaRepository<Gebruiker, Long> {

	Optional<Gebruiker> findByGebruikersnaam(String gebruikersnaam);

	boolean existsByGebruikersnaam(String gebruikersnaam);

	@Query("select new nl.wijkdossier.account.GebruikerRepository$RolTelling(g.rol, count(g)) from Gebruiker g where g.actief group by g.rol")
	List<RolTelling> telActiefPerRol();

	record RolTelling(Rol rol, long aantal) {
	}

}
