package nl.wijkdossier.organisatie;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConvenantpartnerRepository extends JpaRepository<Convenantpartner, Long> {

	List<Convenantpartner> findAllByOrderByNaam();

	boolean existsByNaamIgnoreCase(String naam);

	boolean existsByNaamIgnoreCaseAndIdNot(String naam, Long id);

}

interface ClusterRepository extends JpaRepository<Cluster, Long> {

	List<Cluster> findAllByOrderByNaam();

	boolean existsByNaamIgnoreCase(String naam);

	boolean existsByNaamIgnoreCaseAndIdNot(String naam, Long id);

}

interface WijkteamRepository extends JpaRepository<Wijkteam, Long> {

	List<Wijkteam> findAllByOrderByNaam();

	/** A team with its werkgebied loaded, for a form that shows it. */
	@EntityGraph(attributePaths = "werkgebied")
	Optional<Wijkteam> findWithWerkgebiedById(Long id);

	boolean existsByNaamIgnoreCase(String naam);

	boolean existsByNaamIgnoreCaseAndIdNot(String naam, Long id);

	long countByClusterIdAndActiefTrue(Long clusterId);

	@Query("select t.naam from Wijkteam t where t.managerId = :medewerkerId order by t.naam")
	List<String> namenMetManager(Long medewerkerId);

	/** Which team serves each of these PC4s (those no team serves are left out). */
	@Query("""
			select new nl.wijkdossier.organisatie.WijkteamRepository$Pc4VanTeam(p, t.id, t.naam)
			from Wijkteam t join t.werkgebied p where p in :pc4s order by t.naam, p""")
	List<Pc4VanTeam> teamsVan(Collection<String> pc4s);

	record Pc4VanTeam(String pc4, Long teamId, String teamNaam) {
	}

}

interface MedewerkerRepository extends JpaRepository<Medewerker, Long> {

	Optional<Medewerker> findByGebruikerId(Long gebruikerId);

	boolean existsByEmailIgnoreCase(String email);

	boolean existsByEmailIgnoreCaseAndIdNot(String email, Long id);

}
