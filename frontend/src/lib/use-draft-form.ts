import { useForm, type UseFormReturnType } from '@mantine/form';
import { useEffect, useRef, type FormEvent } from 'react';

/**
 * A Mantine form holding a draft the way Medley's forms behave: nothing is flagged before the
 * first try to send; from then on the errors follow the draft as it changes (an error goes once
 * fixed and comes back if undone), including rules across fields.
 */
export function useDraftForm<Values extends Record<string, unknown>>(
  initialValues: Values,
  /** The draft's errors by field, null or absent where it is fine. */
  check: (values: Values) => Partial<Record<string, string | null>>,
) {
  const tried = useRef(false);
  const latest = useRef<UseFormReturnType<Values> | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues,
    validate: check,
    clearInputErrorOnChange: false,
    onValuesChange: () => {
      if (tried.current) latest.current?.validate();
    },
  });
  useEffect(() => {
    latest.current = form;
  });
  return {
    ...form,
    /** Only check() sets errors, so each is a message. */
    errors: form.errors as Partial<Record<string, string>>,
    /** Checks the draft and hands it on only when it passes; the first call turns errors on. */
    onSubmit:
      (handle: (values: Values) => void) =>
      (event?: FormEvent<HTMLFormElement>): void => {
        tried.current = true;
        form.onSubmit(handle)(event);
      },
    /** A fresh draft after sending: the given fields change, errors stay off until the next try. */
    restart: (values: Partial<Values>) => {
      tried.current = false;
      form.setValues(values);
      form.clearErrors();
    },
  };
}
