/**
 * sammen/report — the coordinator's report: one self-contained HTML page from an input and the
 * result `compose` gave for it. A subpath of its own, so `import { compose } from "sammen"` stays
 * the size it was.
 */
export { renderReport, REPORT_CSP, type ReportOptions } from "./renderReport.js";
