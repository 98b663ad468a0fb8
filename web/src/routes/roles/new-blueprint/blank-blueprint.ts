import { type Blueprint, blueprintSchema } from '../../../domain/hiring-domain';

/** The smallest valid blueprint; the editor and its advisor guide the rest. */
export const blankBlueprint = (): Blueprint =>
  blueprintSchema.parse({
    title: 'Backend Engineer',
    productStage: 'mvp',
    seniority: 'mid',
    technicalDirection: 'some',
  });
