// Cleaning what people type before anything reads it.

/** Longest question read; the rest is cut and the answer says so. */
export const MAX_QUESTION_LENGTH = 1000;
