import { expect, test } from 'vitest';
import { caseFieldsSchema } from '../../../src/shared/cases/domain';
import { requiredCaseFields } from '../../../src/renderer/src/cases/form/requiredFields';

test('the empty list names exactly what the case form requires: read from the schema, birth date optional', () => {
  const { required, prefilled } = requiredCaseFields('2026-11-21');
  expect(required).toEqual(['familyName', 'givenNames', 'gender', 'programme', 'accessRoute']);
  expect(prefilled).toEqual(['intakeDate', 'phase']);
  expect(required).not.toContain('birthDate');
  // The shared schema agrees: these fields are the ones it cannot do without (others are nullable or lists).
  const issues = caseFieldsSchema.safeParse({}).error?.issues ?? [];
  const missing = new Set(issues.map((issue) => String(issue.path[0])));
  for (const field of [...required, ...prefilled]) expect(missing).toContain(field);
  expect(missing).toContain('birthDate');
  expect(caseFieldsSchema.shape.birthDate.safeParse(null).success).toBe(true);
});
