/**
 * Where brands take entries for their draws and contests: "Confirm your entry" in a shop's own newsletter goes
 * to gleam.io, its other links home. A contest platform's page takes a name and an address for the draw —
 * never a password or a card — and the platforms moderate who runs a contest there, so a newsletter whose links
 * go home (its unsubscribe link among them) sending its readers to one is the brand's own draw. Form builders
 * are another matter: Typeform, Jotform and Google Forms are also used to collect passwords, so a brand's entry
 * form there counts only when the mail is authenticated for the sender's domain (src/signals/links.ts).
 */

/** Contest and giveaway platforms (registrable domains). */
export const GIVEAWAY_PLATFORMS = new Set(["gleam.io", "woobox.com", "rafflecopter.com", "viralsweep.com", "shortstack.com", "shortstack.page", "wishpond.com", "kingsumo.com", "easypromosapp.com", "vyper.io"]);

/** Form builders brands also take entries on (and phishers passwords: only with authentication). */
export const FORM_PLATFORMS = new Set(["typeform.com", "jotform.com", "forms.gle"]);
