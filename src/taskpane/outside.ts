/**
 * The task page opened outside Office (a browser on the add-in's URL): no workbook to work on, so
 * the page says how to open CA OP in Excel, in French and in English, instead of staying blank.
 * `Office.onReady` resolves with `host` null outside an Office client
 * (https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in).
 */

/** The message, French first (the product's language), then English. */
export const OUTSIDE_OFFICE = {
  fr: {
    title: "CA OP s'ouvre dans Excel",
    body: "Cette page est le volet du complément CA OP : ouvrez un classeur dans Excel (Windows, Mac ou Excel pour le web), puis Accueil › Compléments › CA OP. Pour essayer sans Excel : playground.html.",
  },
  en: {
    title: "CA OP opens in Excel",
    body: "This page is the CA OP add-in's task pane: open a workbook in Excel (Windows, Mac or Excel on the web), then Home › Add-ins › CA OP. To try it without Excel: playground.html.",
  },
} as const;

/** Shows the message in `root` (plain DOM: no React needed for it). */
export function showOutsideOffice(root: HTMLElement): void {
  root.replaceChildren();
  const main = document.createElement("main");
  main.setAttribute("role", "main");
  main.style.cssText = "font-family: 'Segoe UI', system-ui, sans-serif; padding: 16px; max-width: 40em";
  for (const [lang, text] of Object.entries(OUTSIDE_OFFICE)) {
    const section = document.createElement("section");
    section.lang = lang;
    const h = document.createElement("h1");
    h.textContent = text.title;
    h.style.fontSize = "1.2em";
    const p = document.createElement("p");
    p.textContent = text.body;
    section.append(h, p);
    main.append(section);
  }
  root.append(main);
}
