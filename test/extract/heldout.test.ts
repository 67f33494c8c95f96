import { heldout } from './heldout.js';
import { scoreLeadSet } from './scoring.js';

/** Messages written separately from the corpus, scored the same way. */
scoreLeadSet('held-out lead messages', heldout, { cases: 120, noContact: 25 });
