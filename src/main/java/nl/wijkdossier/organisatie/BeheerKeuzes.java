package nl.wijkdossier.organisatie;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.shared.web.Keuze;

/**
 * The options of the selects in the beheer forms. Only active things can be chosen; the
 * current choice of an edited thing stays in the list, marked inactive, so editing
 * something else does not silently change it.
 */
@Component
@Transactional(readOnly = true)
class BeheerKeuzes {

	private final ConvenantpartnerRepository partners;

	private final ClusterRepository clusters;

	private final WijkteamRepository teams;

	private final Organisatie organisatie;

	private final MessageSource messages;

	BeheerKeuzes(ConvenantpartnerRepository partners, ClusterRepository clusters, WijkteamRepository teams,
			Organisatie organisatie, MessageSource messages) {
		this.partners = partners;
		this.clusters = clusters;
		this.teams = teams;
		this.organisatie = organisatie;
		this.messages = messages;
	}

	List<Keuze> partners(Long huidig) {
		return this.partners.findAllByOrderByNaam()
			.stream()
			.filter((p) -> p.isActief() || Objects.equals(p.getId(), huidig))
			.map((p) -> keuze(p.getId(), p.getNaam(), p.isActief()))
			.toList();
	}

	List<Keuze> clusters(Long huidig) {
		return this.clusters.findAllByOrderByNaam()
			.stream()
			.filter((c) -> c.isActief() || Objects.equals(c.getId(), huidig))
			.map((c) -> keuze(c.getId(), c.getNaam(), c.isActief()))
			.toList();
	}

	List<Keuze> teams(Long huidig) {
		return this.teams.findAllByOrderByNaam()
			.stream()
			.filter((t) -> t.isActief() || Objects.equals(t.getId(), huidig))
			.map((t) -> keuze(t.getId(), t.getNaam(), t.isActief()))
			.toList();
	}

	/** Active medewerkers with the role of wijkteammanager. */
	List<Keuze> managers() {
		return this.organisatie.managers().stream().map((m) -> new Keuze(String.valueOf(m.id()), m.naam())).toList();
	}

	List<Keuze> rollen() {
		return OrganisatieBeheer.MEDEWERKER_ROLLEN.stream()
			.map((rol) -> new Keuze(rol.name(), tekst(rol.messageKey())))
			.toList();
	}

	List<Keuze> focussen() {
		return Arrays.stream(Focus.values())
			.map((focus) -> new Keuze(focus.name(), tekst(focus.messageKey())))
			.toList();
	}

	private Keuze keuze(Long id, String naam, boolean actief) {
		return new Keuze(String.valueOf(id), actief ? naam : tekst("beheer.keuze.inactief", naam));
	}

	private String tekst(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
