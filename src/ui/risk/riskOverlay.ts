// Whether the chart shows each person's carrier chance (a view setting, not part of the
// document or of undo). A small store of its own so the chart and the risk panel share it
// without threading it through the app shell.
import { create } from 'zustand';

export interface RiskOverlayState {
  showCarrierChances: boolean;
  setShowCarrierChances: (on: boolean) => void;
}

export const useRiskOverlay = create<RiskOverlayState>((set) => ({
  showCarrierChances: false,
  setShowCarrierChances: (showCarrierChances) => set({ showCarrierChances }),
}));

export const selectShowCarrierChances = (s: RiskOverlayState) => s.showCarrierChances;
export const selectSetShowCarrierChances = (s: RiskOverlayState) => s.setShowCarrierChances;
