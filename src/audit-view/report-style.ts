/**
 * The report's one stylesheet, inline (the page loads nothing). Sizes in rem
 * and percentages so it reflows at 200 % zoom; colours as variables with a
 * dark set for `prefers-color-scheme: dark`; marks that never rely on colour
 * alone (live bars are hatched, break-glass bars carry a "!" and a heavy
 * border); a print sheet that drops the controls and keeps rows whole.
 */
export const REPORT_CSS = `
:root{color-scheme:light dark;--bg:#ffffff;--fg:#1a1a1a;--muted:#555555;--line:#c8c8c8;--panel:#f4f5f7;--bar:#2f6db5;--bar-fg:#ffffff;--live:#1d7a3e;--bg-bar:#b3261e;--late:#8a5300;--ok:#1d7a3e;--bad:#b3261e;--focus:#0b57d0}
@media (prefers-color-scheme:dark){:root{--bg:#121416;--fg:#e8e8e8;--muted:#b0b0b0;--line:#4a4d52;--panel:#1d2024;--bar:#7aa7e0;--bar-fg:#0b0c0e;--live:#6cc58a;--bg-bar:#ff8a80;--late:#f2b45c;--ok:#6cc58a;--bad:#ff8a80;--focus:#8ab4f8}}
*{box-sizing:border-box}
body{margin:0;padding:1rem 1.25rem 3rem;background:var(--bg);color:var(--fg);font:1rem/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
h1{font-size:1.6rem;margin:.2rem 0 .4rem}
h2{font-size:1.25rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
p{margin:.4rem 0;max-width:70rem}
.muted{color:var(--muted)}
.skip{position:absolute;left:-999rem}
.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.4rem .6rem;z-index:10}
a{color:var(--focus)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.verdict{padding:.6rem .8rem;border:2px solid var(--ok);border-radius:.4rem;background:var(--panel)}
.verdict strong{color:var(--ok)}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.6rem;margin:.6rem 0;padding:0}
.figures div{background:var(--panel);border:1px solid var(--line);border-radius:.4rem;padding:.5rem .7rem}
.figures dt{font-size:.85rem;color:var(--muted)}
.figures dd{margin:0;font-size:1.4rem;font-weight:600}
form.filters{display:flex;flex-wrap:wrap;gap:.8rem 1.2rem;align-items:flex-end;background:var(--panel);border:1px solid var(--line);border-radius:.4rem;padding:.7rem .8rem}
form.filters label{display:flex;flex-direction:column;font-size:.9rem;gap:.2rem}
select,button{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--line);border-radius:.3rem;padding:.3rem .5rem;min-height:2.2rem;max-width:100%}
button{cursor:pointer}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;margin:.4rem 0 .8rem;padding:0;list-style:none;font-size:.9rem}
.legend .bar{position:relative;top:auto;display:inline-block;width:2.2rem;height:1rem;vertical-align:middle;margin-right:.3rem}
.axis{display:flex;justify-content:space-between;font-size:.8rem;color:var(--muted);margin-left:var(--label-w,12rem)}
.lanes{--label-w:12rem}
.lane{display:flex;align-items:stretch;border-top:1px solid var(--line);min-height:1.9rem;break-inside:avoid}
.lane-label{flex:0 0 var(--label-w);padding:.2rem .5rem .2rem 0;overflow-wrap:anywhere;font-size:.9rem}
.track{position:relative;flex:1 1 auto;min-width:8rem;min-height:1.6rem;margin:.15rem 0}
.bar{position:absolute;top:.2rem;height:1.1rem;min-width:3px;background:var(--bar);border-radius:2px}
.bar.live{background:repeating-linear-gradient(135deg,var(--live) 0 .35rem,transparent .35rem .6rem);border:2px solid var(--live)}
.bar.bg{background:var(--bg-bar);border:3px double var(--fg)}
.bar.bg::before{content:"!";position:absolute;left:.15rem;top:-.15rem;font-weight:700;color:var(--bar-fg)}
.bar.late{box-shadow:0 0 0 2px var(--late)}
.note{font-size:.9rem;color:var(--muted)}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;margin:.4rem 0 1rem;font-size:.9rem;min-width:40rem}
caption{text-align:left;font-weight:600;padding:.2rem 0}
th,td{border:1px solid var(--line);padding:.3rem .45rem;vertical-align:top;text-align:left}
th{background:var(--panel)}
td.num{text-align:right;font-variant-numeric:tabular-nums}
tr{break-inside:avoid}
.dist{display:inline-block;height:.8rem;background:var(--late);vertical-align:middle}
.bad{color:var(--bad);font-weight:600}
@media (max-width:40rem){.lanes{--label-w:6.5rem}.axis{margin-left:6.5rem}}
@media print{
:root{--bg:#fff;--fg:#000;--muted:#333;--line:#999;--panel:#fff;--bar:#444;--live:#000;--bg-bar:#000;--late:#000;--ok:#000;--bad:#000}
body{padding:0;font-size:10pt}
form.filters,.skip,noscript{display:none}
h2{break-after:avoid}
section{break-inside:auto}
.bar{print-color-adjust:exact;-webkit-print-color-adjust:exact}
.scroll{overflow:visible}
table{min-width:0;width:100%}
}
`;
