// The preset gallery (issue 7): one-click families, imprinting first, contrasts last.
import type { PedigreeDocument } from '../../document/types.ts';
import { AD_FAMILY } from './adThreeGenerations.ts';
import { ANGELMAN_FAMILY } from './angelman.ts';
import { AR_COUSINS_FAMILY } from './arCousins.ts';
import { CDKN1C_FAMILY } from './cdkn1c.ts';
import { GNAS_SWITCH_FAMILY } from './gnasSwitch.ts';
import { HAEMOPHILIA_FAMILY } from './haemophilia.ts';
import { MKRN3_FAMILY } from './mkrn3.ts';
import { POH_FAMILY } from './poh.ts';
import { SDHD_FAMILY } from './sdhd.ts';
import type { GalleryEntry } from './types.ts';

export type { GalleryEntry } from './types.ts';

export const GALLERY: readonly GalleryEntry[] = [
  GNAS_SWITCH_FAMILY,
  POH_FAMILY,
  SDHD_FAMILY,
  MKRN3_FAMILY,
  ANGELMAN_FAMILY,
  CDKN1C_FAMILY,
  AD_FAMILY,
  AR_COUSINS_FAMILY,
  HAEMOPHILIA_FAMILY,
];

export function galleryEntryById(id: string): GalleryEntry | undefined {
  return GALLERY.find((e) => e.id === id);
}

/** A fresh copy of a gallery family, safe to edit, or undefined for an unknown id. */
export function openGalleryFamily(id: string): PedigreeDocument | undefined {
  const entry = galleryEntryById(id);
  return entry ? structuredClone(entry.document) : undefined;
}
