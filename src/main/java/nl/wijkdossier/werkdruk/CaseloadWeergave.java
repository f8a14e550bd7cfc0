package nl.wijkdossier.werkdruk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The caseload page as shown: the overview filtered (one team, only those above the norm)
 * and sorted, with the links that sort by another column and the scale of the small bars
 * (the highest figure or norm on the page is the full width).
 */
record CaseloadWeergave(Caseload.Overzicht overzicht, List<Caseload.TeamRegel> teams, List<Caseload.Regel> regels,
		Long team, boolean bovenNorm, Sortering sortering, boolean oplopend) {

	static CaseloadWeergave van(Caseload.Overzicht overzicht, Long team, boolean bovenNorm, Sortering sortering,
			boolean oplopend) {
		List<Caseload.TeamRegel> teams = overzicht.teams()
			.stream()
			.filter((t) -> team == null || t.id() == team)
			.toList();
		List<Caseload.Regel> regels = overzicht.regels()
			.stream()
			.filter((r) -> team == null || r.teamId() == team)
			.filter((r) -> !bovenNorm || r.isBovenNorm())
			.sorted(sortering.comparator(oplopend))
			.toList();
		return new CaseloadWeergave(overzicht, teams, regels, team, bovenNorm, sortering, oplopend);
	}

	/**
	 * Where a click on this column's header goes: the other direction when it is sorted
	 * by it already.
	 */
	public String sorteerLink(String kolom) {
		Sortering doel = Sortering.van(kolom).orElseThrow();
		boolean richting = (doel == this.sortering) ? !this.oplopend : doel.isStandaardOplopend();
		return UriComponentsBuilder.fromPath("/caseload")
			.queryParamIfPresent("team", Optional.ofNullable(this.team))
			.queryParamIfPresent("bovenNorm", this.bovenNorm ? Optional.of(true) : Optional.empty())
			.queryParam("sorteer", doel.sleutel())
			.queryParam("richting", richting ? "op" : "af")
			.fragment("medewerkers")
			.build()
			.toUriString();
	}

	/** The sort column's key, for the filter form. */
	public String sorteer() {
		return this.sortering.sleutel();
	}

	/** The sort direction, for the filter form: {@code op} or {@code af}. */
	public String richting() {
		return this.oplopend ? "op" : "af";
	}

	/** How many of the shown rows are above their team's norm. */
	public long aantalBovenNorm() {
		return this.regels.stream().filter(Caseload.Regel::isBovenNorm).count();
	}

	/**
	 * {@code aria-sort} of a column header: only on the column the rows are sorted by.
	 */
	public String ariaSort(String kolom) {
		if (!this.sortering.sleutel().equals(kolom)) {
			return null;
		}
		return this.oplopend ? "ascending" : "descending";
	}

	public boolean isGesorteerdOp(String kolom) {
		return this.sortering.sleutel().equals(kolom);
	}

	/** 100 = the highest cases per FTE or norm among the shown rows. */
	private BigDecimal schaal() {
		BigDecimal hoogste = Stream
			.concat(this.regels.stream().map(Caseload.Regel::perFte),
					this.regels.stream().map((r) -> r.norm().casussenPerFte()))
			.filter(Objects::nonNull)
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ONE);
		return (hoogste.signum() > 0) ? hoogste : BigDecimal.ONE;
	}

	/** The bar's length for this row, 0–100. */
	public int balk(Caseload.Regel regel) {
		return procent(regel.perFte());
	}

	/** Where the row's norm lies on the bar, 0–100. */
	public int normStreep(Caseload.Regel regel) {
		return procent(regel.norm().casussenPerFte());
	}

	private int procent(BigDecimal waarde) {
		if (waarde == null) {
			return 0;
		}
		return waarde.multiply(BigDecimal.valueOf(100)).divide(schaal(), 0, RoundingMode.HALF_UP).intValue();
	}

}
