// pedigreejs JSON import (the editor inside CanRisk; CCGE-BOADICEA/pedigreejs).
// Its dataset is an array of people keyed by `name`, with `sex` M/F/U, `mother` and
// `father` names, `display_name`, `proband`, `status` (1 = deceased), `age`, `yob`,
// `mztwin`/`dztwin` (a shared twin label), `adopted_in`/`adopted_out`, `divorced` (the
// name of the partner divorced), `miscarriage`/`termination`/`stillbirth`, `affected`
// and disease fields (`<disease>_diagnosis_age`, `<disease>` true).
// Quirk: someone who married in carries `mother`/`father` pointing at their spouse's
// parents together with `noparents: true`; they have no recorded parents.
// `hidden` entries are layout helpers (they join a childless couple): they are not people.
import type { Condition } from '../../genetics/condition.ts';
import { emptyDocument } from '../../document/create.ts';
import type { Person, PedigreeDocument, Union } from '../../document/types.ts';
import { importedCondition } from '../importedCondition.ts';
import { finishImport, type ImportProblem, type ImportResult } from '../problems.ts';
import { readPedigreejsPerson, type Entry } from './readPerson.ts';
import { agree, count } from '../../words/count.ts';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function importPedigreejs(value: unknown, options: { condition?: Condition; source?: string } = {}): ImportResult {
  const dataset = Array.isArray(value) ? value : isRecord(value) && Array.isArray(value.dataset) ? value.dataset : null;
  if (!dataset) return { ok: false, format: 'pedigreejs', errors: [{ message: 'A pedigreejs file is a JSON list of people.' }] };
  const condition = options.condition ?? importedCondition(options.source ?? 'a pedigreejs file');
  const errors: ImportProblem[] = [];
  const notices: string[] = [];
  const entries: Entry[] = [];
  const byName = new Map<string, Entry>();
  const hidden: Json[] = [];
  dataset.forEach((raw, i) => {
    if (!isRecord(raw)) return errors.push({ message: `Entry ${i + 1} is not an object.` });
    if (raw.hidden === true || raw.name === 'hidden_root') return hidden.push(raw);
    const read = readPedigreejsPerson(raw, i, condition.id);
    if (!read.ok) return errors.push(...read.errors);
    if (byName.has(read.entry.person.id)) {
      return errors.push({ person: read.entry.person.id, message: `The name "${read.entry.person.id}" is used by more than one person.` });
    }
    entries.push(read.entry);
    byName.set(read.entry.person.id, read.entry);
  });

  const persons = new Map(entries.map((e) => [e.person.id, { ...e.person }]));
  const unions: Union[] = [];
  const unionOf = new Map<string, Union>();
  let counter = 0;
  const unionFor = (father: string, mother: string): Union => {
    const key = `${father}\u0000${mother}`;
    let u = unionOf.get(key);
    if (!u) {
      let id: string;
      do id = `u${++counter}`;
      while (persons.has(id));
      u = { id, partners: [father, mother] };
      unionOf.set(key, u);
      unions.push(u);
    }
    return u;
  };
  const parentsNamed = (who: string, mother: unknown, father: unknown, checkRoles: boolean) => {
    const m = typeof mother === 'string' && mother !== '' ? mother : null;
    const f = typeof father === 'string' && father !== '' ? father : null;
    for (const [role, name, sex] of [['mother', m, 'F'], ['father', f, 'M']] as const) {
      if (name === null) continue;
      const parent = byName.get(name);
      if (!parent) errors.push({ person: who, message: `${who}'s ${role} "${name}" is not in the file.` });
      else if (checkRoles && parent.sex !== sex && parent.sex !== 'U') {
        errors.push({ person: who, message: `${who}'s ${role} "${name}" has sex ${parent.sex}.` });
      }
    }
    return { m: m && byName.has(m) ? m : null, f: f && byName.has(f) ? f : null };
  };
  let marriedIn = 0;
  for (const e of entries) {
    if (e.noparents) {
      if (e.mother !== undefined || e.father !== undefined) marriedIn++;
      continue;
    }
    const { m, f } = parentsNamed(e.person.id, e.mother, e.father, true);
    const child = persons.get(e.person.id)!;
    if (m && f) {
      const union = unionFor(f, m);
      child.parentUnion = union.id;
      if (e.consanguineousParents) union.consanguineous = true;
    } else if (m || f) child.singleParent = (m ?? f)!;
  }
  if (marriedIn > 0) notices.push(`${count(marriedIn, 'person', 'people')} marked "noparents" (married in) ${agree(marriedIn, 'was', 'were')} read without parents, as pedigreejs intends.`);
  for (const h of hidden) {
    // A hidden child only joins its parents as a couple.
    const { m, f } = parentsNamed(String(h.name ?? 'hidden'), h.mother, h.father, false);
    if (m && f) unionFor(f, m);
  }
  for (const e of entries) {
    if (e.divorced === undefined) continue;
    const partner = e.divorced;
    const u = unions.find((x) => x.partners.includes(e.person.id) && x.partners.includes(partner));
    if (u) u.separated = true;
    else notices.push(`${e.person.id} is marked divorced from "${partner}", but they are not recorded as a couple; ignored.`);
  }
  const twins: PedigreeDocument['twins'] = [];
  for (const zygosity of ['MZ', 'DZ'] as const) {
    const groups = new Map<string, string[]>();
    for (const e of entries) {
      const label = zygosity === 'MZ' ? e.mztwin : e.dztwin;
      if (label === undefined) continue;
      const key = `${persons.get(e.person.id)!.parentUnion ?? persons.get(e.person.id)!.singleParent ?? ''}\u0000${label}`;
      groups.set(key, [...(groups.get(key) ?? []), e.person.id]);
    }
    for (const members of groups.values()) {
      if (members.length >= 2) twins.push({ id: `t${twins.length + 1}`, zygosity, members });
      else notices.push(`${members[0]} is marked as a ${zygosity} twin but has no co-twin in the file; ignored.`);
    }
  }
  const ignored = new Set(entries.flatMap((e) => e.ignoredFields));
  if (ignored.size > 0) notices.push(`These pedigreejs fields were not imported: ${[...ignored].sort().join(', ')}.`);
  const diseases = new Set(entries.flatMap((e) => e.diseases));
  if (diseases.size > 0) notices.push(`Affected status was taken from: ${[...diseases].sort().join(', ')}.`);
  if (errors.length > 0) return { ok: false, format: 'pedigreejs', errors };
  if (entries.length === 0) return { ok: false, format: 'pedigreejs', errors: [{ message: 'The file lists no people.' }] };
  const doc: PedigreeDocument = {
    ...emptyDocument(),
    persons: entries.map((e) => persons.get(e.person.id)! as Person),
    unions,
    twins,
    conditions: [condition],
    activeConditionId: condition.id,
  };
  return finishImport('pedigreejs', doc, notices);
}
