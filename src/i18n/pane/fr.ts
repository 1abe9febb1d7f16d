/**
 * French texts of the task pane (the default language), part of the French catalogue (../fr.ts). en.ts has the same keys; texts with
 * numbers or names in them are small functions. Names of kinds, scopes and fields come from the
 * core's label tables.
 */
export const fr = {
  appTitle: "CA OP",
  appSubtitle: "Chiffre d'affaires opérationnel",
  language: "Langue",
  steps: {
    source: "Source",
    mapping: "Colonnes",
    tagging: "Marquage OP",
    dashboard: "Tableau de bord",
    checklist: "Checklist & contrôle",
  },
  stepsLabel: "Étapes",
  next: "Continuer",
  cancel: "Annuler",
  close: "Fermer",
  loading: "Chargement…",
  working: "Traitement en cours…",
  progress: (done: string, total: string, step: string) => `${done} / ${total} — ${step}`,
  source: {
    title: "Source des données",
    intro: "Choisissez la feuille qui contient l'export des ventes (ligne d'en-tête comprise).",
    sheet: "Feuille",
    address: "Plage (facultatif)",
    addressHint: "Exemple : A1:I600. Vide = toute la feuille.",
    read: "Lire les données",
    selection: "Utiliser la sélection",
    noSheet: "Le classeur n'a pas de feuille de données.",
    caop: "CA OP lu (toutes périodes) :",
    ofWhichReview: (amount: string) => `dont à vérifier : ${amount}`,
    summary: (n: number, rows: string, cols: number, where: string) =>
      `${rows} ${n <= 1 ? "ligne" : "lignes"}, ${cols} ${cols <= 1 ? "colonne" : "colonnes"} — ${where}`,
    openFile: "Ouvrir un fichier…",
    openFileHint:
      "Un FEC (.txt), un export .csv ou un .xlsx reçu : lu et calculé dans le volet, ses lignes vont dans une nouvelle feuille.",
    fileTitle: (name: string) => `Fichier « ${name} »`,
    fileSummary: (n: number, rows: string, cols: number) =>
      `${rows} ${n <= 1 ? "ligne lue" : "lignes lues"}, ${cols} ${cols <= 1 ? "colonne" : "colonnes"}.`,
    fileCaop: "CA OP du fichier (toutes périodes) :",
    fileSheet: (sheet: string) => `Lignes importées dans la nouvelle feuille « ${sheet} ».`,
  },
  mapping: {
    title: "Correspondance des colonnes",
    intro:
      "Les colonnes ont été détectées d'après leurs en-têtes. Vérifiez, corrigez si besoin, puis validez.",
    field: "Champ",
    column: "Colonne",
    auto: "(détection automatique)",
    none: "(aucune colonne)",
    chosen: "choisie",
    detected: (pct: number) => `détectée (${pct} %)`,
    notFound: "non trouvée",
    required: "obligatoire",
    missing: (field: string) => `Colonne obligatoire manquante : ${field}.`,
    missingAmount:
      "Aucune colonne de montant : choisissez Montant, ou Débit et Crédit, ou Quantité et Prix unitaire.",
    more: "Afficher tous les champs",
    less: "Masquer les champs avancés",
    preview: "Aperçu des premières lignes",
    previewRow: "Ligne",
    readMonth: "Mois lu",
    readAmount: "Contribution lue",
    diagnostics: (n: string, count = 2) => `${n} ${count > 1 ? "problèmes" : "problème"} dans les données :`,
    confirm: "Valider la correspondance",
    confirmed: "Correspondance enregistrée dans le classeur.",
    chosenNone: "aucune colonne (votre choix)",
    moved: (header: string, taker: string, field: string, now: string | null) =>
      `La colonne « ${header} » va maintenant à ${taker} : ${field} ${now === null ? "n'a plus de colonne" : `lit maintenant « ${now} »`}.`,
    unusable: (field: string, header: string, isDate: boolean) =>
      `Aucune ligne utilisable : la colonne « ${header} » choisie pour ${field} ne donne ${isDate ? "aucune date lisible" : "aucun montant lisible"}. Choisissez une autre colonne pour valider.`,
  },
  tagging: {
    title: "Marquage OP",
    intro:
      "Le marquage écrit les colonnes OP, Motif, Contribution CA OP et Mois CA OP à droite des données, et rien d'autre.",
    run: "Marquer les lignes",
    rerun: "Marquer à nouveau",
    strict: "Mode strict (les lignes à vérifier sont exclues)",
    debitPositive:
      "Montants débit positif, crédit négatif (grand livre, liste de postes SAP) : signes inversés",
    summary: "Synthèse par statut",
    status: "Statut",
    lines: "Lignes",
    amount: "Montant",
    caopTotal: "CA OP (toutes périodes) :",
    reviewTitle: (n: string) => `Lignes à vérifier (${n})`,
    reviewEmpty: "Aucune ligne à vérifier.",
    reviewIntro:
      "Décidez en un clic : la décision est gardée dans le classeur, même après actualisation des données.",
    row: "Ligne",
    date: "Date",
    account: "Compte",
    label: "Libellé",
    reason: "Motif",
    decision: "Décision",
    countOp: "Compter en OP",
    exclude: "Exclure…",
    excludeAs: (reason: string) => `Exclure : ${reason}`,
    decisionsTitle: (n: string) => `Décisions manuelles (${n})`,
    undo: "Annuler la décision",
    showMore: (n: string) => `Afficher ${n} lignes de plus`,
    decisionFor: (row: number) => `Décision pour la ligne ${row}`,
    announceDecided: (row: number, what: string, left: number, leftText: string) =>
      `Ligne ${row} : ${what}. ${left === 0 ? "Plus aucune ligne à vérifier." : `${leftText} ${left === 1 ? "ligne reste" : "lignes restent"} à vérifier.`}`,
    announceCountedOp: "comptée en OP",
    announceExcluded: (reason: string) => `exclue (${reason})`,
    announceUndone: (row: number) =>
      `Décision de la ligne ${row} annulée : la ligne suit de nouveau les règles.`,
  },
  rules: {
    title: "Règles de classement",
    intro:
      "Les règles sont enregistrées dans le classeur. Les comptes sont lus par préfixe (le plus long gagne), les mots-clés dans le libellé.",
    accounts: "Comptes",
    keywords: "Mots-clés du libellé",
    prefix: "Préfixe",
    meaning: "Signification",
    scope: "Classement",
    kind: "Nature",
    kindAuto: "(selon le libellé)",
    words: "Mots-clés (séparés par des virgules)",
    exceptions:
      "Exceptions : expressions courantes à ne pas prendre pour le mot-clé (séparées par des virgules)",
    add: "Ajouter une règle",
    remove: "Supprimer",
    save: "Enregistrer les règles",
    reset: "Rétablir les règles par défaut",
    show: "Modifier les règles",
    hide: "Masquer les règles",
    problems: "Règles à corriger :",
    version: (v: string) => `Version ${v}`,
    removeRule: (what: string) => `Supprimer la règle ${what}`,
    prefixOf: (i: number) => `Préfixe de la règle ${i}`,
  },
  dashboard: {
    title: "Tableau de bord",
    intro:
      "Génère ou actualise la feuille « Tableau de bord CA OP » et ses onglets de détail, avec des formules Excel natives.",
    year: "Exercice",
    yearAuto: "Dernier exercice des données",
    startMonth: "Premier mois de l'exercice",
    segmentField: "Champ segment",
    threshold: "Seuil d'alerte (%)",
    thresholdHint: "Un segment est en alerte quand sa variation mensuelle est inférieure à ce seuil.",
    months: "Mois consécutifs",
    generate: "Générer le tableau de bord",
    regenerate: "Actualiser le tableau de bord",
    needMapping: "Validez d'abord la correspondance des colonnes.",
    done: (sheet: string) => `Feuille « ${sheet} » à jour.`,
    yearCaop: (year: string) => `CA OP de l'exercice ${year} :`,
    alerts: "Segments en alerte",
    noAlert: "Aucun segment en alerte.",
    show: "Afficher la feuille",
  },
  checklist: {
    title: "Checklist mensuelle",
    auto: "vérifié par les données",
    notYet: "pas encore",
    monthOf: (month: string) => `Clôture de ${month} : vos coches sont gardées dans le classeur.`,
    manual: "à cocher",
    items: {
      export: "Exporter les ventes brutes",
      core: "Filtrer les produits/services cœur de métier (toutes les lignes classées)",
      deductions: "Déduire remises, rabais, retours",
      exclusions: "Exclure subventions, reventes d'actifs, crédits d'impôt (motifs écrits)",
      segments: "Consolider par segment : produit, client, commercial",
      compare: "Comparer au mois N-1 et N-12",
      share: "Partager le tableau de bord avec finance, marketing, sales",
      fresh: "Tableau de bord plus récent que les données",
    },
    qcTitle: "Contrôle qualité trimestriel",
    qcIntro:
      "Échantillon aléatoire reproductible de 5 % des lignes du trimestre (au moins une par statut), verdict Oui/Non et taux d'erreur.",
    quarter: "Trimestre",
    qcGenerate: "Générer la feuille de contrôle",
    qcDone: (sheet: string, n: string) => `« ${sheet} » : ${n} lignes à contrôler.`,
  },
  playground: {
    title: "CA OP — bac à sable",
    subtitle: "Le volet Office de CA OP dans un navigateur, sur un classeur en mémoire (sans Excel).",
    open: "Ouvrir un fichier (.xlsx, .csv, FEC .txt)",
    sample: "Recharger l'exemple",
    dark: "Thème sombre",
    sheets: "Feuilles du classeur",
    pane: "Volet CA OP",
    loadingFile: (name: string) => `Lecture de « ${name} »…`,
    fileError: (msg: string) => `Fichier illisible : ${msg}`,
    previous: "Lignes précédentes",
    next: "Lignes suivantes",
  },
} as const;

/** The shape every translation table has. */
export type PaneMessages = Widen<typeof fr>;

/** Literal string types widened to string, functions kept: what a translation must provide. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };
