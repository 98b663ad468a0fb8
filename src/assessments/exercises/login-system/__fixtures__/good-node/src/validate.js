// The rules of the brief for e-mail addresses and passwords.
export class ValidationError extends Error {}

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function email(value) {
  if (typeof value !== 'string') throw new ValidationError('email must be a string');
  const normalised = value.trim().toLowerCase();
  if (normalised.length > 254 || !emailShape.test(normalised))
    throw new ValidationError('email must look like name@example.com');
  return normalised;
}

export function newPassword(value) {
  if (typeof value !== 'string') throw new ValidationError('password must be a string');
  const length = [...value].length;
  if (length < 10 || length > 128) throw new ValidationError('password must be 10 to 128 characters long');
  return value;
}

export function credentials(body) {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new ValidationError('the body must be a JSON object');
  if (typeof body.email !== 'string' || typeof body.password !== 'string')
    throw new ValidationError('email and password are required');
  return { email: body.email.trim().toLowerCase(), password: body.password };
}
