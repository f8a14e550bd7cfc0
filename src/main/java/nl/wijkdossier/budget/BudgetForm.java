package nl.wijkdossier.budget;

/**
 * A team's budget for a year as typed: {@code bedrag} ("12.500,00" or "12500") and the
 * {@code version} of the budget the user saw (empty while the team had none).
 */
record BudgetForm(Long teamId, Integer jaar, String bedrag, Long version) {
}
