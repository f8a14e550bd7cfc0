package nl.wijkdossier.clusterplan;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.dashboard.Dashboards;
import nl.wijkdossier.shared.NietGevondenException;

/**
 * Reading the cluster plans: {@code GET /clusterplannen} lists the clusters one may see
 * with their current version, {@code GET /clusterplannen/{clusterId}} shows the current
 * plan (or {@code ?versie=n}, an older one) with its targets and history. The gemeente
 * reads every cluster; a manager the clusters of his teams and a wijkwerker her own
 * team's cluster (see {@link ClusterplanScope}); another cluster does not exist for them
 * (404). Beheer and privacy have no task here: 403. A plan holds no resident's data, so
 * reading it writes no access-log row. Beside the current plan's targets the gemeente and
 * the cluster's managers see the actual figures of this month so far, suppressed as on
 * the dashboard ({@link Dashboards#kengetallenVanCluster}); a wijkwerker gets no figures
 * from the dashboards, so she sees the targets alone.
 */
@Controller
@RequestMapping("/clusterplannen")
@PreAuthorize("hasAnyRole('GEMEENTE', 'WIJKTEAMMANAGER', 'WIJKWERKER')")
class ClusterplanController {

	private final Clusterplannen plannen;

	private final ClusterplanScope scope;

	private final Dashboards dashboards;

	ClusterplanController(Clusterplannen plannen, ClusterplanScope scope, Dashboards dashboards) {
		this.plannen = plannen;
		this.scope = scope;
		this.dashboards = dashboards;
	}

	@GetMapping
	String lijst(@AuthenticationPrincipal WijkdossierUser gebruiker, Model model) {
		model.addAttribute("regels", this.plannen.overzicht(this.scope.van(gebruiker)));
		model.addAttribute("magBewerken", gebruiker.heeftRol(Rol.GEMEENTE));
		return "clusterplan/lijst";
	}

	@GetMapping("/{clusterId}")
	String plan(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long clusterId,
			@RequestParam(name = "versie", required = false) Integer versie, Model model) {
		if (!this.scope.van(gebruiker).mag(clusterId)) {
			throw new NietGevondenException("cluster " + clusterId);
		}
		String clusterNaam = this.plannen.clusterNaam(clusterId)
			.orElseThrow(() -> new NietGevondenException("cluster " + clusterId));
		List<PlanVersie> historie = this.plannen.historie(clusterId);
		Optional<Clusterplan> plan = (versie == null) ? this.plannen.huidig(clusterId)
				: this.plannen.versie(clusterId, versie);
		if (versie != null && plan.isEmpty()) {
			throw new NietGevondenException("versie " + versie + " van het plan van cluster " + clusterId);
		}
		model.addAttribute("clusterId", clusterId);
		model.addAttribute("clusterNaam", clusterNaam);
		model.addAttribute("plan", plan.orElse(null));
		model.addAttribute("historie", historie);
		model.addAttribute("huidigeVersie", historie.isEmpty() ? 0 : historie.get(0).versie());
		model.addAttribute("magBewerken", gebruiker.heeftRol(Rol.GEMEENTE));
		boolean huidig = plan.isPresent() && (versie == null || plan.get().versie() == historie.get(0).versie());
		if (huidig && !plan.get().streefwaarden().isEmpty()
				&& (gebruiker.heeftRol(Rol.GEMEENTE) || gebruiker.heeftRol(Rol.WIJKTEAMMANAGER))) {
			Dashboards.Stand stand = this.dashboards.kengetallenVanCluster(gebruiker, clusterId);
			model.addAttribute("doelen", ClusterplanVergelijking.doelRegels(plan.get(), stand.waarden()));
			model.addAttribute("stand", stand.periode());
		}
		return "clusterplan/plan";
	}

}
