// Held-out questions about the first notice in all 24 official languages, fourth round (issues 17 and 19), written
// before the reading code was looked at, about traps the earlier sets had little of: nationalities outside the
// EU/EEA in inflected forms ("jestem Wenezuelczykiem", "venezuelai vagyok", "Libjan", "angolana"), some living in
// the EU ("Soy peruana, vivo en Madrid"); ages and birth years beside a check ("nato nel '59", "I'm 66"); freelance,
// self-employed, part-time experience and experience in months; the deadline in the user's zone named by a city,
// island or country (Lisbon, the Canaries, the Azores, Réunion, Curaçao, Cyprus); thanks, farewells, "are you a
// bot?", insults and emoji; typos and missing diacritics; and conversations that switch language. Each case states
// what the answer must contain, as the graders do; the answer is in the language of the last turn ("lang").
import { replayLanguageSet } from "../helpers/heldout-languages.js";

replayLanguageSet(
  "held-out questions in all 24 languages, fourth round (nationalities, ages, freelancers, zones by place, small talk, typos)",
  new URL("../fixtures/heldout/eu24-4.jsonl", import.meta.url),
);
