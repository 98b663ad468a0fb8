import { createContext, useContext } from 'react';
import type { Session } from '../api/types';

export const SessionContext = createContext<Session | null>(null);

/** The signed-in user and organisation. Only usable inside the app layout, which guarantees both. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() is only available inside the signed-in app layout.');
  return session;
}

export const useIsAdmin = (): boolean => useSession().user.role === 'admin';
