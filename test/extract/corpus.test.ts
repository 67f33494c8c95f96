import { corpus } from './corpus.js';
import { scoreLeadSet } from './scoring.js';

scoreLeadSet('lead corpus', corpus, { cases: 70, noContact: 12 });
