// Saved-document migrations, one step per version (the excalidraw/tldraw practice:
// old files keep opening). Version 0 is the prototype's format:
//   { format: 'imprint-lab', version: 0, people: [{ id, name?, sex: 'male'|'female'|'unknown',
//     parentUnion?, singleParent?, status?: { [conditionId]: 'affected'|'unaffected'|'unknown' },
//     deceased?: boolean, … }], unions, conditions, activeCondition }
// Each step takes plain JSON and returns plain JSON; shape is checked afterwards.
import { DOCUMENT_VERSION } from '../../document/types.ts';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const GENDER_OF_V0_SEX: Record<string, string> = { male: 'man', female: 'woman', unknown: 'unknown' };

function v0ToV1(doc: Json): Json {
  const { people, activeCondition, ...rest } = doc;
  const persons = Array.isArray(people)
    ? people.map((p) => {
        if (!isRecord(p)) return p;
        const { sex, status, deceased, ...person } = p;
        const observations: Json = {};
        if (isRecord(status)) {
          for (const [condition, s] of Object.entries(status)) observations[condition] = { status: s };
        }
        const out: Json = { ...person, gender: GENDER_OF_V0_SEX[String(sex)] ?? sex, observations };
        if (deceased === true) out.deceased = {};
        return out;
      })
    : people;
  return {
    ...rest,
    version: 1,
    persons,
    unions: rest.unions ?? [],
    twins: [],
    conditions: rest.conditions ?? [],
    activeConditionId: activeCondition ?? null,
    meta: isRecord(rest.meta) ? rest.meta : {},
  };
}

/** Step from version n to n + 1. */
const STEPS: Record<number, (doc: Json) => Json> = { 0: v0ToV1 };

export type MigrationResult = { ok: true; value: Json; from: number } | { ok: false; message: string };

/** Bring a parsed document up to the current version (or say why it cannot be). */
export function migrateDocument(value: unknown): MigrationResult {
  if (!isRecord(value)) return { ok: false, message: 'The file does not hold a JSON object.' };
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, message: `The "version" field must be a whole number (got ${JSON.stringify(version) ?? 'nothing'}).` };
  }
  if (version > DOCUMENT_VERSION) {
    return { ok: false, message: `This file was saved by a newer Imprint Lab (document version ${version}; this one reads up to ${DOCUMENT_VERSION}).` };
  }
  let doc = value;
  for (let v = version; v < DOCUMENT_VERSION; v++) doc = STEPS[v]!(doc);
  return { ok: true, value: doc, from: version };
}
