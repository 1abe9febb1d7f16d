import { ACCOUNTS } from "./accounts";
import { KEYWORDS } from "./keywords";
import { KIND_VALUES } from "./kind-values";
import { DEFAULT_OP_FLAG_MARKS, type RuleSet } from "./types";

/** The default rule set shipped with the add-in. */
export const DEFAULT_RULES: RuleSet = {
  version: "2025.12",
  accounts: ACCOUNTS,
  keywords: KEYWORDS,
  kindValues: KIND_VALUES,
  opFlag: {
    yes: ["OP", "oui", "o", "yes", "y", "1", "vrai", "true", "x", "✓", "✔", "☑"],
    no: ["non", "n", "no", "0", "faux", "false", "hors OP", "non OP", "not OP", "exclu", "excluded"],
    marks: [...DEFAULT_OP_FLAG_MARKS],
  },
  taxCreditAccounts: ["695", "699"],
};
