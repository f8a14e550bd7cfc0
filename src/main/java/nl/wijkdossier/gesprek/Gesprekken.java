package nl.wijkdossier.gesprek;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.audit.ToegangsLog;
import nl.wijkdossier.casus.CasusKop;
import nl.wijkdossier.casus.Casussen;
import nl.wijkdossier.casus.Dossiers;
import nl.wijkdossier.casus.Scope;
import nl.wijkdossier.casus.Tijdlijn;
import nl.wijkdossier.casus.Toegang;
import nl.wijkdossier.shared.NietGevondenException;
import nl.wijkdossier.shared.ZrmDomein;
import nl.wijkdossier.shared.web.Datums;

/**
 * The use cases of the keukentafelgesprek: open the form (new or from a draft), autosave
 * a draft, delete a draft, finalise ("Vastleggen"), read a conversation and correct it.
 * <p>
 * Every use case starts by reading the case head within the user's scope, which writes
 * the access-log row of what it does ({@link Dossiers#kop}); out of scope is a DENIED row
 * and "not found". A draft is only ever its author's, on its own case: anything else is
 * "not found" with a DENIED row too. Finalising writes the conversation, its scores and
 * agreements, the meldcode start, the case's first-contact effects and the timeline line
 * in one transaction; a broken rule stores nothing.
 */
@Service
@Transactional
public class Gesprekken {

	/** The timeline's detail column holds 2000 characters. */
	static final int MAX_DETAIL = 2000;

	private final Dossiers dossiers;

	private final Casussen casussen;

	private final Tijdlijn tijdlijn;

	private final Toegang toegang;

	private final ToegangsLog toegangsLog;

	private final ConceptOpslag concepten;

	private final GesprekOpslag gesprekken;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final MessageSource messages;

	private final Clock clock;

