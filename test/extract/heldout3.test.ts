import { heldout3 } from './heldout3.js';
import { scoreLeadSet } from './scoring.js';

/** A third set, written by someone who never saw the extractor: leads as they arrive worldwide. */
scoreLeadSet('third held-out set', heldout3, { cases: 100, noContact: 20 });
