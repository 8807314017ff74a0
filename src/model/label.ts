/**
 * Normalise a category label so that "Breast cancer", "breast_cancer" and
 * " breast-cancer " name the same problem area.
 */
export function normaliseLabel(label: string): string {
  return label.normalize("NFC").trim().toLowerCase().replace(/[\s_]+/g, "-");
}
