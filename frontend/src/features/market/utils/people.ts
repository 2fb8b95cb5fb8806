import type { Capability, Shift } from '../types';

/** A named person as the editors hold them: inputs as typed, applications by id as text. */
export interface PersonDraft {
  name: string;
  email: string;
  title: string;
  zone: string;
  capacityHours: number | string;
  shifts: Shift[];
  skills: { applicationId: string | null; level: string }[];
}

export const DEFAULT_ZONE = 'America/New_York';

export function emptyPerson(): PersonDraft {
  return {
    name: '',
    email: '',
    title: '',
    zone: DEFAULT_ZONE,
    capacityHours: 40,
    shifts: [],
    skills: [{ applicationId: null, level: '3' }],
  };
}

export function personDraft(person: {
  name: string;
  email?: string | null;
  title: string | null;
  zone: string;
  capacityHours: number;
  shifts: Shift[];
  skills: Capability[];
}): PersonDraft {
  return {
    name: person.name,
    email: person.email ?? '',
    title: person.title ?? '',
    zone: person.zone,
    capacityHours: person.capacityHours,
    shifts: person.shifts.map((s) => ({ ...s })),
    skills: person.skills.map((s) => ({
      applicationId: String(s.applicationId),
      level: String(s.level),
    })),
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The editors' own checks of one person, keyed as the API names fields (`people[0].name`). */
/** Client checks keyed as the API names fields; proposals need e-mails (the staff key). */
export function checkPeople(
  people: PersonDraft[],
  { emailRequired = false }: { emailRequired?: boolean } = {},
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (people.length === 0) errors.people = 'Name at least one person';
  people.forEach((p, i) => {
    const at = `people[${i}]`;
    if (!p.name.trim()) errors[`${at}.name`] = 'Give the person’s name';
    if (emailRequired && !p.email.trim()) {
      errors[`${at}.email`] = 'Give their e-mail: they join the hospital’s staff by it';
    }
    if (!p.zone.trim()) errors[`${at}.zone`] = 'Give the time zone their shifts are in';
    const hours = Number(p.capacityHours);
    if (p.capacityHours === '' || !(hours > 0) || hours > 80) {
      errors[`${at}.capacityHours`] = 'Between 1 and 80 hours a week';
    }
    p.shifts.forEach((s, j) => {
      if (!TIME.test(s.from)) errors[`${at}.shifts[${j}].from`] = 'A time such as 07:00';
      if (!TIME.test(s.to)) errors[`${at}.shifts[${j}].to`] = 'A time such as 19:00';
    });
    p.skills.forEach((s, j) => {
      if (!s.applicationId) errors[`${at}.skills[${j}].applicationId`] = 'Choose the application';
    });
  });
  return errors;
}

export function peopleInput(people: PersonDraft[]) {
  return people.map((p) => ({
    name: p.name.trim(),
    title: p.title.trim() || null,
    zone: p.zone.trim(),
    capacityHours: Number(p.capacityHours),
    shifts: p.shifts,
    skills: p.skills
      .filter((s) => s.applicationId)
      .map((s) => ({ applicationId: Number(s.applicationId), level: Number(s.level) })),
    ...(p.email.trim() ? { email: p.email.trim() } : {}),
  }));
}

/** The keys under `people` this editor shows beside a field; anything else is the form's to show. */
export function isPeopleKey(key: string): boolean {
  return /^people(\[\d+\](\.(name|email|title|zone|capacityHours|shifts|skills)(\[\d+\](\.\w+)?)?)?)?$/.test(
    key,
  );
}
