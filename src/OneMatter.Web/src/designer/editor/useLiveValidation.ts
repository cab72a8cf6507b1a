import { useEffect, useState } from 'react';
import { definitionsApi } from '../api/definitionsApi';
import type { DefinitionError } from '../api/definitionTypes';

export interface LiveValidation {
  checking: boolean;
  valid: boolean | null;
  errors: DefinitionError[];
  /** Set when the server could not be asked (offline, signed out). */
  failure?: string;
}

const delayMs = 600;

/** Asks the server's validator about the text once the designer pauses typing or editing; an
 * answer to an older text is dropped (aborted), so the list always matches what is shown. */
export function useLiveValidation(text: string): LiveValidation {
  const [state, setState] = useState<LiveValidation>({ checking: true, valid: null, errors: [] });
  useEffect(() => {
    const abort = new AbortController();
    setState((s) => ({ ...s, checking: true }));
    const timer = window.setTimeout(() => {
      definitionsApi
        .validate(text, { signal: abort.signal })
        .then((result) => setState({ checking: false, valid: result.valid, errors: result.errors }))
        .catch((error: Error) => {
          if (error.name !== 'AbortError') setState({ checking: false, valid: null, errors: [], failure: error.message });
        });
    }, delayMs);
    return () => {
      window.clearTimeout(timer);
      abort.abort();
    };
  }, [text]);
  return state;
}
