import { Alert } from '@mantine/core';

/** Shown to a partner without a business associate agreement: the texts below are filtered. */
export function MaskedNotice() {
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
