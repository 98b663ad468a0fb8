import { useSession } from '../../layouts/session-context';

/** Adding, editing and merging candidates is for admins, recruiters and hiring managers; interviewers read and add notes. */
export const useCanManageCandidates = (): boolean => useSession().user.role !== 'interviewer';
