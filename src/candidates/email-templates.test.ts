import { describe, expect, it } from 'vitest';
import { defaultEmailTemplates, fillTemplate, firstName, unknownVariables } from './email-templates.ts';

describe('e-mail templates', () => {
  it('fills every known variable', () => {
    const text = fillTemplate('Hi {{candidate.firstName}}, about {{ job.title }} at {{organisation.name}}', {
      'candidate.firstName': 'Zoë',
      'job.title': 'Backend engineer',
      'organisation.name': 'Acme',
    });
    expect(text).toBe('Hi Zoë, about Backend engineer at Acme');
  });

  it('reports variables that do not exist', () => {
    expect(unknownVariables('Hi {{candidate.firstname}} {{job.title}} {{salary}}')).toEqual([
      'candidate.firstname',
      'salary',
    ]);
  });

  it('ships defaults that use only known variables', () => {
    for (const template of defaultEmailTemplates) {
      expect(unknownVariables(template.subject + template.body)).toEqual([]);
    }
  });

  it('takes the first name', () => {
    expect(firstName('  María José García ')).toBe('María');
  });
});
