package nl.wijkdossier.werkdruk;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseloadNormRepository extends JpaRepository<CaseloadNorm, Long> {

}
