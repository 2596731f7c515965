import type { Header } from "postal-mime";

export type MailAddress = { name: string; address: string };

export type Link = {
  /** The target as written in the mail (href or a URL in the text). */
  href: string;
  /** The text a reader sees for the link (HTML anchors only; "" for bare URLs). */
  text: string;
};

export type AttachmentInfo = { filename: string; mimeType: string; size: number; /** names inside an archive, when listed */ inner?: string[] };

/** The mail the user received and forwarded to us: what the signals look at. */
export type Original = {
  /** How we found it: an attached message/rfc822, an inline-forwarded block, or the mail itself. */
  via: "attachment" | "inline" | "direct";
  from: MailAddress | null;
  replyTo: MailAddress[];
  subject: string;
  date: string | null;
  /** Body text (HTML turned to text when there is no text part). */
  text: string;
  links: Link[];
  /** Alt texts of images (logos often say "Amazon"). */
  imageAlts: string[];
  /** Addresses of remote images (a brand's logo hot-linked from the brand's own site is a claim to be it). */
  imageSources?: string[];
  attachments: AttachmentInfo[];
  /** Full headers, only when the original is available as a message (attachment or direct). */
  headers: Header[] | null;
  /** Addresses of the person who received it (To of the original, and whoever forwarded it). */
  recipients: string[];
  /** True when text was cut to the scan cap before analysis. */
  truncated: boolean;
};
