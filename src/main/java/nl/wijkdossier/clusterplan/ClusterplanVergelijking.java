package nl.wijkdossier.clusterplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.dashboard.Bereik;
import nl.wijkdossier.dashboard.Cel;
import nl.wijkdossier.dashboard.DashboardVergelijking;
import nl.wijkdossier.dashboard.Figuur;
import nl.wijkdossier.dashboard.Figuur.Grafiek;
import nl.wijkdossier.dashboard.Figuur.Kolom;
import nl.wijkdossier.dashboard.Figuur.Oordeel;
import nl.wijkdossier.dashboard.Figuur.Rij;
import nl.wijkdossier.dashboard.Kengetal;
import nl.wijkdossier.dashboard.Onderdrukking;
import nl.wijkdossier.dashboard.Periode;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.shared.web.Datums;

/**
 * The dashboard figure {@code clusterplan-doelen}, shown first on a cluster's dashboard
 * (and on a team's, against its cluster's plan): per target of the current plan the
 * target and the actual headline number the sources computed, judged met or not — or
 * "afgeschermd" when the number concerns too few persons to show, "onbekend" when it was
 * not computed. Under it the last versions of the plan. The city has no plan: no figure;
 * nor does a cluster without a plan or without targets. Policy numbers only; the actual
 * cells come suppressed and stay so.
 */
@Component
@Order(0)
public class ClusterplanVergelijking implements DashboardVergelijking {

	static final String ID = "clusterplan-doelen";

	/** How many versions the footnotes list. */
	static final int VERSIES = 3;

	private final Clusterplannen plannen;

	private final Organisatie organisatie;

	private final MessageSource messages;

	ClusterplanVergelijking(Clusterplannen plannen, Organisatie organisatie, MessageSource messages) {
		this.plannen = plannen;
		this.organisatie = organisatie;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Figuur> figuren(Bereik bereik, Periode periode, Map<Kengetal, Cel> kengetallen,
			Onderdrukking onderdrukking) {
		Optional<Long> clusterId = switch (bereik.soort()) {
			case STAD -> Optional.empty();
			case CLUSTER -> Optional.of(bereik.id());
			case TEAM -> this.organisatie.team(bereik.id()).map(TeamInfo::clusterId);
		};
		Optional<Clusterplan> plan = clusterId.flatMap(this.plannen::huidig);
		if (plan.isEmpty() || plan.get().streefwaarden().isEmpty()) {
			return List.of();
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<String> voetnoten = new ArrayList<>();
		voetnoten.add(this.messages.getMessage("clusterplan.dashboard.herkomst",
				new Object[] { plan.get().clusterNaam(), String.valueOf(plan.get().versie()) }, locale));
		this.plannen.historie(plan.get().clusterId())
			.stream()
			.limit(VERSIES)
			.forEach(
					(v) -> voetnoten.add(this.messages.getMessage("clusterplan.dashboard.versie",
							new Object[] { String.valueOf(v.versie()),
									Datums.dag(LocalDate.ofInstant(v.vastgesteldOp(), ClockConfiguration.ZONE)) },
							locale)));
		boolean team = bereik.soort() == Bereik.Soort.TEAM;
		return List.of(new Figuur(ID, team ? "clusterplan.dashboard.titel.team" : "clusterplan.dashboard.titel",
				team ? "clusterplan.dashboard.uitleg.team" : "clusterplan.dashboard.uitleg", Grafiek.GEEN,
				List.of(new Kolom("clusterplan.doelen.streefwaarde", false),
						new Kolom("clusterplan.doelen.werkelijk", false)),
				rijen(plan.get(), kengetallen, onderdrukking))
			.metVoetnoten(voetnoten));
	}

	/** A row per target the plan sets, in the order of {@link StreefwaardeSoort}. */
	static List<Rij> rijen(Clusterplan plan, Map<Kengetal, Cel> kengetallen, Onderdrukking onderdrukking) {
		return plan.streefwaarden().stream().map((s) -> {
			Cel.Soort soort = celSoort(s.soort());
			Cel werkelijk = kengetallen.get(kengetal(s.soort()));
			Cel streefwaarde = onderdrukking.vrij(s.waarde(), soort);
			if (werkelijk == null) {
				return Rij.van(s.soort().messageKey(), List.of(streefwaarde, onderdrukking.vrij(null, soort)))
					.met(new Oordeel("clusterplan.dashboard.onbekend", Oordeel.Toon.NEUTRAAL));
			}
			return Rij.van(s.soort().messageKey(), List.of(streefwaarde, werkelijk)).met(oordeel(s, werkelijk));
		}).toList();
	}

	private static Oordeel oordeel(Streefwaarde streefwaarde, Cel werkelijk) {
		return switch (werkelijk.staat()) {
			case GETOOND -> switch (streefwaarde.bereik(werkelijk.waarde())) {
				case MET -> new Oordeel(Doelbereik.MET.messageKey(), Oordeel.Toon.GOED);
				case NIET_GEHAALD -> new Oordeel(Doelbereik.NIET_GEHAALD.messageKey(), Oordeel.Toon.SLECHT);
				case ONBEKEND -> new Oordeel("clusterplan.dashboard.onbekend", Oordeel.Toon.NEUTRAAL);
			};
			case ONDERDRUKT, VERBORGEN -> new Oordeel("clusterplan.dashboard.afgeschermd", Oordeel.Toon.NEUTRAAL);
			case GEEN -> new Oordeel("clusterplan.dashboard.onbekend", Oordeel.Toon.NEUTRAAL);
		};
	}

	/** The headline number a kind of target is set on. */
	static Kengetal kengetal(StreefwaardeSoort soort) {
		return switch (soort) {
			case MAX_MEDIANE_WACHTTIJD_DAGEN -> Kengetal.MEDIANE_WACHTTIJD_DAGEN;
			case MAX_CASELOAD_PER_FTE -> Kengetal.CASELOAD_PER_FTE;
			case MIN_AANDEEL_INFORMEEL_PROCENT -> Kengetal.AANDEEL_INFORMEEL_PROCENT;
			case MIN_WMO_OP_TIJD_PROCENT -> Kengetal.WMO_OP_TIJD_PROCENT;
		};
	}

	private static Cel.Soort celSoort(StreefwaardeSoort soort) {
		return switch (soort.eenheid()) {
			case DAGEN -> Cel.Soort.DAGEN;
			case PER_FTE -> Cel.Soort.VERHOUDING;
			case PROCENT -> Cel.Soort.PERCENTAGE;
		};
	}

	/**
	 * The rows for {@code clusterplan/fragmenten :: doelen}: every target with the actual
	 * number when it is shown, "afgeschermd" when it is withheld, unknown when missing.
	 */
	static List<DoelRegel> doelRegels(Clusterplan plan, Map<Kengetal, Cel> kengetallen) {
		return plan.streefwaarden().stream().map((s) -> {
			Cel cel = kengetallen.get(kengetal(s.soort()));
			if (cel != null && (cel.staat() == Cel.Staat.ONDERDRUKT || cel.staat() == Cel.Staat.VERBORGEN)) {
				return DoelRegel.afgeschermd(s.soort(), s.waarde());
			}
			BigDecimal werkelijk = (cel != null) ? cel.waarde() : null;
			return DoelRegel.van(s.soort(), s.waarde(), werkelijk);
		}).toList();
	}

}
