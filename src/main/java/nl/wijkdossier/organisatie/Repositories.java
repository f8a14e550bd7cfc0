package nl.wijkdossier.organisatie;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConvenantpartnerRepository extends JpaRepository<Convenantpartner, Long> {

	List<Convenantpartner> findAllByOrderByNaam();

	boolean existsByNaamIgnoreCase(String naam);

}

interface ClusterRepository extends JpaRepository<Cluster, Long> {

	List<Cluster> findAllByOrderByNaam();

	boolean existsByNaamIgnoreCase(String naam);

}

interface WijkteamRepository extends JpaRepository<Wijkteam, Long> {

	boolean existsByNaamIgnoreCase(String naam);

}

interface MedewerkerRepository extends JpaRepository<Medewerker, Long> {

	Optional<Medewerker> findByGebruikerId(Long gebruikerId);

	boolean existsByEmailIgnoreCase(String email);

}
