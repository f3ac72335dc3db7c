// The six answers a student can give, in words that say which copy is expressed rather
// than which is "imprinted" (DOMAIN.md §1).
import type { ModeName } from '../../engine/genetics/modes.ts';

export const MODE_CHOICES: readonly { mode: ModeName; label: string }[] = [
  { mode: 'AD', label: 'Autosomal dominant' },
  { mode: 'AR', label: 'Autosomal recessive' },
  { mode: 'XD', label: 'X-linked dominant' },
  { mode: 'XR', label: 'X-linked recessive' },
  { mode: 'PAT', label: 'Expressed from the father’s copy (maternal copy silenced)' },
  { mode: 'MAT', label: 'Expressed from the mother’s copy (paternal copy silenced)' },
];
