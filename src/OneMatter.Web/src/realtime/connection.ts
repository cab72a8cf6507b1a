import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from '@microsoft/signalr';
import type { MatterChanged, RealtimeNotification } from '../api/types';

// One connection to /hubs/realtime for the whole page, shared by every screen that listens: it
// starts with the first listener and stops with the last. The session cookie authenticates it;
// the server puts it into the one group the role may hear (RealtimeHub.cs) and clients call nothing.

export interface RealtimeHandlers {
  notification?: (message: RealtimeNotification) => void;
  matterChanged?: (message: MatterChanged) => void;
}

type Listener = (connected: boolean) => void;

const handlers = new Set<RealtimeHandlers>();
const stateListeners = new Set<Listener>();
let connection: HubConnection | null = null;
let stopping: Promise<void> | null = null;

function announce() {
  const connected = connection?.state === HubConnectionState.Connected;
  stateListeners.forEach((listener) => listener(connected));
}

function build(): HubConnection {
  const hub = new HubConnectionBuilder()
    .withUrl('/hubs/realtime', { withCredentials: true })
    .withAutomaticReconnect([0, 2000, 5000, 10000, 30000])
    .configureLogging(LogLevel.Warning)
    .build();
  hub.on('notification', (message: RealtimeNotification) => handlers.forEach((h) => h.notification?.(message)));
  hub.on('matterChanged', (message: MatterChanged) => handlers.forEach((h) => h.matterChanged?.(message)));
  hub.onreconnected(announce);
  hub.onreconnecting(announce);
  hub.onclose(announce);
  return hub;
}

async function start() {
  if (stopping) await stopping;
  if (connection || handlers.size === 0) return;
  connection = build();
  try {
    await connection.start();
  } catch {
    // Refused (a role without a group) or the server is away: the screens still work by reloading.
  }
  announce();
}

/** Starts listening; answers the function that stops. */
export function listen(h: RealtimeHandlers, onState?: Listener): () => void {
  handlers.add(h);
  if (onState) stateListeners.add(onState);
  void start();
  if (onState) onState(connection?.state === HubConnectionState.Connected);
  return () => {
    handlers.delete(h);
    if (onState) stateListeners.delete(onState);
    if (handlers.size === 0 && connection) {
      const closing = connection;
      connection = null;
      stopping = closing.stop().catch(() => undefined).finally(() => { stopping = null; });
    }
  };
}

/** Drops the connection (after sign-out: it was authorised for the previous user). */
export async function disconnect(): Promise<void> {
  const closing = connection;
  connection = null;
  await closing?.stop().catch(() => undefined);
  announce();
}
