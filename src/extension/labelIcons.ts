/**
 * Text for a label the editor renders with icons (a QuickPick row): `$(name)` there is an icon, and
 * corpus text must show as written; a backslash makes it literal.
 */
export function escapeLabelIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}
