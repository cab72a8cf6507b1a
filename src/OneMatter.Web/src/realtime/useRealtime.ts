import { useEffect, useRef, useState } from 'react';
import { listen, type RealtimeHandlers } from './connection';

/** Listens to the hub while the component is shown and `enabled`; the handlers may change on
 * every render without reconnecting. Answers whether the connection is up. */
export function useRealtime(handlers: RealtimeHandlers, enabled = true): boolean {
  const latest = useRef(handlers);
  latest.current = handlers;
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    if (!enabled) return undefined;
    return listen({
      notification: (m) => latest.current.notification?.(m),
      matterChanged: (m) => latest.current.matterChanged?.(m),
    }, setConnected);
  }, [enabled]);
  return connected;
}