	Gesprekken(Dossiers dossiers, Casussen casussen, Tijdlijn tijdlijn, Toegang toegang, ToegangsLog toegangsLog,
			ConceptOpslag concepten, GesprekOpslag gesprekken, JdbcClient jdbc, JsonMapper json, MessageSource messages,
			Clock clock) {
		this.dossiers = dossiers;
		this.casussen = casussen;
		this.tijdlijn = tijdlijn;
		this.toegang = toegang;
		this.toegangsLog = toegangsLog;
		this.concepten = concepten;
		this.gesprekken = gesprekken;
		this.jdbc = jdbc;
		this.json = json;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The form for a new conversation, or filled from one of the user's own drafts on
	 * this case; logged as {@code GESPREK_CONCEPT_BEKEKEN}.
	 */
	public GesprekFormulier formulier(WijkdossierUser gebruiker, long casusId, Long conceptId) {
		CasusKop kop = this.dossiers.kop(gebruiker, casusId, Gebeurtenis.GESPREK_CONCEPT_BEKEKEN);
		GesprekForm form;
		Instant opgeslagenOp = null;
		if (conceptId != null) {
			ConceptOpslag.Concept concept = eigenConcept(gebruiker, kop, conceptId,
					Gebeurtenis.GESPREK_CONCEPT_BEKEKEN);
			form = uitConcept(concept);
			opgeslagenOp = concept.opgeslagenOp();
		}
		else {
			form = nieuwForm();
		}
		List<ConceptKop> andere = this.concepten.vanAuteurOpCasus(gebruiker.id(), casusId)
			.stream()
			.filter((c) -> conceptId == null || c.id() != conceptId)
			.toList();
		return new GesprekFormulier(kop, form, andere, this.gesprekken.laatsteScores(casusId, vandaag()), opgeslagenOp);
	}

	/**
	 * Checks that the case lies within the user's scope without reading it (for parts of
	 * the form that show nothing of the case, such as an extra agreement row): out of
	 * scope a DENIED row and "not found".
	 */
	@Transactional(readOnly = true)
	public void controleerScope(WijkdossierUser gebruiker, long casusId) {
		Scope scope = this.toegang.scopeVan(gebruiker);
		boolean inScope = !scope.isLeeg()
				&& this.jdbc.sql("select exists (select 1 from casus c where c.id = :id and " + Scope.SQL + ")")
					.param("id", casusId)
					.params(scope.parameters())
					.query(Boolean.class)
					.single();
		if (!inScope) {
			this.toegangsLog.geweigerd(Gebeurtenis.GESPREK_CONCEPT_BEKEKEN, null, casusId);
			throw new NietGevondenException("casus");
		}
	}

	/**
	 * Saves the whole form as a draft, unvalidated: a new draft without
	 * {@code conceptId}, otherwise the user's own draft in the version the page saw.
	 * Another window saved it since, or it is gone: {@link ConceptVerouderd}, nothing
	 * stored.
	 */
	public ConceptStand bewaarConcept(WijkdossierUser gebruiker, long casusId, GesprekForm form) {
		CasusKop kop = this.dossiers.kop(gebruiker, casusId, Gebeurtenis.GESPREK_CONCEPT_OPGESLAGEN);
		String inhoud = this.json.writeValueAsString(form);
		Instant nu = this.clock.instant();
		if (form.getConceptId() == null) {
			return this.concepten.nieuw(casusId, gebruiker.id(), inhoud, nu);
		}
		Optional<ConceptOpslag.Concept> bestaand = this.concepten.vind(form.getConceptId());
		if (bestaand.isPresent() && !bestaand.get().isVan(gebruiker.id(), casusId)) {
			this.toegangsLog.geweigerd(Gebeurtenis.GESPREK_CONCEPT_OPGESLAGEN, kop.inwonerId(), casusId);
			throw new NietGevondenException("concept");
		}
		if (bestaand.isEmpty()) {
			throw new ConceptVerouderd(null);
		}
		ConceptOpslag.Concept concept = bestaand.get();
		ConceptKop nieuwste = new ConceptKop(concept.id(), casusId, concept.opgeslagenOp());
		if (form.getConceptVersion() == null) {
			throw new ConceptVerouderd(nieuwste);
		}
		return this.concepten.werkBij(concept.id(), form.getConceptVersion(), inhoud, nu)
			.orElseThrow(() -> new ConceptVerouderd(nieuwste));
	}

	/**
	 * The user's own draft, to confirm its deletion: logged as
	 * {@code GESPREK_CONCEPT_BEKEKEN}.
	 */
	@Transactional
	public ConceptVerwijderen conceptVoorVerwijderen(WijkdossierUser gebruiker, long casusId, long conceptId) {
		CasusKop kop = this.dossiers.kop(gebruiker, casusId, Gebeurtenis.GESPREK_CONCEPT_BEKEKEN);
		ConceptOpslag.Concept concept = eigenConcept(gebruiker, kop, conceptId, Gebeurtenis.GESPREK_CONCEPT_BEKEKEN);
		GesprekForm form = uitConcept(concept);
		return new ConceptVerwijderen(kop, new ConceptKop(concept.id(), casusId, concept.opgeslagenOp()),
				GesprekkenOverzicht.eersteRegel(form.getVerslag()));
	}

	/** Deletes the user's own draft on this case. */
	public void verwijderConcept(WijkdossierUser gebruiker, long casusId, long conceptId) {
		CasusKop kop = this.dossiers.kop(gebruiker, casusId, Gebeurtenis.GESPREK_CONCEPT_VERWIJDERD);
		if (!this.concepten.verwijder(conceptId, gebruiker.id(), casusId)) {
			this.toegangsLog.geweigerd(Gebeurtenis.GESPREK_CONCEPT_VERWIJDERD, kop.inwonerId(), casusId);
			throw new NietGevondenException("concept");
		}
	}

	/**
	 * "Vastleggen": checks the form against the rules and the case (not closed, not dated
	 * before its melding) and stores the conversation with its ZRM scores and agreements,
	 * starts the meldcode on a suspicion of domestic violence (once per case), registers
	 * the first-contact effects on the case, writes the timeline line and deletes the
	 * draft it came from. A draft saved in another window since is kept (nothing typed is
	 * lost).
	 * @throws GesprekOngeldig when a rule is broken; nothing is stored
	 */
	public Vastgelegd legVast(WijkdossierUser gebruiker, long casusId, GesprekForm form) {
		CasusKop kop = this.dossiers.kop(gebruiker, casusId, Gebeurtenis.GESPREK_VASTGELEGD);
		if (kop.isAfgesloten()) {
			throw new GesprekOngeldig(List.of(new GesprekRegels.Fout(null, "gesprek.fout.afgesloten")));
		}
		GesprekRegels.Controle controle = GesprekRegels.controleer(form, kop.gemeldOp(), vandaag());
		if (!controle.isGoed()) {
			throw new GesprekOngeldig(controle.fouten());
		}
		Optional<ConceptOpslag.Concept> concept = Optional.ofNullable(form.getConceptId())
			.flatMap(this.concepten::vind);
		if (concept.isPresent() && !concept.get().isVan(gebruiker.id(), casusId)) {
			this.toegangsLog.geweigerd(Gebeurtenis.GESPREK_VASTGELEGD, kop.inwonerId(), casusId);
			throw new NietGevondenException("concept");
		}
		Gesprek gesprek = controle.gesprek();
		Map<ZrmDomein, Integer> vorige = this.gesprekken.laatsteScores(casusId, gesprek.datum());
		long id = this.gesprekken.voegToe(casusId, gebruiker.id(), gesprek, this.clock.instant());
		String link = "/casussen/" + casusId + "/gesprekken/" + id;
		boolean conceptBehouden = concept.isPresent() && (form.getConceptVersion() == null
				|| !this.concepten.verwijder(concept.get().id(), form.getConceptVersion()));
		this.casussen.registreerGesprek(gebruiker, casusId, gesprek.datum());
		if (gesprek.vermoedenHuiselijkGeweld()
				&& this.gesprekken.startMeldcode(casusId, id, gesprek.datum(), gebruiker.id())) {
			this.tijdlijn.schrijf(casusId, gebruiker.id(), "gesprekMeldcode", Datums.dag(gesprek.datum()), link);
		}
		this.tijdlijn.schrijf(casusId, gebruiker.id(), "gesprek",
				samenvatting(gesprek, vorige, LocaleContextHolder.getLocale()), link);
		return new Vastgelegd(id, conceptBehouden);
	}

	/** A conversation of this case, logged as {@code GESPREK_BEKEKEN}. */
	public GesprekPagina lees(WijkdossierUser gebruiker, long casusId, long gesprekId) {
		CasusKop kop = this.dossiers.kop(gebruiker, casusId, Gebeurtenis.GESPREK_BEKEKEN);
		return new GesprekPagina(kop, gesprekVan(kop, gesprekId, Gebeurtenis.GESPREK_BEKEKEN));
	}

	/**
	 * Corrects the report and/or the internal note: a new version with a reason; the
	 * original and every earlier correction stay. {@code gezieneVersie} is the number of
	 * the version the user corrected: a colleague's correction since is not replaced.
	 * @throws GesprekOngeldig when a rule is broken; nothing is stored
	 */
	public void corrigeer(WijkdossierUser gebruiker, long casusId, long gesprekId, int gezieneVersie, String reden,
			String verslag, String interneNotitie) {
		CasusKop kop = this.dossiers.kop(gebruiker, casusId, Gebeurtenis.GESPREK_GECORRIGEERD);
		GesprekWeergave gesprek = gesprekVan(kop, gesprekId, Gebeurtenis.GESPREK_GECORRIGEERD);
		if (gesprek.huidig().nummer() != gezieneVersie) {
			throw new GesprekIntussenGecorrigeerd(gesprekId);
		}
		GesprekRegels.CorrectieControle controle = GesprekRegels.controleerCorrectie(reden, verslag, interneNotitie,
				gesprek.huidig().verslag(), gesprek.huidig().interneNotitie());
		if (!controle.isGoed()) {
			throw new GesprekOngeldig(controle.fouten());
		}
		this.gesprekken.voegCorrectieToe(gesprekId, controle.reden(), controle.verslag(), controle.interneNotitie(),
				gebruiker.id(), this.clock.instant());
		this.tijdlijn.schrijf(casusId, gebruiker.id(), "gesprekGecorrigeerd", controle.reden(), gesprek.link());
	}

	/**
	 * The finalised conversations of a case and the user's drafts on it, for the dossier
	 * (which has read the case within scope and logged that).
	 */
	@Transactional(readOnly = true)
	public GesprekkenOverzicht overzicht(WijkdossierUser gebruiker, long casusId, boolean open) {
		return new GesprekkenOverzicht(casusId, open, this.concepten.vanAuteurOpCasus(gebruiker.id(), casusId),
				this.gesprekken.vanCasus(casusId));
	}

	/**
	 * The timeline's detail of a finalised conversation: its date and place, the ZRM
	 * scores with the previous score of each domain, and the agreements; at most
	 * {@value #MAX_DETAIL} characters.
	 */
	String samenvatting(Gesprek gesprek, Map<ZrmDomein, Integer> vorige, Locale locale) {
		List<String> delen = new ArrayList<>();
		delen.add(Datums.dag(gesprek.datum()) + ", " + bericht(gesprek.locatie().messageKey(), locale));
		if (!gesprek.zrm().isEmpty()) {
			List<String> scores = new ArrayList<>();
			for (Gesprek.ZrmScore score : gesprek.zrm()) {
				String domein = bericht(score.domein().messageKey(), locale);
				Integer was = vorige.get(score.domein());
				scores.add((was != null) ? bericht("gesprek.tijdlijn.scoreWas", locale, domein, score.score(), was)
						: bericht("gesprek.tijdlijn.score", locale, domein, score.score()));
			}
			delen.add(bericht("gesprek.tijdlijn.zrm", locale, String.join(", ", scores)));
		}
		if (!gesprek.afspraken().isEmpty()) {
			List<String> omschrijvingen = gesprek.afspraken().stream().map(GesprekAfspraak::omschrijving).toList();
			delen.add(bericht("gesprek.tijdlijn.afspraken", locale, omschrijvingen.size(),
					String.join("; ", omschrijvingen)));
		}
		String detail = String.join(" \u00b7 ", delen).replaceAll("\\s+", " ");
		return (detail.length() > MAX_DETAIL) ? detail.substring(0, MAX_DETAIL - 1) + "\u2026" : detail;
	}

	private String bericht(String sleutel, Locale locale, Object... args) {
		return this.messages.getMessage(sleutel, args, locale);
	}

	private GesprekWeergave gesprekVan(CasusKop kop, long gesprekId, Gebeurtenis gebeurtenis) {
		return this.gesprekken.lees(kop.id(), gesprekId).orElseThrow(() -> {
			this.toegangsLog.geweigerd(gebeurtenis, kop.inwonerId(), kop.id());
			return new NietGevondenException("gesprek");
		});
	}

	private ConceptOpslag.Concept eigenConcept(WijkdossierUser gebruiker, CasusKop kop, long conceptId,
			Gebeurtenis gebeurtenis) {
		return this.concepten.vind(conceptId).filter((c) -> c.isVan(gebruiker.id(), kop.id())).orElseThrow(() -> {
			this.toegangsLog.geweigerd(gebeurtenis, kop.inwonerId(), kop.id());
			return new NietGevondenException("concept");
		});
	}

	private GesprekForm uitConcept(ConceptOpslag.Concept concept) {
		GesprekForm form = this.json.readValue(concept.inhoud(), GesprekForm.class);
		form.setConceptId(concept.id());
		form.setConceptVersion(concept.version());
		return form;
	}

	/** A new conversation: today, at home, with the resident. */
	private GesprekForm nieuwForm() {
		GesprekForm form = new GesprekForm();
		form.setDatum(vandaag().toString());
		form.setLocatie(GesprekLocatie.THUIS.name());
		form.setDeelnemers(new ArrayList<>(List.of(GesprekDeelnemer.INWONER.name())));
		return form;
	}

	private LocalDate vandaag() {
		return LocalDate.now(this.clock);
	}

	/** A finalised conversation; {@code conceptBehouden} when its draft was kept. */
	public record Vastgelegd(long gesprekId, boolean conceptBehouden) {
	}

	/** A conversation's page: the case head and the conversation. */
	public record GesprekPagina(CasusKop kop, GesprekWeergave gesprek) {
	}

	/** A draft to be deleted, as the confirmation shows it. */
	public record ConceptVerwijderen(CasusKop kop, ConceptKop concept, String eersteRegel) {
	}

}
