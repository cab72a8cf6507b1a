import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { account } from '../api/endpoints';
import { resetAntiforgery } from '../api/client';
import type { Me } from '../api/types';

export interface Auth {
  /** The signed-in user; null when signed out; undefined while the first check runs. */
  me: Me | null | undefined;
  signIn: (userName: string, password: string) => Promise<Me>;
  signOut: () => Promise<void>;
}

export const AuthContext = createContext<Auth | null>(null);

/** Knows who is signed in (by the cookie, asked of GET /api/account/me) and signs in and out. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  useEffect(() => {
    // 401 means signed out; any other failure is shown by the pages when they call the API.
    account.me().then(setMe).catch(() => setMe(null));
  }, []);

  const signIn = useCallback(async (userName: string, password: string) => {
    resetAntiforgery();
    await account.signIn(userName, password);
    resetAntiforgery();
    const signedIn = await account.me();
    setMe(signedIn);
    return signedIn;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await account.signOut();
    } finally {
      resetAntiforgery();
      setMe(null);
    }
  }, []);

  const value = useMemo(() => ({ me, signIn, signOut }), [me, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
