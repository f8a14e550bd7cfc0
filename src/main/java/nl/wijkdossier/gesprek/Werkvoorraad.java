package nl.wijkdossier.gesprek;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.casus.Scope;
import nl.wijkdossier.casus.Toegang;
import nl.wijkdossier.shared.ClockConfiguration;

/**
 * What a wijkwerker still has to do with conversations, for her home page: her own drafts
 * (the report she has not finalised yet, so nothing typed gets lost) and the open
 * agreements on her cases that are overdue or due this week.
 * <p>
 * One statement per list, the scope in the query: drafts start from
 * {@code ix_gesprek_concept_auteur} (hers only), agreements from her cases
 * ({@code ix_casus_regievoerder}) into {@code ix_afspraak_casus (casus_id, status,
 * deadline)} — never from all open agreements of the country. The caller (the home page)
 * writes the access-log row in the same transaction, hence {@link Propagation#MANDATORY}.
 */
@Component
public class Werkvoorraad {

	private static final String CONCEPTEN = """
			select k.id, k.casus_id, i.voornaam, i.achternaam, k.opgeslagen_op
			from gesprek_concept k
			join casus c on c.id = k.casus_id
			join inwoner i on i.id = c.inwoner_id
			where k.auteur_gebruiker_id = :gebruiker and
			""" + Scope.SQL + """

			order by k.opgeslagen_op desc, k.id desc
			""";

	private static final String AFSPRAKEN = """
			select a.id, a.version, a.casus_id, i.voornaam, i.achternaam, a.omschrijving, a.wie, a.partner, a.deadline
			from casus c
			join afspraak a on a.casus_id = c.id and a.status = 'OPEN' and a.deadline <= :eindeWeek
			join inwoner i on i.id = c.inwoner_id
			where c.regievoerder_id = :scopeMedewerker and c.status <> 'AFGESLOTEN' and
			""" + Scope.SQL + """

			order by a.deadline, i.achternaam, i.voornaam, a.id
			""";

	private final Toegang toegang;

	private final JdbcClient jdbc;

	private final Clock clock;

	Werkvoorraad(Toegang toegang, JdbcClient jdbc, Clock clock) {
		this.toegang = toegang;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Her drafts, the last saved first, on cases that are still within her scope (a draft
	 * on a case she no longer may see stays invisible).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Concept> concepten(WijkdossierUser gebruiker) {
		Scope scope = this.toegang.scopeVan(gebruiker);
		if (scope.isLeeg()) {
			return List.of();
		}
		return this.jdbc.sql(CONCEPTEN)
			.param("gebruiker", gebruiker.id())
			.params(scope.parameters())
			.query((rs, rij) -> new Concept(rs.getLong("id"), rs.getLong("casus_id"),
					rs.getString("voornaam") + " " + rs.getString("achternaam"),
					rs.getTimestamp("opgeslagen_op").toInstant()))
			.list();
	}

	/**
	 * The open agreements on the open cases she is regievoerder of, due on or before the
	 * Sunday of this ISO week (Europe/Amsterdam): the overdue ones first, then by due
	 * date.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<AfspraakTeDoen> afsprakenDezeWeekOfTeLaat(WijkdossierUser gebruiker) {
		Scope scope = this.toegang.scopeVan(gebruiker);
		if (scope.medewerkerId() < 0) {
			return List.of();
		}
		LocalDate vandaag = LocalDate.ofInstant(this.clock.instant(), ClockConfiguration.ZONE);
		LocalDate eindeWeek = eindeWeek(vandaag);
		return this.jdbc.sql(AFSPRAKEN).param("eindeWeek", eindeWeek).params(scope.parameters()).query((rs, rij) -> {
			LocalDate deadline = rs.getObject("deadline", LocalDate.class);
			return new AfspraakTeDoen(rs.getLong("id"), rs.getLong("version"), rs.getLong("casus_id"),
					rs.getString("voornaam") + " " + rs.getString("achternaam"), rs.getString("omschrijving"),
					GesprekAfspraak.Wie.valueOf(rs.getString("wie")), rs.getString("partner"), deadline,
					ChronoUnit.DAYS.between(vandaag, deadline));
		}).list();
	}

	/** The Sunday that ends the ISO week of this day (the day itself on a Sunday). */
	static LocalDate eindeWeek(LocalDate dag) {
		return dag.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
	}

	/** A draft of hers; {@link #link()} opens the form where she left it. */
	public record Concept(long id, long casusId, String inwonerNaam, java.time.Instant opgeslagenOp) {

		public String link() {
			return "/casussen/" + this.casusId + "/gesprekken/nieuw?concept=" + this.id;
		}

	}

	/**
	 * An open agreement: {@code dagen} until its due date, negative when overdue. The
	 * version goes with the "klaar" form, so a change by a colleague is not overwritten.
	 */
	public record AfspraakTeDoen(long id, long version, long casusId, String inwonerNaam, String omschrijving,
			GesprekAfspraak.Wie wie, String partner, LocalDate deadline, long dagen) {

		public boolean isTeLaat() {
			return this.dagen < 0;
		}

		public String casusLink() {
			return "/casussen/" + this.casusId;
		}

		public String klaarLink() {
			return "/casussen/" + this.casusId + "/afspraken/" + this.id + "/klaar";
		}

	}

}
