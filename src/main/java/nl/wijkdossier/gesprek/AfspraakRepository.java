package nl.wijkdossier.gesprek;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Agreements to change; always looked up through their case. */
interface AfspraakRepository extends JpaRepository<Afspraak, Long> {

	Optional<Afspraak> findByIdAndCasusId(long id, long casusId);

}
