package nl.wijkdossier.verwijzing;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VoorzieningRepository extends JpaRepository<Voorziening, Long> {

	/** Another entry with this name, whatever its case (names are unique that way). */
	Optional<Voorziening> findFirstByNaamIgnoreCaseAndIdNot(String naam, Long id);

	Optional<Voorziening> findFirstByNaamIgnoreCase(String naam);

}

interface VerwijzingRepository extends JpaRepository<Verwijzing, Long> {

	Optional<Verwijzing> findByIdAndCasusId(Long id, Long casusId);

}
