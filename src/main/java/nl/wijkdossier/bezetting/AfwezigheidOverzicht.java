package nl.wijkdossier.bezetting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.bezetting.AfwezigheidRijen.Kop;
import nl.wijkdossier.bezetting.Bezetting.InvalRegel;
import nl.wijkdossier.bezetting.Kandidaten.Kandidaat;
import nl.wijkdossier.casus.Status;

/**
 * The pages' read models: a manager's running and coming absences of his teams, a
 * wijkwerker's own absences, her invallen and her team's absent colleagues, and one
 * absence with what its cover needs. Sized for scale: the absences with their active case
 * counts in one query, their invallen in a second, whatever the number of rows. The type
 * of an absence is only filled in for herself and her manager.
 */
@Component
@Transactional(readOnly = true)
class AfwezigheidOverzicht {

	private static final String AFWEZIGHEDEN = """
			select a.id, a.medewerker_id, m.voornaam || ' ' || m.achternaam as naam, m.team_id, t.naam as team_naam,
			       a.soort, a.van, a.tot, a.version,
			       (select count(*) from casus c where c.regievoerder_id = a.medewerker_id and c.status <> 'AFGESLOTEN')
			           as actieve_casussen
			from afwezigheid a
			join medewerker m on m.id = a.medewerker_id
			left join wijkteam t on t.id = m.team_id
			where a.tot >= :vandaag and
			""";

	private static final String VAN_TEAMS = AFWEZIGHEDEN + """
			m.team_id = any(:teams) and (cast(:medewerker as bigint) is null or a.medewerker_id = :medewerker)
			order by a.van, m.achternaam, m.voornaam, a.id
			""";

	private static final String VAN_TEAM_EN_MIJ = AFWEZIGHEDEN + """
			(m.team_id = :team or a.medewerker_id = :ik)
			order by a.van, m.achternaam, m.voornaam, a.id
			""";

	private final JdbcClient jdbc;

	private final AfwezigheidRijen rijen;

	private final Kandidaten kandidaten;

	private final Invallen invallen;

	AfwezigheidOverzicht(JdbcClient jdbc, AfwezigheidRijen rijen, Kandidaten kandidaten, Invallen invallen) {
		this.jdbc = jdbc;
		this.rijen = rijen;
		this.kandidaten = kandidaten;
		this.invallen = invallen;
	}

	/**
	 * The running and coming absences of the medewerkers of his teams (or of one of
	 * them), first start first.
	 */
	List<AfwezigheidRegel> vanManager(Positie ik, Long medewerker) {
		if (ik.managerTeams().isEmpty()) {
			return List.of();
		}
		return regels(ik,
				this.jdbc.sql(VAN_TEAMS)
					.param("vandaag", ik.vandaag())
					.param("teams", ik.managerTeams().toArray(Long[]::new))
					.param("medewerker", medewerker));
	}

	/** Her own absences, her invallen and the absences of her team's colleagues. */
	WijkwerkerOverzicht vanWijkwerker(Positie ik) {
		List<AfwezigheidRegel> alle = (ik.medewerkerId() == null) ? List.of()
				: regels(ik,
						this.jdbc.sql(VAN_TEAM_EN_MIJ)
							.param("vandaag", ik.vandaag())
							.param("team", (ik.teamId() != null) ? ik.teamId() : -1L)
							.param("ik", ik.medewerkerId()));
		Map<Boolean, List<AfwezigheidRegel>> eigen = alle.stream()
			.collect(Collectors.partitioningBy((r) -> ik.isZelf(r.medewerkerId())));
		return new WijkwerkerOverzicht(eigen.get(true), this.invallen.vanafVandaag(ik.gebruiker()), eigen.get(false));
	}

	/**
	 * One absence for its manager: counts of the active cases it leaves (never the
	 * cases), its invallen, its cover, and who could cover {@code van}–{@code tot} (by
	 * default the first uncovered days from today).
	 */
	Optional<Detail> detail(Positie ik, long id, LocalDate van, LocalDate tot) {
		Optional<Kop> kop = this.rijen.kop(id).filter((a) -> ik.isManagerVan(a.teamId()) && a.clusterId() != null);
		if (kop.isEmpty()) {
			return Optional.empty();
		}
		Kop a = kop.get();
		Map<Status, Long> perStatus = new EnumMap<>(Status.class);
		this.jdbc.sql("""
				select c.status, count(*) as aantal from casus c
				where c.regievoerder_id = :m and c.status <> 'AFGESLOTEN'
				group by c.status
				""")
			.param("m", a.medewerkerId())
			.query((rs, rij) -> perStatus.put(Status.valueOf(rs.getString("status")), rs.getLong("aantal")))
			.list();
		List<InvalRegel> invallen = this.rijen.invallen(List.of(id));
		Bezetting bezetting = Bezetting.van(a.van(), a.tot(), invallen, ik.vandaag());
		Bezetting.Blok gat = bezetting.eersteGat();
		LocalDate voorstelVan = (gat != null) ? gat.van() : a.van().isBefore(ik.vandaag()) ? ik.vandaag() : a.van();
		LocalDate voorstelTot = (gat != null) ? gat.tot() : a.tot();
		LocalDate periodeVan = (van != null) ? van : voorstelVan;
		LocalDate periodeTot = (tot != null) ? tot : voorstelTot;
		List<Kandidaat> wie = (a.isVoorbij(ik.vandaag()) || periodeTot.isBefore(periodeVan)) ? List.of()
				: this.kandidaten.voor(a.medewerkerId(), a.teamId(), a.clusterId(), periodeVan, periodeTot);
		return Optional.of(new Detail(a, perStatus, invallen, bezetting, wie, periodeVan, periodeTot));
	}

