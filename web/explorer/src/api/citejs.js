// citation-js with its BibTeX plugin, in a chunk of its own (loaded on the first BibTeX export).
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';

export { Cite };
