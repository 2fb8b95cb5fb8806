import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type FormEvent, type RefObject } from 'react';
import { isApiError } from '@/lib/api';
import { useLogin } from '../api/login';
import type { Credentials, LoginResponse } from '../types';

interface LoginFormProps {
  values: Credentials;
  onChange: (values: Credentials) => void;
  onSuccess: (response: LoginResponse) => void;
  submitRef?: RefObject<HTMLButtonElement | null>;
}

type FieldErrors = Partial<Record<keyof Credentials, string>>;

function validate(values: Credentials): FieldErrors {
  const errors: FieldErrors = {};
  if (values.username.trim() === '') errors.username = 'Enter your username or e-mail address';
  if (values.password === '') errors.password = 'Enter your password';
  return errors;
}

/** What to tell someone whose sign-in did not work. */
function signInFailure(error: unknown): { title: string; message: string } {
  if (isApiError(error)) {
    if (error.status === 401) {
      return {
        title: 'Sign-in failed',
        message: 'The username, e-mail or password is not right. Check them and try again.',
      };
    }
    if (error.status === 429) {
      return {
        title: 'Too many sign-in attempts',
        message: error.detail ?? 'Wait a minute, then try again.',
      };
    }
    return { title: error.title, message: error.detail ?? 'Please try again in a moment.' };
  }
  return { title: 'Sign-in failed', message: 'Something went wrong. Please try again.' };
}

/** Username and password for Medley's built-in sign-in. */
export function LoginForm({ values, onChange, onSuccess, submitRef }: LoginFormProps) {
  const login = useLogin();
  const [errors, setErrors] = useState<FieldErrors>({});

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      const firstInvalid = found.username ? 'login-username' : 'login-password';
      document.getElementById(firstInvalid)?.focus();
      return;
    }
    login.mutate({ username: values.username.trim(), password: values.password }, { onSuccess });
  };

  const update = (field: keyof Credentials, value: string) => {
    onChange({ ...values, [field]: value });
    if (errors[field]) setErrors({ ...errors, [field]: undefined });
  };

  const failure = login.isError ? signInFailure(login.error) : null;

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Sign in">
      <Stack gap="md">
        {failure && (
          <Alert
            color="red"
            variant="light"
            title={failure.title}
            icon={<IconAlertCircle aria-hidden />}
            role="alert"
          >
            {failure.message}
          </Alert>
        )}
        <TextInput
          id="login-username"
          label="Username or e-mail"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          withAsterisk
          value={values.username}
          onChange={(event) => update('username', event.currentTarget.value)}
          error={errors.username}
          autoFocus={values.username === ''}
        />
        <PasswordInput
          id="login-password"
          label="Password"
          name="password"
          autoComplete="current-password"
          withAsterisk
          value={values.password}
          onChange={(event) => update('password', event.currentTarget.value)}
          error={errors.password}
          autoFocus={values.username !== ''}
        />
        <Button type="submit" size="md" fullWidth loading={login.isPending} ref={submitRef}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
