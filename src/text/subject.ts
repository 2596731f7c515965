/**
 * Reply and forward prefixes in front of a subject, as mail programs write them: Re/Fw/Fwd
 * (English), AW/WG (German), TR (French), RV (Spanish), SV (Scandinavian), VS (Finnish), 転送/返信
 * (Japanese), with an ASCII or full-width colon, and "[Fwd: …]". One at a time, anchored where the
 * previous one ended (sticky): the scan stays linear however many there are.
 */
const PREFIX = /\s*(?:(?:re|fwd?|aw|wg|tr|rv|sv|vs|転送|返信)\s*[:：]|\[fwd?:)\s*/iy;

/** The subject without its leading reply/forward prefixes ("Re: Fwd: 転送： Your order" → "Your order"). */
export function stripReplyPrefixes(subject: string): string {
  let at = 0;
  PREFIX.lastIndex = 0;
  while (PREFIX.test(subject)) at = PREFIX.lastIndex;
  return at ? subject.slice(at) : subject;
}
