// Masks what could identify a person in a question before it is stored for HR:
// e-mail addresses, phone numbers and long runs of digits (ID, passport, account numbers).

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// A candidate phone number: an optional "+", then digits broken by spaces, dots, dashes or brackets.
const PHONE = /\+?\(?\d[\d\s().-]{5,}\d/g;
// A date at the start of a candidate ("20.10.2025", "2025-10-20"): a date says nothing about a person.
const DATE_PREFIX = /^(?:\d{1,2}[.-]\d{1,2}[.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2})(?!\d)/;
const LONG_DIGITS = /\d{6,}/g;

/** Digits a phone number has at least. */
const MIN_PHONE_DIGITS = 8;

function maskPhone(candidate: string): string {
  const date = DATE_PREFIX.exec(candidate)?.[0];
  if (date) {
    const rest = candidate.slice(date.length);
    return date + rest.replace(PHONE, maskPhone);
  }
  // Bare digits are left to the digit-run rule, which names them "[number]".
  if (/^\d+$/.test(candidate)) return candidate;
  return candidate.replace(/\D/g, "").length >= MIN_PHONE_DIGITS ? "[phone]" : candidate;
}

/**
 * Masks e-mail addresses, phone numbers and runs of 6 or more digits; dates are kept.
 *
 * @example
 * maskPersonal("I'm jane.doe@example.org, call +32 2 123 45 67 before 20.10.2025")
 * // → "I'm [email], call [phone] before 20.10.2025"
 */
export function maskPersonal(text: string): string {
  return text.replace(EMAIL, "[email]").replace(PHONE, maskPhone).replace(LONG_DIGITS, "[number]");
}
