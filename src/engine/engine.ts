// STUB: replaced by the real engine.
import type { Answer, EligibilityForm } from "../answer.js";
import type { Knowledge, Notice } from "../knowledge/load.js";
import type { Session } from "../conversation/session.js";
import type { FormOptions, NoticeSummary } from "../conversation/bot.js";
import type { DateTime } from "luxon";

export type Engine = {
  answer(text: string, session: Session, now: DateTime, zone: string | undefined): Answer;
  assessForm(form: EligibilityForm, session: Session, now: DateTime, zone: string | undefined): Answer;
  formOptions(): FormOptions;
  summary(): NoticeSummary;
};

export function createEngine(knowledge: Knowledge, notice: Notice): Engine {
  const stub = (): Answer => ({ intent: "help", parts: ["stub"], citations: [], followUps: [], noticeId: notice.id });
  return {
    answer: stub,
    assessForm: stub,
    formOptions: () => ({ memberStates: [], otherCountries: [], languages: [], levels: [] }),
    summary: () => ({ id: notice.id, keyFacts: [] }),
  };
}
