/**
 * Domains only public bodies can hold: a registry gives names under these to governments and nobody
 * else, so a host under one is a public body's whoever writes the mail (a forged From among them gains
 * nothing when every link stays among them too). Japan: `go.jp` (ministries and agencies), `lg.jp`
 * (local governments) and the local governments' geographic names (`pref.<pref>.jp`,
 * `city.<city>.<pref>.jp`, `town.…`, `vill.…`, `metro.tokyo.jp`, and the designated cities' `city.<city>.jp`
 * such as city.kawasaki.jp); elsewhere the government
 * second-level names of registries that restrict them.
 */
const SUFFIXES = ["go.jp", "lg.jp", "gov", "mil", "gov.uk", "gouv.fr", "gob.es", "gov.br", "gov.au", "go.kr", "gov.cn", "gc.ca", "govt.nz", "gov.in", "gov.sg", "gov.tw", "gov.hk"];

/**
 * A Japanese local government's geographic name: pref.osaka.jp, city.machida.tokyo.jp, town.x.<pref>.jp,
 * vill.x.<pref>.jp, metro.tokyo.jp — under one of the 47 prefectures' names (geographic `<pref>.jp`
 * names nobody else can register), so "city.x.evil.jp" under a domain anyone can buy is not one.
 */
const JP_LOCAL_GOVERNMENT =
  /(?:^|\.)(?:pref|(?:city|town|vill)\.[a-z0-9-]+)\.(?:hokkaido|aomori|iwate|miyagi|akita|yamagata|fukushima|ibaraki|tochigi|gunma|saitama|chiba|tokyo|kanagawa|niigata|toyama|ishikawa|fukui|yamanashi|nagano|gifu|shizuoka|aichi|mie|shiga|kyoto|osaka|hyogo|nara|wakayama|tottori|shimane|okayama|hiroshima|yamaguchi|tokushima|kagawa|ehime|kochi|fukuoka|saga|nagasaki|kumamoto|oita|miyazaki|kagoshima|okinawa)\.jp$|(?:^|\.)metro\.tokyo\.jp$/;

/**
 * A designated city's own geographic name, `city.<city>.jp`: the seven cities whose `<city>.jp` is itself
 * a geographic name (every other name under it is a ward's or nobody's: the public suffix list has
 * `*.kawasaki.jp` and `!city.kawasaki.jp`), and the ten named like their prefecture (city.chiba.jp, where
 * "city" under a prefecture's name is kept for the city). Not city.<x>.jp in general: sagamihara.jp
 * or hamamatsu.jp are names anyone can buy.
 */
const JP_DESIGNATED_CITY =
  /(?:^|\.)city\.(?:kawasaki|kitakyushu|kobe|nagoya|sapporo|sendai|yokohama|saitama|chiba|niigata|shizuoka|kyoto|osaka|okayama|hiroshima|fukuoka|kumamoto)\.jp$/;

/** Whether this host (lower case) lies under a name only public bodies can hold. */
export function publicBodyHost(host: string): boolean {
  for (const s of SUFFIXES) if (host === s || (host.endsWith(s) && host.charCodeAt(host.length - s.length - 1) === 0x2e)) return true;
  return JP_LOCAL_GOVERNMENT.test(host) || JP_DESIGNATED_CITY.test(host);
}
