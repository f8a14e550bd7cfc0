package nl.wijkdossier.verwijzing;

/**
 * The feedback that closes an accepted referral, with the version of the referral the
 * user saw.
 */
record AfrondForm(String terugkoppeling, Long version) {

}