	/**
	 * The active medewerkers of his teams (by team, then name), for the filter and the
	 * form: "Naam (Wijkteam)".
	 */
	List<Medewerker> medewerkers(Positie ik) {
		if (ik.managerTeams().isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select m.id, m.voornaam || ' ' || m.achternaam as naam, t.naam as team_naam
				from medewerker m
				join wijkteam t on t.id = m.team_id
				where m.team_id = any(:teams) and m.actief
				order by t.naam, m.achternaam, m.voornaam, m.id
				""")
			.param("teams", ik.managerTeams().toArray(Long[]::new))
			.query((rs, rij) -> new Medewerker(rs.getLong("id"), rs.getString("naam"), rs.getString("team_naam")))
			.list();
	}

	private List<AfwezigheidRegel> regels(Positie ik, JdbcClient.StatementSpec sql) {
		List<Rij> rijen = sql.query((rs, rij) -> {
			long team = rs.getLong("team_id");
			Long teamId = rs.wasNull() ? null : team;
			return new Rij(rs.getLong("id"), rs.getLong("medewerker_id"), rs.getString("naam"), teamId,
					rs.getString("team_naam"), AfwezigheidSoort.valueOf(rs.getString("soort")),
					rs.getObject("van", LocalDate.class), rs.getObject("tot", LocalDate.class), rs.getLong("version"),
					rs.getLong("actieve_casussen"));
		}).list();
		Map<Long, List<InvalRegel>> invallen = this.rijen.invallen(rijen.stream().map(Rij::id).toList())
			.stream()
			.collect(Collectors.groupingBy(InvalRegel::afwezigheidId));
		List<AfwezigheidRegel> regels = new ArrayList<>();
		for (Rij r : rijen) {
			List<InvalRegel> eigen = invallen.getOrDefault(r.id(), List.of());
			regels.add(new AfwezigheidRegel(r.id(), r.medewerkerId(), r.naam(), r.teamNaam(),
					ik.magSoortZien(r.medewerkerId(), r.teamId()) ? r.soort() : null, r.van(), r.tot(), r.version(),
					r.actieveCasussen(), eigen, Bezetting.van(r.van(), r.tot(), eigen, ik.vandaag())));
		}
		return regels;
	}

	private record Rij(long id, long medewerkerId, String naam, Long teamId, String teamNaam, AfwezigheidSoort soort,
			LocalDate van, LocalDate tot, long version, long actieveCasussen) {
	}

	/**
	 * One absence in a list. {@code soort} is null for whoever may not see it (the page
	 * says "afwezig"); {@code bezetting} runs from today.
	 */
	record AfwezigheidRegel(long id, long medewerkerId, String naam, String teamNaam, AfwezigheidSoort soort,
			LocalDate van, LocalDate tot, long version, long actieveCasussen, List<InvalRegel> invallen,
			Bezetting bezetting) {

		public String soortSleutel() {
			return (this.soort != null) ? this.soort.messageKey() : "afwezigheid.soort.verborgen";
		}

		public boolean isBezig(LocalDate vandaag) {
			return !vandaag.isBefore(this.van) && !vandaag.isAfter(this.tot);
		}

		public boolean isBegonnen(LocalDate vandaag) {
			return !this.van.isAfter(vandaag);
		}

		/** Herself may change it: not illness (that is the manager's). */
		public boolean isZiekte() {
			return this.soort == AfwezigheidSoort.ZIEKTE;
		}

	}

	/** A medewerker a manager may register an absence for. */
	record Medewerker(long id, String naam, String teamNaam) {
	}

	/** The wijkwerker's page. */
	record WijkwerkerOverzicht(List<AfwezigheidRegel> eigen, List<LopendeInval> invallen,
			List<AfwezigheidRegel> collegas) {
	}

	/**
	 * One absence for its manager, with the suggested period for a new inval and who
	 * could cover it.
	 */
	record Detail(Kop afwezigheid, Map<Status, Long> casussenPerStatus, List<InvalRegel> invallen, Bezetting bezetting,
			List<Kandidaat> kandidaten, LocalDate periodeVan, LocalDate periodeTot) {

		public long actieveCasussen() {
			return this.casussenPerStatus.values().stream().mapToLong(Long::longValue).sum();
		}

	}

}
