package nl.wijkdossier.casus;

import org.springframework.data.jpa.repository.JpaRepository;

interface CasusGebeurtenisRepository extends JpaRepository<CasusGebeurtenis, Long> {

}
