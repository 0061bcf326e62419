import { openPglite } from '../src/db/pglite.ts';
import { contractSuite } from './contract.ts';

contractSuite('contract on PGlite (memory://)', () => openPglite('memory://'));
