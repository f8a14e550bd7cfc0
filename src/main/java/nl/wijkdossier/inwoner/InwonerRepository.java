package nl.wijkdossier.inwoner;

import org.springframework.data.jpa.repository.JpaRepository;

interface InwonerRepository extends JpaRepository<Inwoner, Long> {

}
