package nl.wijkdossier.shared.web;

/**
 * One option of a select ({@code fragments/formulier :: keuzeveld}): the value sent and
 * the text shown (already translated).
 */
public record Keuze(String waarde, String tekst) {

}
