/**
 * Light or dark Fluent theme following Office's theme (its body background colour), or the
 * browser's preference in the playground.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** True when a "#RRGGBB" colour is dark (relative luminance below one half). */
export function isDarkColor(hex: string | undefined | null): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** The Fluent theme for a dark or light host. */
export function themeFor(dark: boolean): Theme {
  return dark ? webDarkTheme : webLightTheme;
}
