/**
 * Antivirus and tech-support names the fake renewals and virus alarms wear: McAfee, Norton 360,
 * Avast, Kaspersky, Webroot, Geek Squad… "Norton" alone is a surname (rules/brands.json leaves it out
 * on purpose): only next to what the company sells — "Norton Membership", "Norton Order", "Norton
 * Antivirus", "Norton subscription". In Japanese the katakana names are the products the scams wear
 * ("ノートン 自動更新のお知らせ", "マカフィーの有効期限が切れました", "ウイルスバスター"): ノートン is no
 * surname a Japanese mail writes.
 */
export const SECURITY_VENDOR =
  /\b(?:mcafee|norton[\s-]?(?:360|lifelock|antivirus|anti-virus|security|membership|subscription|order|renewal|plan|protection|internet security|deluxe|premium)|avast|kaspersky|bitdefender|webroot|malwarebytes|geek ?squad|totalav|eset (?:nod32|internet security|smart security))\b|ノートン|マカフィー|ウイルスバスター|トレンドマイクロ|カスペルスキー|アバスト/i;

/** The company's own domain name (its label) for a name written in katakana: ウイルスバスター is Trend Micro's. */
const LABEL: Record<string, string> = {
  ノートン: "norton",
  マカフィー: "mcafee",
  ウイルスバスター: "trendmicro",
  トレンドマイクロ: "trendmicro",
  カスペルスキー: "kaspersky",
  アバスト: "avast",
};

/** The security vendor named in the text, or undefined. */
export function securityVendor(text: string): string | undefined {
  return SECURITY_VENDOR.exec(text)?.[0];
}

/** The label of the vendor's own domain for a name SECURITY_VENDOR found ("Malwarebytes" → malwarebytes, マカフィー → mcafee). */
export function vendorLabel(found: string): string {
  return LABEL[found] ?? found.toLowerCase().split(/[\s-]/)[0]!;
}
