package nl.wijkdossier.verwijzing;

/**
 * Where a referral stands: sent, then accepted or declined (with a reason) by the
 * organisation referred to, and an accepted one closed with feedback.
 */
public enum VerwijzingStatus {

	VERSTUURD, GEACCEPTEERD, AFGEWEZEN, AFGEROND;

	public String messageKey() {
		return "verwijzing.status." + name();
	}

	/** Bootstrap badge classes; the badge always carries the status as text too. */
	public String badge() {
		return switch (this) {
			case VERSTUURD -> "text-bg-primary";
			case GEACCEPTEERD -> "text-bg-success";
			case AFGEWEZEN -> "text-bg-danger";
			case AFGEROND -> "text-bg-secondary";
		};
	}

	/** No further step: the referral is done with, either way. */
	public boolean isEind() {
		return this == AFGEWEZEN || this == AFGEROND;
	}

}
