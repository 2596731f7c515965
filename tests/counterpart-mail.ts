/**
 * A raw notice for the phishing counterparts of the genuine gallery's fixes: one text/plain part, the From
 * name and subject as UTF-8 encoded words, and (unless `auth: false`) authentication passing for the From's
 * own domain — as a phisher's own domain passes too.
 */
export type CounterpartMail = { fromName: string; from: string; subject: string; body: string; auth?: boolean; to?: string; headers?: string };

export function counterpartMail(o: CounterpartMail): string {
  const domain = o.from.split("@")[1]!;
  return [
    ...(o.auth === false ? [] : [`Authentication-Results: mx.google.com; dkim=pass header.i=@${domain}; spf=pass smtp.mailfrom=${o.from}; dmarc=pass header.from=${domain}`]),
    `From: =?UTF-8?B?${Buffer.from(o.fromName).toString("base64")}?= <${o.from}>`,
    `To: ${o.to ?? "hanako.sato@gmail.com"}`,
    `Subject: =?UTF-8?B?${Buffer.from(o.subject).toString("base64")}?=`,
    "Date: Tue, 10 Mar 2026 15:04:09 +0900",
    `Message-ID: <counterpart.${o.from.replace("@", ".")}>`,
    ...(o.headers ? [o.headers] : []),
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    o.body,
  ].join("\r\n");
}
