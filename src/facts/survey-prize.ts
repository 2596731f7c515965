import type { Original } from "../original/types";
import { headText } from "./head-text";

/**
 * The survey lure: "congratulations, you have been selected — answer a few questions and claim your
 * €500 voucher". The survey is the bait, the "small fee for shipping" or the card form comes after it.
 * Read from the text: being chosen, a survey (or "confirm your details"), and a reward of value.
 */

/**
 * Being chosen or congratulated (not "select your size"). 当選 as being the winner, not a draw's own
 * words ("当選のチャンス", "当選者の発表は発送をもって…", "当選確率": a prize still to be drawn).
 */
const CHOSEN =
  /\b(?:you(?:'ve| have)? been (?:selected|chosen)|you (?:are|were) (?:selected|chosen)|congratulations|lucky (?:winners?|finalists?|customers?)|sie wurden (?:heute )?(?:[^.\n]{0,60} )?(?:ausgew[äa]hlt|auserw[äa]hlt|eingeladen)|(?:du|sie) geh[öo]r(?:st|en) zu den (?:\d+ )?(?:gl[üu]cklichen|auserw[äa]hlten|gewinnern)|gewinner-?team|herzlichen gl[üu]ckwunsch|wir gratulieren|gefeliciteerd|u bent (?:gekozen|geselecteerd|uitgekozen)|vous (?:avez [ée]t[ée]|[êe]tes) (?:choisi|s[ée]lectionn[ée])e?s?|gagnant potentiel|f[ée]licitations|parab[ée]ns|voc[êe] foi (?:selecionad|escolhid)[oa]|enhorabuena|(?:ha|has) sido seleccionad[oa])|おめでとうございます|選ばれました|当選(?!者(?:の発表|は|数)|の(?:チャンス|確率)|確率)/i;
/** A survey to answer. */
const SURVEY =
  /\b(?:survey|questionnaire|quiz|umfrage|kundenumfrage|fragebogen|enqu[êe]te|sondage|question[áa]rio|pesquisa|encuesta|(?:answer|beantworten sie|r[ée]pondez [àa]) (?:a few|just a few|einige|wenige|quelques) (?:short |quick |simple |kurze |rapides )?(?:questions|fragen))\b|アンケート/i;
/** Asks to confirm one's details or participation to receive it. */
const CONFIRM =
  /\b(?:best[äa]tigen sie (?:ihre|ihren|jetzt)|(?:ihre|deine) (?:daten|datein|angaben) ein|confirm your (?:details|participation|entry|reward|prize|information)|enter your (?:details|information) to (?:claim|receive)|confirmer votre participation|cliquez pour confirmer|bevestig (?:uw|je) (?:gegevens|deelname)|confirme (?:seus dados|sua participa[çc][ãa]o))\b/i;

/** A reward of value (or a thing to win: "einen neuen Mercedes CLA zu gewinnen", "eine brandneue Ninja CREAMi"). */
const REWARD =
  /\b(?:gift ?cards?|vouchers?|rewards?|prizes?|\w*gutschein\w*|geschenk\w*|gewinn|pr[äa]mie|cadeaux?|bons? d'achat|r[ée]compenses?|beloning\w*|cadeaubon\w*|prijs|vale[- ]presente|pr[êe]mios?|brindes?|premios?|regalos?|\w*tankkarte|testpaket|zu gewinnen|gewinnspiel\w*|chance auf (?:einen|eine|ein)|brandneue[nsr]?|to win (?:a|an|the)|brand-new)\b|ギフト券|商品券|プレゼント/i;

/** The text read: the lure is told at the start. */
const READ = 4000;

/** The words of the survey lure (chosen, survey, reward), or undefined. */
export function surveyPrize(original: Original): string[] | undefined {
  const text = headText(original, READ, true);
  // All three are needed, so each is looked for only when the ones before it were found: most mail
  // congratulates nobody, and one scan of it then suffices (the expressions hold no state: same words).
  const chosen = CHOSEN.exec(text)?.[0];
  if (!chosen) return undefined;
  const reward = REWARD.exec(text)?.[0];
  if (!reward) return undefined;
  const ask = (SURVEY.exec(text) ?? CONFIRM.exec(text))?.[0];
  return ask ? [chosen, ask, reward] : undefined;
}
