/**
 * Values of a reporting pack's or BI export's scenario column (Tagetik, OneStream, BFC, HFM, Power BI:
 * "Scénario", "Scenario", "Version"): only actual figures are a CA OP; a budget, a forecast or a plan
 * beside them is another figure for the same months (evidence/scenarios.ts sets those rows apart).
 * Matched as normalizeText reads the whole cell (case and accents ignored).
 */

/** Values naming actual (booked) figures. */
export const ACTUAL_SCENARIOS: readonly string[] = [
  "Réel",
  "Réels",
  "Réalisé",
  "Réalisés",
  "Réalisations",
  "Actual",
  "Actuals",
  "ACT",
  "ACTL",
  "Real",
];

/** Values naming figures that are no actuals: budgets, forecasts, plans, targets, landings. */
export const OTHER_SCENARIOS: readonly string[] = [
  "Budget",
  "Budgets",
  "BUD",
  "BGT",
  "Budget initial",
  "Budget révisé",
  "Forecast",
  "Forecasts",
  "FC",
  "FCST",
  "Reforecast",
  "Re-forecast",
  "RF",
  "Prévision",
  "Prévisions",
  "Prévisionnel",
  "PREV",
  "Plan",
  "Business plan",
  "Objectif",
  "Objectifs",
  "Target",
  "Outlook",
  "Latest estimate",
  "LE",
  "Estimé",
  "Estimate",
  "Atterrissage",
  "Simulation",
];

/** Numbered forecasts and budgets of a pack ("FC1", "FC 3", "RF2", "BUD2", "B1"): no actuals either. */
export const OTHER_SCENARIO_PATTERN = /^(?:fc|fcst|rf|bud|bgt|b|f|le|forecast|budget|reforecast)\s?\d{1,2}$/;
