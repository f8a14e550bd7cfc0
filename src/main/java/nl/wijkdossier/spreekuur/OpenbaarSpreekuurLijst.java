package nl.wijkdossier.spreekuur;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;

/**
 * The public timetable: every active spreekuur of the city by neighbourhood (a wijkteam
 * serves one wijk), with place, weekday and times, and which of its sessions in the
 * coming weeks do not take place or come extra. It names no staff and holds nothing about
 * visitors, and no reason for a cancellation either: a reason is typed by staff and may
 * name a colleague. Three queries, whatever the size of the city.
 */
@Service
@Transactional(readOnly = true)
public class OpenbaarSpreekuurLijst {

	private final JdbcClient jdbc;

	private final Organisatie organisatie;

	private final Clock clock;

	OpenbaarSpreekuurLijst(JdbcClient jdbc, Organisatie organisatie, Clock clock) {
		this.jdbc = jdbc;
		this.organisatie = organisatie;
		this.clock = clock;
	}

	/** Every wijk with active spreekuren, by name; {@code eerst} (a team id) first. */
	public List<Wijk> wijken(Long eerst) {
		LocalDate vandaag = LocalDate.now(this.clock);
		List<Rij> rijen = this.jdbc.sql("""
				select sp.id, sp.team_id, t.naam as team_naam, sp.soort, sp.locatie_naam, sp.locatie_adres, sp.weekdag,
				       sp.begintijd, sp.eindtijd, sp.elke_weken, sp.geldig_van, sp.geldig_tot, p.naam as partner_naam
				from spreekuur sp
				join wijkteam t on t.id = sp.team_id and t.actief
				left join convenantpartner p on p.id = sp.partner_id
				where sp.actief and (sp.geldig_tot is null or sp.geldig_tot >= :vandaag)
				order by t.naam, sp.weekdag, sp.begintijd, sp.id
				""").param("vandaag", vandaag).query((rs, n) -> {
			return new Rij(rs.getLong("id"), rs.getLong("team_id"), rs.getString("team_naam"),
					SpreekuurSoort.valueOf(rs.getString("soort")), rs.getString("locatie_naam"),
					rs.getString("locatie_adres"), DayOfWeek.of(rs.getInt("weekdag")),
					rs.getObject("begintijd", LocalTime.class), rs.getObject("eindtijd", LocalTime.class),
					rs.getInt("elke_weken"), rs.getObject("geldig_van", LocalDate.class),
					rs.getObject("geldig_tot", LocalDate.class), rs.getString("partner_naam"));
		}).list();
		Map<Long, List<Bijzonder>> bijzonder = this.jdbc.sql("""
				select s.spreekuur_id, s.datum, s.begintijd, s.eindtijd, s.vervalt_reden is not null as vervalt
				from spreekuur_sessie s join spreekuur sp on sp.id = s.spreekuur_id
				where sp.actief and s.datum >= :vandaag and (s.vervalt_reden is not null or s.extra)
				order by s.datum, s.begintijd
				""")
			.param("vandaag", vandaag)
			.query((rs, n) -> Map.entry(rs.getLong("spreekuur_id"),
					new Bijzonder(rs.getObject("datum", LocalDate.class), rs.getObject("begintijd", LocalTime.class),
							rs.getObject("eindtijd", LocalTime.class), rs.getBoolean("vervalt"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<Long, String> werkgebieden = this.organisatie.teams()
			.stream()
			.collect(Collectors.toMap(TeamInfo::id, TeamInfo::werkgebiedTekst));
		Map<Long, Wijk> wijken = new LinkedHashMap<>();
		for (Rij rij : rijen) {
			Wijk wijk = wijken.computeIfAbsent(rij.teamId(),
					(id) -> new Wijk(id, rij.teamNaam(), werkgebieden.get(id), new ArrayList<>()));
			List<Bijzonder> van = bijzonder.getOrDefault(rij.id(), List.of());
			wijk.spreekuren()
				.add(new Spreekuur(rij.soort(), rij.locatieNaam(), rij.locatieAdres(), rij.weekdag(), rij.begintijd(),
						rij.eindtijd(), rij.elkeWeken(), rij.geldigVan().isAfter(vandaag) ? rij.geldigVan() : null,
						rij.geldigTot(), rij.partnerNaam(), van.stream().filter(Bijzonder::vervalt).toList(),
						van.stream().filter((b) -> !b.vervalt()).toList()));
		}
		List<Wijk> lijst = new ArrayList<>(wijken.values());
		if (eerst != null) {
			lijst.sort((a, b) -> Boolean.compare(a.teamId() != eerst, b.teamId() != eerst));
		}
		return lijst;
	}

	/** A neighbourhood: the team that serves it, its postcodes and its spreekuren. */
	public record Wijk(long teamId, String teamNaam, String werkgebied, List<Spreekuur> spreekuren) {

	}

	/**
	 * A spreekuur for the public: what, where, when; from when (if it starts later) and
	 * until when; the coordinating organisation; cancelled and extra sessions to come.
	 */
	public record Spreekuur(SpreekuurSoort soort, String locatieNaam, String locatieAdres, DayOfWeek weekdag,
			LocalTime begintijd, LocalTime eindtijd, int elkeWeken, LocalDate vanaf, LocalDate tot, String partnerNaam,
			List<Bijzonder> vervalt, List<Bijzonder> extra) {

		public String weekdagKey() {
			return "spreekuur.weekdag." + this.weekdag.name();
		}

		public String ritmeKey() {
			return "spreekuur.elkeWeken." + this.elkeWeken;
		}

		/** Its times as the timetable writes them: 09:00–11:00. */
		public String tijden() {
			return SpreekuurInvoer.tekst(this.begintijd) + "\u2013" + SpreekuurInvoer.tekst(this.eindtijd);
		}

	}

	/** A session that differs from the schedule: cancelled, or an extra one. */
	public record Bijzonder(LocalDate datum, LocalTime begintijd, LocalTime eindtijd, boolean vervalt) {

		public String weekdagKey() {
			return "spreekuur.weekdag." + this.datum.getDayOfWeek().name();
		}

		public String tijden() {
			return SpreekuurInvoer.tekst(this.begintijd) + "\u2013" + SpreekuurInvoer.tekst(this.eindtijd);
		}

	}

	private record Rij(long id, long teamId, String teamNaam, SpreekuurSoort soort, String locatieNaam,
			String locatieAdres, DayOfWeek weekdag, LocalTime begintijd, LocalTime eindtijd, int elkeWeken,
			LocalDate geldigVan, LocalDate geldigTot, String partnerNaam) {
	}

}
