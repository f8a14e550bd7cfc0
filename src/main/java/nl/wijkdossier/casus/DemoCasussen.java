package nl.wijkdossier.casus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.shared.ZrmDomein;
import nl.wijkdossier.shared.web.Datums;

/**
 * Loads demo cases with a history: each plan is played through the aggregate's own
 * transitions (so every demo case is one the rules allow), back-dated, and its timeline
 * written in one batch. For the demo module only; it writes no access-log rows (there is
 * no user, and nobody looked at anything).
 */
@Component
public class DemoCasussen {

	private final CasusRepository casussen;

	private final JdbcTemplate jdbc;

	DemoCasussen(CasusRepository casussen, JdbcTemplate jdbc) {
		this.casussen = casussen;
		this.jdbc = jdbc;
	}

	/**
	 * @return the ids of the new cases, in the order of the plans
	 */
	@Transactional
	public List<Long> laad(List<Plan> plannen) {
		List<Casus> nieuw = new ArrayList<>();
		List<Object[]> regels = new ArrayList<>();
		List<List<Object[]>> regelsPerCasus = new ArrayList<>();
		for (Plan plan : plannen) {
			Casus casus = Casus.meld(plan.inwonerId(), plan.teamId(), plan.urgentie(), plan.kanaal(), plan.aanmelder(),
					plan.hulpvraag(), plan.domeinen(), plan.wmoMelding(), plan.gemeldOp(), moment(plan.gemeldOp(), 0));
			List<Object[]> eigen = new ArrayList<>();
			eigen.add(regel(plan.gemeldOp(), 0, plan.doorGebruikerId(), "aanmelding", plan.teamNaam()));
			int volgnummer = 1;
			for (Stap stap : plan.stappen()) {
				eigen.add(speel(casus, stap, plan.doorGebruikerId(), volgnummer++));
			}
			nieuw.add(casus);
			regelsPerCasus.add(eigen);
		}
		List<Casus> opgeslagen = this.casussen.saveAll(nieuw);
		this.casussen.flush();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < opgeslagen.size(); i++) {
			long id = opgeslagen.get(i).getId();
			ids.add(id);
			for (Object[] regel : regelsPerCasus.get(i)) {
				regel[0] = id;
				regels.add(regel);
			}
		}
		this.jdbc.batchUpdate(
				"insert into casus_gebeurtenis (casus_id, op, door_gebruiker_id, soort, detail) values (?, ?, ?, ?, ?)",
				regels);
		return ids;
	}

	private static Object[] speel(Casus casus, Stap stap, long door, int volgnummer) {
		if (stap instanceof Wachtlijst w) {
			casus.plaatsOpWachtlijst(w.spoedReden());
			return regel(w.op(), volgnummer, w.doorGebruikerId(), "wachtlijst", w.spoedReden());
		}
		if (stap instanceof Toewijzing t) {
			casus.wijsToe(t.medewerkerId());
			return regel(t.op(), volgnummer, t.doorGebruikerId(), t.zelf() ? "opgepakt" : "toegewezen", t.naam());
		}
		if (stap instanceof Contact c) {
			casus.registreerContact(c.op());
			return regel(c.op(), volgnummer, door, "contact", null);
		}
		if (stap instanceof Afsluiting a) {
			casus.sluitAf(a.reden(), a.op());
			return regel(a.op(), volgnummer, door, "afgesloten", a.reden().name());
		}
		if (stap instanceof Heropening h) {
			casus.heropen();
			return regel(h.op(), volgnummer, door, "heropend", null);
		}
		if (stap instanceof Ontvangst o) {
			casus.bevestigOntvangst(o.op());
			return regel(o.op(), volgnummer, door, "ontvangstBevestigd", Datums.dag(o.op()));
		}
		if (stap instanceof Clientondersteuning c) {
			casus.registreerClientondersteuning(c.aangeboden());
			return regel(c.op(), volgnummer, door,
					c.aangeboden() ? "clientondersteuningAangeboden" : "clientondersteuningNietAangeboden", null);
		}
		if (stap instanceof Opschorting o) {
			casus.schortOp(o.van(), o.tot(), o.reden());
			return regel(o.van(), volgnummer, door, "opgeschort", o.reden());
		}
		if (stap instanceof Onderzoek o) {
			casus.rondOnderzoekAf(o.op());
			return regel(o.op(), volgnummer, door, "onderzoekAfgerond", Datums.dag(o.op()));
		}
		if (stap instanceof Aanvraag a) {
			casus.registreerAanvraag(a.op());
			return regel(a.op(), volgnummer, door, "aanvraag", Datums.dag(a.op()));
		}
		if (stap instanceof Beschikking b) {
			casus.registreerBeschikking(b.op());
			return regel(b.op(), volgnummer, door, "beschikking", Datums.dag(b.op()));
		}
		throw new IllegalArgumentException("Onbekende stap " + stap);
	}

	private static Object[] regel(LocalDate op, int volgnummer, long door, String soort, String detail) {
		return new Object[] { null, java.sql.Timestamp.from(moment(op, volgnummer)), door, soort, detail };
	}

	/** Office hours, a quarter of an hour apart, so the timeline reads in order. */
	private static Instant moment(LocalDate dag, int volgnummer) {
		return dag.atTime(LocalTime.of(9, 0).plusMinutes(15L * volgnummer)).atZone(ClockConfiguration.ZONE).toInstant();
	}

	/**
	 * One demo case: who, what, for which team, and what happened to it since, in order.
	 */
	public record Plan(long inwonerId, long teamId, String teamNaam, long doorGebruikerId, Urgentie urgentie,
			Kanaal kanaal, String aanmelder, String hulpvraag, Set<ZrmDomein> domeinen, boolean wmoMelding,
			LocalDate gemeldOp, List<Stap> stappen) {
	}

	/** Something that happened to a demo case. */
	public sealed interface Stap permits Wachtlijst, Toewijzing, Contact, Afsluiting, Heropening, Ontvangst,
			Clientondersteuning, Opschorting, Onderzoek, Aanvraag, Beschikking {

	}

	public record Wachtlijst(LocalDate op, long doorGebruikerId, String spoedReden) implements Stap {
	}

	public record Toewijzing(LocalDate op, long medewerkerId, String naam, long doorGebruikerId,
			boolean zelf) implements Stap {
	}

	public record Contact(LocalDate op) implements Stap {
	}

	public record Afsluiting(LocalDate op, AfsluitReden reden) implements Stap {
	}

	public record Heropening(LocalDate op) implements Stap {
	}

	public record Ontvangst(LocalDate op) implements Stap {
	}

	public record Clientondersteuning(LocalDate op, boolean aangeboden) implements Stap {
	}

	public record Opschorting(LocalDate van, LocalDate tot, String reden) implements Stap {
	}

	public record Onderzoek(LocalDate op) implements Stap {
	}

	public record Aanvraag(LocalDate op) implements Stap {
	}

	public record Beschikking(LocalDate op) implements Stap {
	}

}
