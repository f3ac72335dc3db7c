// The switch for carrier chances on the chart (shared with the chart through riskOverlay.ts).
import { selectSetShowCarrierChances, selectShowCarrierChances, useRiskOverlay } from './riskOverlay.ts';

export function OverlayToggle() {
  const on = useRiskOverlay(selectShowCarrierChances);
  const set = useRiskOverlay(selectSetShowCarrierChances);
  return (
    <label className="risk-overlay-toggle">
      <input type="checkbox" checked={on} onChange={(e) => set(e.currentTarget.checked)} /> Show carrier chances on the chart (rounded)
    </label>
  );
}
