// The person's partnerships (separated, no children/infertility, asserted
// consanguinity: NOMENCLATURE L2, L3, L7), a swap of the partners' sexes, and twin
// group zygosity (L6). People are named as the chart names them (labelOf: "II-3 Anna").
import { partnerIn, twinGroupOf, unionsOf } from '../../engine/document/queries.ts';
import type { PedigreeDocument, PersonId, Zygosity } from '../../engine/document/types.ts';
import { useEditor } from '../editor/commands.ts';
import { CheckField, Section, SelectField } from './fields.tsx';

const NO_CHILDREN = [['', 'Not marked'], ['by-choice', 'No children by choice (one bar)'], ['infertility', 'Infertility (two bars)']] as const;
const ZYGOSITY = [['MZ', 'Monozygotic (identical)'], ['DZ', 'Dizygotic (fraternal)'], ['unknown', 'Zygosity unknown (?)']] as const;

export function RelationFields({ doc, personId, labelOf }: { doc: PedigreeDocument; personId: PersonId; labelOf: (id: PersonId) => string }) {
  const editor = useEditor();
  const unions = unionsOf(doc, personId);
  const twins = twinGroupOf(doc, personId);
  if (unions.length === 0 && !twins) return null;
  return (
    <>
      {unions.map((u) => {
        const partner = labelOf(partnerIn(u, personId));
        return (
          <Section key={u.id} title={`Partnership with ${partner}`}>
            <CheckField label="Separated or divorced" value={u.separated === true} onCommit={(on) => editor.updateUnion(u.id, { separated: on || undefined })} />
            <SelectField
              label="No children"
              value={u.noChildren ?? ''}
              options={NO_CHILDREN}
              onCommit={(v) => editor.updateUnion(u.id, { noChildren: v === '' ? undefined : v })}
            />
            <CheckField
              label="Consanguineous (related partners)"
              value={u.consanguineous === true}
              onCommit={(on) => editor.updateUnion(u.id, { consanguineous: on || undefined })}
            />
            <button type="button" onClick={() => editor.swapPartnerSexes(u.id)}>
              Swap sexes with {partner}
            </button>
          </Section>
        );
      })}
      {twins && (
        <Section title={`Twins: ${twins.members.map(labelOf).join(', ')}`}>
          <SelectField<Zygosity> label="Zygosity" value={twins.zygosity} options={ZYGOSITY} onCommit={(z) => editor.setTwinZygosity(twins.id, z)} />
        </Section>
      )}
    </>
  );
}
