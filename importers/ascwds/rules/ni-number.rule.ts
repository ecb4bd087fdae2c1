import type { RuleColumn } from '../column-kinds';
import { messagesOf } from '../message-catalogue';
import { finding, maskNi, NO_FINDINGS } from '../problem';
import { result } from '../row-engine';
import type { WorkerRecord } from '../worker-record';

const NI = /^[A-Z]{2}\d{6}[A-Z]?$/;
const SPACES = /\s+/g;

/** NINUMBER: only its keyed hash leaves this rule; `Admin` keeps the stored value; a bad one is reported masked. */
export function niNumberRule(index: number): RuleColumn<WorkerRecord> {
  const bad = messagesOf('worker')(1060, 'WORKER_NINUMBER_ERROR');
  return {
    kind: 'rule',
    name: 'NINUMBER',
    rule: ({ values, env }) => {
      const text = values[index];
      if (text === '') return result<WorkerRecord>({ niKey: null, niKeep: false });
      if (text.toLowerCase() === 'admin') return result<WorkerRecord>({ niKey: null, niKeep: true });
      const normalised = text.toUpperCase().replace(SPACES, '');
      if (!NI.test(normalised)) return result<WorkerRecord>({ niKey: null, niKeep: false }, [finding(bad, maskNi(normalised))]);
      return result<WorkerRecord>({ niKey: env.pseudonymise(normalised), niKeep: false }, NO_FINDINGS);
    },
  };
}
