// "Impossible under this model", naming the people whose recorded facts cannot all hold
// (the engine's minimal set), never a NaN or an empty table.
import type { ImpossibleResult } from '../../engine/inference/index.ts';
import type { PersonId } from '../../engine/document/types.ts';
import { impossibleText } from './impossibleText.ts';

export function ImpossibleNotice({ result, labelOf }: { result: ImpossibleResult; labelOf: (id: PersonId) => string }) {
  return (
    <div className="risk-impossible" role="alert">
      <p>
        <strong>Impossible under this model</strong>
        {result.culprits.length > 0 && <> because of {result.culprits.map(labelOf).join(', ')}</>}. No risk can be given until the model or these facts change.
      </p>
      <p>{impossibleText(result, labelOf)}</p>
    </div>
  );
}
