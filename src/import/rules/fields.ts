// Every fact the importer looks for, typed against the facts schema: a field is a path in facts.json.
import type { FactsInput } from "../../knowledge/schema.js";

/** Every fact the importer looks for, in the order the report lists them. */
export const FIELDS = [
  { field: "reference", label: "selection reference" },
  { field: "title", label: "title of the post" },
  { field: "directorate", label: "directorate-general" },
  { field: "service", label: "service" },
  { field: "domain", label: "domain" },
  { field: "place", label: "place of employment" },
  { field: "staffCategory", label: "staff category and function group" },
  { field: "grades", label: "grade range" },
  { field: "posts", label: "number of posts" },
  { field: "deadline", label: "deadline" },
  { field: "deadlines", label: "several closing dates (windows or cut-offs)" },
  { field: "application.address", label: "where to send the application" },
  { field: "application.subjectReference", label: "reference to give in the subject" },
  { field: "application.documents", label: "documents and their order" },
  { field: "application.singlePdf", label: "single-PDF rule" },
  { field: "application.noLateApplications", label: "no late applications" },
  { field: "eligibility.when", label: "when eligibility is judged" },
  { field: "eligibility.citizenship", label: "citizenship" },
  { field: "eligibility.education", label: "length of education" },
  { field: "eligibility.experience", label: "professional experience required" },
  { field: "eligibility.diplomaRecognition", label: "recognition of diplomas" },
  { field: "eligibility.doctorateCredit", label: "doctoral research counted as experience" },
  { field: "eligibility.languages.main", label: "main language level" },
  { field: "eligibility.languages.second", label: "second language level" },
  { field: "eligibility.languages.officialLanguages", label: "list of official languages" },
  { field: "eligibility.otherConditions", label: "other eligibility conditions" },
  { field: "eligibility.clearance", label: "security clearance" },
  { field: "eligibility.criteria", label: "eligibility criteria, typed" },
  { field: "selectionCriteria", label: "selection criteria (essential, advantageous)" },
  { field: "application.channels", label: "how to apply (e-mail, online, intermediary)" },
  { field: "application.refused", label: "channels the notice refuses" },
  { field: "application.notForApplications", label: "addresses not for applications" },
  { field: "application.language", label: "language of the application" },
  { field: "application.format", label: "format of the documents" },
  { field: "contract.notStaff", label: "not an employment contract / post for officials" },
  { field: "contract.renewal", label: "renewals and total length" },
  { field: "contract.salary", label: "salary figures" },
  { field: "contract.allowances", label: "allowances" },
  { field: "contract.unpaid", label: "no salary paid by the recruiting body" },
  { field: "selection.steps", label: "selection steps" },
  { field: "selection.languageChoice", label: "language of the selection at the candidate's choice" },
  { field: "telework", label: "telework" },
  { field: "reserveList", label: "reserve list" },
  { field: "assets", label: "assets (what makes an application stand out)" },
  { field: "contract.type", label: "type of contract" },
  { field: "contract.firstContract", label: "length of the first contract" },
  { field: "contract.extension", label: "extension of the contract" },
  { field: "contract.probation", label: "probationary period" },
  { field: "contract.grading", label: "how the grade is set" },
  { field: "contract.step", label: "step within the grade" },
  { field: "contract.gradeByExperience", label: "grade by years of experience (table)" },
  { field: "contract.pay", label: "pay" },
  { field: "contract.tax", label: "tax" },
  { field: "selection.publication", label: "where the post was published" },
  { field: "selection.priority", label: "priority candidates" },
  { field: "selection.panel", label: "selection panel" },
  { field: "selection.onlyShortlistedNotified", label: "only shortlisted candidates notified" },
  { field: "selection.language", label: "language of the selection" },
  { field: "recruitment.evidence", label: "documentary evidence" },
  { field: "recruitment.medical", label: "medical check-up" },
  { field: "recruitment.vetting", label: "security vetting" },
  { field: "underRepresented", label: "under-represented member states" },
  { field: "underRepresented.noReservation", label: "no posts reserved by nationality" },
  { field: "role.summary", label: "summary of the role" },
  { field: "role.duties", label: "duties" },
  { field: "profile.knowledge", label: "knowledge and experience sought" },
  { field: "profile.skills", label: "skills sought" },
  { field: "about", label: "about the service" },
  { field: "benefits", label: "what the employer offers" },
] as const satisfies readonly { field: string; label: string }[];

/** A fact's path in facts.json ("contract.probation"). */
export type Field = (typeof FIELDS)[number]["field"];

type Defined<T> = Exclude<T, undefined>;

/** The type of the fact at a field's path, as the facts schema takes it in. */
export type FactAt<P extends string, T = FactsInput> = P extends `${infer H}.${infer R}`
  ? H extends keyof Defined<T>
    ? FactAt<R, Defined<Defined<T>[H]>>
    : never
  : P extends keyof Defined<T>
    ? Defined<Defined<T>[P]>
    : never;

export function labelOf(field: string): string {
  return FIELDS.find((f) => f.field === field)?.label ?? field;
}

/** The report's order: every fact in the order of FIELDS. */
export function byFieldOrder<T extends { field: string }>(items: T[]): T[] {
  const order = new Map<string, number>(FIELDS.map((f, i) => [f.field, i]));
  return items.sort((a, b) => (order.get(a.field) ?? 99) - (order.get(b.field) ?? 99));
}
