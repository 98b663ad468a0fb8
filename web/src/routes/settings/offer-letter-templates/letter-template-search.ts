/** ?key= opens one template in the editor; ?key=new starts a new one. */
export const validateLetterTemplateSearch = (search: Record<string, unknown>): { key?: string } => ({
  key: typeof search.key === 'string' && search.key ? search.key : undefined,
});
