import { useSession } from '../../layouts/session-context';

/** Interviewers read blueprints and jobs; everyone else may change them (the server enforces the same). */
export const useCanEditRoles = (): boolean => useSession().user.role !== 'interviewer';
