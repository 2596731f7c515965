/**
 * Antivirus and tech-support names the fake renewals and virus alarms wear: McAfee, Norton 360,
 * Avast, Kaspersky, Webroot, Geek Squad… "Norton" alone is a surname (rules/brands.json leaves it out
 * on purpose): only next to what the company sells — "Norton Membership", "Norton Order", "Norton
 * Antivirus", "Norton subscription".
 */
export const SECURITY_VENDOR =
  /\b(?:mcafee|norton[\s-]?(?:360|lifelock|antivirus|anti-virus|security|membership|subscription|order|renewal|plan|protection|internet security|deluxe|premium)|avast|kaspersky|bitdefender|webroot|malwarebytes|geek ?squad|totalav|eset (?:nod32|internet security|smart security))\b/i;

/** The security vendor named in the text, or undefined. */
export function securityVendor(text: string): string | undefined {
  return SECURITY_VENDOR.exec(text)?.[0];
}
