package nl.wijkdossier.budget;

/**
 * What a maatwerk spending paid for, in the life areas a wijkteam solves custom problems
 * in: debts (a small arrears payment that stops an eviction), housing (a bed, a
 * cleaning), the household (a washing machine), getting about (a bicycle, a bus pass),
 * health (a co-payment the resident cannot carry) and taking part (a membership, a
 * course). Few enough to choose at a glance, broad enough for the figures.
 */
enum Categorie {

	SCHULDEN, WONEN, HUISHOUDEN, MOBILITEIT, GEZONDHEID, SOCIAAL, OVERIG;

	String messageKey() {
		return "budget.categorie." + name();
	}

}
