import { useContext } from 'react';
import { AuthContext, type Auth } from './AuthProvider';

/** The signed-in user and sign-in / sign-out. */
export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
