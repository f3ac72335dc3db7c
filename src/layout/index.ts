// The layout's public face: document in, positions and lines out, plus quality metrics.
export { layoutPedigree } from './layoutPedigree.ts';
export { DEFAULT_METRICS } from './defaults.ts';
export * from './metrics.ts';
export type * from './types.ts';
