import { describe, expect, it } from 'vitest';
import { githubHandle, linkedinHandle, stackOverflowUserId, websiteUrl } from './profile-links.ts';

describe('profile links', () => {
  it.each([
    ['octocat', 'octocat'],
    ['@octo-cat', 'octo-cat'],
    ['https://github.com/octocat', 'octocat'],
    ['github.com/octocat/', 'octocat'],
    ['http://www.github.com/Octo-Cat/repo', 'Octo-Cat'],
  ])('reads GitHub %s', (input, handle) => expect(githubHandle(input)).toBe(handle));

  it.each(['https://gitlab.com/octocat', 'octo--cat', '-octocat', 'https://github.com/orgs/acme', ''])(
    'refuses %s as a GitHub profile',
    (input) => expect(githubHandle(input)).toBeNull(),
  );

  it('reads LinkedIn profiles in their spellings', () => {
    expect(linkedinHandle('https://www.linkedin.com/in/jane-doe-123/')).toBe('jane-doe-123');
    expect(linkedinHandle('linkedin.com/in/jane')).toBe('jane');
    expect(linkedinHandle('https://de.linkedin.com/in/j%C3%BCrgen')).toBe('jürgen');
    expect(linkedinHandle('https://linkedin.com/company/acme')).toBeNull();
  });

  it('reads the Stack Overflow user id', () => {
    expect(stackOverflowUserId('https://stackoverflow.com/users/22656/jon-skeet')).toBe('22656');
    expect(stackOverflowUserId('stackoverflow.com/users/1/x')).toBe('1');
    expect(stackOverflowUserId('https://stackoverflow.com/questions/1')).toBeNull();
  });

  it('normalises websites and refuses other schemes', () => {
    expect(websiteUrl('jane.dev')).toBe('https://jane.dev/');
    expect(websiteUrl('javascript:alert(1)')).toBeNull();
    expect(websiteUrl('localhost')).toBeNull();
  });
});
