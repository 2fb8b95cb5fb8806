import { Alert } from '@mantine/core';

/**
 * Shown when the texts below are filtered: to a partner without a business associate agreement,
 * or to a leader or executive reading a ticket behind a figure (minimum necessary).
 */
export function MaskedNotice({ oversight = false }: { oversight?: boolean }) {
  if (oversight) {
    return (
      <Alert color="grape" variant="light" title="Patient details are masked">
        You are reading this ticket to understand a figure, so medical record numbers, dates of
        birth, phone numbers, e-mail addresses and patient names are replaced by placeholders such
        as [MRN], and the desk&apos;s internal notes are left out. Only the service desk and the
        people working the ticket change it.
      </Alert>
    );
  }
  return (
    <Alert color="grape" variant="light" title="Patient details are masked">
      Your organisation has no business associate agreement in force with this hospital, so medical
      record numbers, dates of birth, phone numbers, e-mail addresses and patient names in this
      ticket are replaced by placeholders such as [MRN]. The title and description stay as the
      hospital wrote them: add what you find as a comment. Ask the hospital&apos;s service desk if
      you need a detail to resolve it.
    </Alert>
  );
}
