import { z } from 'zod';

// Shared form rules, worded for people rather than developers.

export const minPasswordLength = 10;

export const emailField = z
  .string()
  .trim()
  .pipe(z.email({ error: 'Enter an e-mail address like name@company.com.' }));

export const passwordField = z
  .string()
  .min(minPasswordLength, { error: `Use at least ${minPasswordLength} characters.` });

export const requiredText = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `Enter ${what}.` });
