import type { Application, FieldError, TicketType } from '../types';

export type ReportDraft = {
  type: TicketType;
  application: Application | null;
  title: string;
  description: string;
  impact: number | null;
  urgency: number | null;
  phi: boolean;
};

/**
 * "Other / I don't know": always offered, so nobody is stuck when the system has no name they
 * recognise. A ticket filed with it carries no applicationId and goes to the service desk's
 * triage group.
 */
export const UNKNOWN_APPLICATION: Application = {
  id: 0,
  name: 'Other / I don’t know',
  vendor: 'The service desk will work out which system it is',
  category: '',
  criticality: 3,
};

export const EMPTY_DRAFT: ReportDraft = {
  type: 'INCIDENT',
  application: null,
  title: '',
  description: '',
  impact: null,
  urgency: null,
  phi: false,
};

/** The longest summary the desk accepts (the API refuses longer with a 400 naming `title`). */
export const TITLE_MAX = 200;

export function titleTooLong(length: number): string {
  return `Keep the summary to ${TITLE_MAX} characters (${length - TITLE_MAX} too many)`;
}

/** What is missing or too long, in the words the form uses; empty when it can be sent. */
export function validateReport(draft: ReportDraft): FieldError[] {
  const errors: FieldError[] = [];
  if (!draft.application)
    errors.push({ field: 'applicationId', message: 'Choose the application or system' });
  if (!draft.title.trim())
    errors.push({ field: 'title', message: 'Say in a few words what is wrong' });
  else if (draft.title.trim().length > TITLE_MAX)
    errors.push({ field: 'title', message: titleTooLong(draft.title.trim().length) });
  if (!draft.description.trim())
    errors.push({ field: 'description', message: 'Tell us what happened' });
  else if (draft.description.length > 20000)
    errors.push({ field: 'description', message: 'Keep the description under 20,000 characters' });
  if (draft.impact === null) errors.push({ field: 'impact', message: 'Choose who is affected' });
  if (draft.urgency === null)
    errors.push({ field: 'urgency', message: 'Choose how much it holds up work' });
  return errors;
}
