package nl.wijkdossier.budget;

/** Withdrawing a spending: why ({@code intrekreden}). */
record IntrekForm(String intrekreden) {

	static IntrekForm leeg() {
		return new IntrekForm("");
	}

}
