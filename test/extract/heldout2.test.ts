import { heldout2 } from './heldout2.js';
import { scoreLeadSet } from './scoring.js';

/** A second set written before reading the extractor, in messier real-world styles. */
scoreLeadSet('second held-out set', heldout2, { cases: 80, noContact: 20 });
