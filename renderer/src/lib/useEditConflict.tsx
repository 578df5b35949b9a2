import { useState, type ReactNode } from 'react';
import { ApiError } from '../api/client.js';
import { ConflictPanel, reapplied, type Conflict } from '../components/ConflictPanel.js';

/**
 * An edit form's part in a stale save (409, service/conflicts.ts): the
 * version the edit goes on from (the record as the form opened it; a refresh
 * showing another's newer save does not change it), the conflict once a save
 * crossed another's, and the panel that shows it with the two ways on: their
 * version into the form, or the user's changes reapplied on it and saved at
 * once. One place for every form that edits a versioned record (the case,
 * supplier, contract, dialogue, strategy and protocol forms).
 */
export function useEditConflict<R extends { version: number }, V extends object>({
  opened,
  valuesOf,
  values,
  load,
  send,
  shown,
  labelOf,
  onTheirs,
}: {
  /** The record as the form opened it (undefined for a new one). */
  opened: R | undefined;
  /** A record's values as the form holds them. */
  valuesOf: (r: R) => V;
  /** The form's values now. */
  values: V;
  /** Puts values into the form's fields. */
  load: (v: V) => void;
  /** Saves values on a version of the record (the user's own reapplied, on theirs). */
  send: (from: R, v: V) => void;
  /** Values as the panel compares and shows them (the method's input, say); as they are when not given. */
  shown?: (v: V) => Record<string, unknown>;
  /** The form's own word for a field, where it has one (else the history's). */
  labelOf?: (field: string) => string | undefined;
  /** Their version, once the user goes on from it (to show it elsewhere too). */
  onTheirs?: (r: R) => void;
}) {
  const [base, setBase] = useState(opened);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const theirs = conflict?.current as R | undefined;
  const show = shown ?? ((v: V) => v as Record<string, unknown>);
  /** The user's changes (from the version they opened) on top of their version. */
  const mineOn = (r: R) => reapplied(values, valuesOf(base ?? r), valuesOf(r));

  /** A failed save: true when it was a stale one (the panel shows it), false for any other error (the form says it). */
  function caught(e: unknown): boolean {
    if (!(e instanceof ApiError && e.conflict)) return false;
    setConflict(e.conflict);
    return true;
  }
  function takeTheirs(r: R) {
    load(valuesOf(r));
    setBase(r);
    setConflict(null);
    onTheirs?.(r);
  }
  function reapplyMine(r: R) {
    const merged = mineOn(r);
    load(merged);
    setBase(r);
    setConflict(null);
    send(r, merged);
  }
  const panel = (busy: boolean): ReactNode =>
    conflict && theirs ? (
      <ConflictPanel
        conflict={conflict}
        mine={show(mineOn(theirs))}
        theirs={show(valuesOf(theirs))}
        onTheirs={() => takeTheirs(theirs)}
        onMine={() => reapplyMine(theirs)}
        labelOf={labelOf}
        busy={busy}
      />
    ) : null;
  return {
    /** The version a save goes on from. */
    base,
    /** Goes on from a version the user saved (the form stays open on it). */
    setBase,
    conflict,
    caught,
    panel,
  };
}
