// A gallery entry: a one-click family for teaching (issue 7), plain data like any saved pedigree.
import type { ConditionId, Reference } from '../../genetics/condition.ts';
import type { PedigreeDocument } from '../../document/types.ts';

export interface GalleryEntry {
  id: string;
  title: string;
  /** The preset condition the family illustrates (presetById). */
  conditionId: ConditionId;
  /** Two or three sentences for the gallery card. */
  description: string;
  /** Bullets to point at on the projector; each is checked by a test. */
  whatToNotice: string[];
  /** The published source the pattern comes from (DOMAIN.md). */
  source: Reference;
  /** True when the family is constructed to show the pattern, not a published family. */
  illustrative: boolean;
  /** The family with its condition active, copies recorded as if tested. */
  document: PedigreeDocument;
}
