// Held-out questions in the sixteen newer languages (bg hr cs da et fi el hu ga lv lt mt ro sk sl sv) about the
// first notice, third round (issue 19), written before the reading code was looked at: colloquial, phone style,
// without diacritics, Bulgarian and Greek in Latin letters, English words inside ("security clearance", "salary
// range"), numbers as words and as compounds ("toårig", "τετραετές", "dvojročné"), inflected country names
// ("Magyarországon", "Suomessa", "iš Lietuvos"), residence that is not nationality ("har boet i Danmark … tyrkisk
// statsborger"), facts across turns, false premises, the deadline in the user's zone (Faroe, Lisbon, Helsinki) and
// after it has passed. Each case states what the answer must contain, as the graders do; the answer is in the
// language asked in ("lang").
import { replayLanguageSet } from "../helpers/heldout-languages.js";

replayLanguageSet(
  "held-out questions in the sixteen newer languages, third round",
  new URL("../fixtures/heldout/native3.jsonl", import.meta.url),
);
