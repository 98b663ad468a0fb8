import { createTheme, InputWrapper, PasswordInput } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  cursorType: 'pointer',
  headings: { fontWeight: '700' },
  components: {
    // Every field in our forms is required, so an asterisk on each label is noise for people,
    // and it makes label-text lookups (as browser tests do) read "Password *" instead of "Password".
    InputWrapper: InputWrapper.extend({ defaultProps: { withAsterisk: false } }),
    // Mantine's default name contains "password", which makes "the Password field" ambiguous.
    PasswordInput: PasswordInput.extend({
      defaultProps: { visibilityToggleButtonProps: { 'aria-label': 'Show characters' } },
    }),
  },
});
