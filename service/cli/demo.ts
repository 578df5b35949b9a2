// `npm run demo -- --data-dir DIR --cases N`: a demo municipality in a data folder.
import { todayInOslo } from '../../core/index.js';
import { resolveDataDir } from '../dataDir.js';
import { cliArgs, openServiceOrExit } from './args.js';

const args = cliArgs({
  'data-dir': { type: 'string' },
  cases: { type: 'string', default: '440' },
  today: { type: 'string' },
});
const dataDir = resolveDataDir(args['data-dir']);
const service = openServiceOrExit(dataDir, args.today ? { today: () => args.today! } : {});
const started = performance.now();
const r = service.dispatch('demo.seed', { cases: Number(args.cases) }, 'nb');
service.database.close();
if (!r.ok) {
  console.error(r.body.error.message, r.body.error.issues ?? '');
  process.exit(1);
}
console.log(
  `anskaff: ${(r.value as { created: number }).created} demosaker lagt inn i ${dataDir} på ${Math.round(performance.now() - started)} ms (i dag: ${args.today ?? todayInOslo()})`,
);
