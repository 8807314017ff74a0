/**
 * The report's only styles, inline (the page's Content-Security-Policy allows inline styles and
 * nothing else). System fonts only; on A4 each section starts a page and no card is split.
 */
export const REPORT_CSS = `
:root{--ink:#1d2329;--muted:#5d6670;--line:#d9dee3;--soft:#f4f6f8;--placed:#2f7d5b;--waiting:#c0823a;--accent:#1f4e79}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;padding:28px 32px 48px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;color:var(--ink);background:#fff}
main{max-width:1120px;margin:0 auto}
h1{font-size:26px;margin:0 0 4px;letter-spacing:-.01em}
h2{font-size:19px;margin:30px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--ink)}
h3{font-size:15px;margin:0 0 6px}
header.top p{margin:2px 0;color:var(--muted)}
.count{font-weight:400;color:var(--muted);font-size:.8em;margin-left:4px}
.muted,.note,.empty{color:var(--muted)}
.note{font-size:12.5px;margin:0 0 10px}
code{font:12px/1.3 ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace;background:var(--soft);padding:1px 4px;border-radius:3px}
.id{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace;font-size:12.5px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}
thead th{font-size:12px;font-weight:600;color:var(--muted);border-bottom:1px solid var(--ink)}
.num{text-align:right;font-variant-numeric:tabular-nums}
.tiles{display:flex;gap:12px;margin-bottom:16px}
.tile{flex:1;border:1px solid var(--line);border-radius:8px;padding:10px 14px;border-top:4px solid var(--accent)}
.tile.placed{border-top-color:var(--placed)}
.tile.waiting{border-top-color:var(--waiting)}
.tile .n{display:block;font-size:30px;font-weight:700;line-height:1.1;font-variant-numeric:tabular-nums}
.tile .l{color:var(--muted)}
.tallies{display:grid;grid-template-columns:1fr 1fr;gap:24px}
.tally th[scope=row]{font-weight:500}
.barcell{width:38%}
.bar{display:flex;height:10px;margin-top:5px;background:var(--soft);border-radius:2px;overflow:hidden}
.bar .placed{background:var(--placed)}
.bar .waiting{background:var(--waiting)}
.warnings{margin-top:16px;padding:10px 14px;border-left:4px solid var(--waiting);background:#fbf6ef}
.warnings ul{margin:0;padding-left:18px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:14px}
.card{border:1px solid var(--line);border-radius:8px;padding:12px 14px;break-inside:avoid;page-break-inside:avoid}
.card header{display:flex;align-items:baseline;gap:8px;margin-bottom:6px}
.card h3{margin:0;font-size:17px}
.badge{font-size:11.5px;padding:1px 7px;border-radius:10px;background:var(--soft);color:var(--accent)}
.size{margin-left:auto;color:var(--muted);font-size:12.5px}
.card dl{display:grid;grid-template-columns:auto 1fr;gap:1px 10px;margin:0 0 6px;font-size:13px}
.card dt{color:var(--muted)}
.card dd{margin:0}
.ages{margin:4px 0 2px}
.strip{display:block;width:100%;height:auto;font:8.5px system-ui,Arial,sans-serif;fill:var(--muted)}
.span{display:block;font-size:12.5px;color:var(--muted)}
.mix{display:flex;flex-wrap:wrap;align-items:center;gap:4px 10px;font-size:12.5px;margin:4px 0 6px}
.mix .k{color:var(--muted)}
.mixbar{display:inline-flex;width:90px;height:9px;border-radius:2px;overflow:hidden;background:var(--soft)}
.mixbar span{display:block;height:100%}
.mark{vertical-align:-1px;margin-right:3px}
.members{font-size:12.5px}
.members td,.members th{padding:2px 6px}
.new{font:600 10.5px system-ui,Arial,sans-serif;color:var(--placed);margin-left:4px;text-transform:uppercase}
.travel{margin:6px 0 0;font-size:12px;color:var(--muted)}
.reason{margin-bottom:22px;break-inside:auto}
.reason h3 code{font-weight:400}
.reason p{margin:0 0 6px;color:var(--muted);font-size:13px}
.waiting{table-layout:fixed}
.waiting th:first-child{width:13%}
.waiting th:nth-child(2){width:32%}
.waiting td{font-size:13px;overflow-wrap:anywhere}
.waiting tr{break-inside:avoid;page-break-inside:avoid}
.fact{display:inline-block;margin:0 6px 2px 0;padding:0 6px;border-radius:9px;background:var(--soft);font-size:12px}
.sugg ul{margin:0;padding-left:16px}
.sugg li{margin-bottom:2px}
.against{font-size:11px;color:#8a3b12;border:1px solid #e2b59a;border-radius:9px;padding:0 6px;white-space:nowrap}
.rules th[scope=row]{font-weight:500;width:45%}
@page{size:A4;margin:14mm 12mm}
@media print{
  body{padding:0;font-size:10pt}
  main{max-width:none}
  section.page{break-before:page;page-break-before:always}
  h2{margin-top:0}
  .cards{grid-template-columns:1fr 1fr;gap:8px}
  .card{padding:8px 10px}
  thead{display:table-header-group}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
@media (max-width:720px){.tallies{grid-template-columns:1fr}.tiles{flex-wrap:wrap}}
`;
