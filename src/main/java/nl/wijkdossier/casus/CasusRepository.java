package nl.wijkdossier.casus;

import org.springframework.data.jpa.repository.JpaRepository;

interface CasusRepository extends JpaRepository<Casus, Long> {

}
