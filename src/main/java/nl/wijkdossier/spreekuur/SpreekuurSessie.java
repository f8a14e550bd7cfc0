package nl.wijkdossier.spreekuur;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One session of a spreekuur as the staff pages show it: when and where, whether it is
 * cancelled (and why), and who is on duty.
 */
public record SpreekuurSessie(long id, long spreekuurId, long teamId, String teamNaam, SpreekuurSoort soort,
		String locatieNaam, String locatieAdres, LocalDate datum, LocalTime begintijd, LocalTime eindtijd,
		Instant begintOp, Instant eindigtOp, boolean extra, String vervaltReden, String partnerNaam,
		List<SpreekuurDienst> diensten) {

	public SpreekuurSessie {
		diensten = List.copyOf(diensten);
	}

	/** The message key of its weekday: {@code spreekuur.weekdag.TUESDAY}. */
	public String weekdagKey() {
		return "spreekuur.weekdag." + this.datum.getDayOfWeek().name();
	}

	/** Its times as the timetable writes them: 09:00–11:00. */
	public String tijden() {
		return SpreekuurInvoer.tekst(this.begintijd) + "\u2013" + SpreekuurInvoer.tekst(this.eindtijd);
	}

	public boolean isVervallen() {
		return this.vervaltReden != null;
	}

	/** Takes place and nobody is on duty: the manager must act. */
	public boolean isOnbezet() {
		return !isVervallen() && this.diensten.isEmpty();
	}

	public boolean heeftDienst(long medewerkerId) {
		return this.diensten.stream().anyMatch((d) -> d.medewerkerId() != null && d.medewerkerId() == medewerkerId);
	}

	public boolean isVoorbij(Instant nu) {
		return !this.eindigtOp.isAfter(nu);
	}

	SpreekuurSessie metDiensten(List<SpreekuurDienst> lijst) {
		return new SpreekuurSessie(this.id, this.spreekuurId, this.teamId, this.teamNaam, this.soort, this.locatieNaam,
				this.locatieAdres, this.datum, this.begintijd, this.eindtijd, this.begintOp, this.eindigtOp, this.extra,
				this.vervaltReden, this.partnerNaam, lijst);
	}

}
