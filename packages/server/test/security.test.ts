import { openPglite } from '../src/db/pglite.ts';
import { securitySuite } from './security.ts';

securitySuite('attack review on PGlite (memory://)', () => openPglite('memory://'));
