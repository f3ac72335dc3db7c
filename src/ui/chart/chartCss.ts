// The few styles SVG attributes cannot express: pointer cursor and a visible keyboard
// focus ring on each person (WCAG 2.4.7), shown only for keyboard focus.
export const CHART_CSS = `
.il-person { cursor: pointer; outline: none; }
.il-person:focus-visible .il-focus-ring { visibility: visible; }
`;
