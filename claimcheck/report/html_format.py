"""HTML formatter: one self-contained page (inline CSS and JS, nothing fetched) for people to read."""

from __future__ import annotations

from html import escape

from claimcheck.model import Document, Location, Severity
from claimcheck.report import Report, ReportedFinding

# Nothing may be fetched: only the inline style and script run, and no image, font or frame loads.
POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"
SHOWN = ("error", "warning", "info", "agree")  # the filterable labels; "agree" marks corroborations
NAMES = {"agree": "corroborated"}


def render(report: Report, *, corroborations: bool = True) -> str:
    """The whole page: summary, filters, contradictions, corroborations."""
    agreeing = report.corroborations if corroborations else ()
    body = [_header(report), _filters(report, agreeing), '<main id="findings">']
    body += [_finding(item, item.finding.severity.value) for item in report.findings]
    if not report.findings:
        body.append('<p class="empty">No contradictions found.</p>')
    if agreeing:
        body.append('<h2 class="agreeing">Corroborated by several outlets</h2>')
        body += [_finding(item, "agree") for item in agreeing]
    body += ['<p id="none-shown" class="empty" hidden>No finding matches the filters.</p>', "</main>"]
    return _page("\n".join(body))


def _page(body: str) -> str:
    """The document shell with the inline stylesheet and script."""
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>claimcheck report</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n{body}\n"
            f"<script>\n{SCRIPT}</script>\n</body>\n</html>\n")


def _header(report: Report) -> str:
    """Title and the counts, as chips."""
    counts = [(report.count(s), s.value) for s in Severity] + [(len(report.corroborations), "agree")]
    chips = "".join(f'<span class="chip {label}">{n} {NAMES.get(label, label)}</span>' for n, label in counts)
    total = len(report.of_kind("contradiction"))
    return (f'<header><h1>claimcheck report</h1><p class="summary"><strong>{total} '
            f'contradiction{"s" * (total != 1)}</strong> in {len(report.documents)} documents '
            f"({report.claims} claims) {chips}</p>{_documents(report)}</header>")


def _documents(report: Report) -> str:
    """The checked documents, folded: path, title and publication date."""
    rows = "".join(f"<li>{_document(d)}</li>" for d in report.documents)
    skipped = f", {len(report.warnings)} inputs skipped" if report.warnings else ""
    return (f"<details><summary>{len(report.documents)} documents checked{skipped}</summary>"
            f"<ul>{rows}</ul></details>")


def _document(document: Document) -> str:
    """Path, title and publication date of one document."""
    published = document.published.isoformat() if document.published else "no publication date"
    title = f" {escape(document.title)}" if document.title else ""
    return f'<code>{escape(document.path)}</code>{title} <span class="where">({published})</span>'


def _filters(report: Report, agreeing: tuple[ReportedFinding, ...]) -> str:
    """Severity checkboxes and a rule select; the page script keeps them in the URL fragment."""
    present = {item.finding.severity.value for item in report.findings} | ({"agree"} if agreeing else set())
    boxes = "".join(
        f'<label class="chip {label}"><input type="checkbox" name="severity" value="{label}" checked'
        f'{"" if label in present else " disabled"}> {NAMES.get(label, label)}</label>' for label in SHOWN)
    rules = sorted({(item.finding.code, item.finding.rule) for item in (*report.findings, *agreeing)})
    options = "".join(f'<option value="{escape(code)}">{escape(code)} {escape(rule)}</option>'
                      for code, rule in rules)
    return (f'<form id="filters" class="filters" aria-label="Filters"><fieldset><legend>Show</legend>{boxes}'
            f'</fieldset><label>Rule <select id="rule" name="rule"><option value="">all rules</option>'
            f'{options}</select></label><output id="shown"></output></form>')


def _finding(item: ReportedFinding, label: str) -> str:
    """One finding: header line, the claims side by side, then reason, confidence and id."""
    f = item.finding
    claims = "".join(_claim(loc) for loc in item.locations)
    return (f'<article class="finding {label}" id="f-{escape(item.id)}" data-severity="{label}" '
            f'data-rule="{escape(f.code)}"><h3><span class="badge {label}">{label}</span> '
            f'<code>{escape(f.code)}</code> <span class="rule">{escape(f.rule)}</span></h3>'
            f'<p class="message">{escape(f.message)}</p><div class="claims">{claims}</div>'
            f'<p class="meta">{escape(f.reason)} · confidence {f.confidence:.2f} · id '
            f"<code>{escape(item.id)}</code></p></article>")


def _claim(loc: Location) -> str:
    """One claim card: the value, where it is, and its sentence with the value marked."""
    at = loc.text.find(loc.value)
    if at < 0:  # the sentence was normalised past the value: show it apart
        sentence = f"{escape(loc.text)} <mark>{escape(loc.value)}</mark>"
    else:
        end = at + len(loc.value)
        sentence = f"{escape(loc.text[:at])}<mark>{escape(loc.value)}</mark>{escape(loc.text[end:])}"
    where = f"{loc.path}:{loc.line}:{loc.column}"
    return (f'<figure class="claim"><figcaption><span class="value">{escape(loc.value)}</span> '
            f'<span class="where" title="{escape(loc.document)}">{escape(where)}</span></figcaption>'
            f"<blockquote>{sentence}</blockquote></figure>")


STYLE = """\
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --card: #f6f8fa;
  --line: #d1d9e0; --error: #cf222e; --warning: #9a6700; --info: #0969da; --agree: #1a7f37;
  --mark: #fff1a8; }
@media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --card: #151b23;
  --line: #3d444d; --error: #ff7b72; --warning: #d29922; --info: #58a6ff; --agree: #3fb950;
  --mark: #6b5800; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 76rem; padding: 1.5rem; background: var(--bg); color: var(--fg);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif; }
h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
h2 { margin: 2rem 0 .75rem; font-size: 1.2rem; }
h3 { margin: 0 0 .35rem; font-size: 1rem; font-weight: 600; }
code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.summary { margin: 0 0 1rem; color: var(--muted); }
.summary strong { color: var(--fg); }
details { margin: 0 0 1rem; color: var(--muted); font-size: .9rem; }
details ul { margin: .4rem 0 0; padding-left: 1.2rem; }
summary { cursor: pointer; }
.chip { display: inline-block; margin: 0 .2rem; padding: .05rem .6rem; border: 1px solid var(--line);
  border-radius: 1rem; font-size: .85rem; white-space: nowrap; }
.chip.error, .badge.error { border-color: var(--error); color: var(--error); }
.chip.warning, .badge.warning { border-color: var(--warning); color: var(--warning); }
.chip.info, .badge.info { border-color: var(--info); color: var(--info); }
.chip.agree, .badge.agree { border-color: var(--agree); color: var(--agree); }
.filters { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: .75rem 1.5rem;
  align-items: center; margin: 0 0 1.25rem; padding: .6rem .9rem; background: var(--card);
  border: 1px solid var(--line); border-radius: .5rem; }
.filters fieldset { display: flex; align-items: center; gap: .2rem; margin: 0; padding: 0; border: 0; }
.filters legend { float: left; margin-right: .4rem; font-weight: 600; }
.filters label.chip { cursor: pointer; }
.filters select { font: inherit; padding: .1rem .3rem; }
.filters output { margin-left: auto; color: var(--muted); font-size: .85rem; }
.finding { margin: 0 0 1rem; padding: .9rem 1rem; border: 1px solid var(--line);
  border-left: .3rem solid var(--muted); border-radius: .5rem; }
.finding.error { border-left-color: var(--error); }
.finding.warning { border-left-color: var(--warning); }
.finding.info { border-left-color: var(--info); }
.finding.agree { border-left-color: var(--agree); }
.badge { display: inline-block; padding: 0 .45rem; border: 1px solid; border-radius: .25rem;
  font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em;
  vertical-align: 1px; }
.rule, .meta, .where { color: var(--muted); }
.message { margin: 0 0 .75rem; }
.claims { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: .75rem; }
.claim { margin: 0; padding: .6rem .8rem; background: var(--card); border: 1px solid var(--line);
  border-radius: .4rem; }
.claim figcaption { display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; font-size: .85rem; }
.claim .value { font-weight: 700; font-size: 1rem; }
.claim .where { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  overflow-wrap: anywhere; }
.claim blockquote { margin: .4rem 0 0; }
mark { background: var(--mark); color: inherit; padding: 0 .15rem; border-radius: .2rem; font-weight: 700; }
.meta { margin: .75rem 0 0; font-size: .85rem; }
.empty { padding: 1rem; color: var(--muted); text-align: center; }
[hidden] { display: none !important; }
"""

SCRIPT = """\
(() => {
  // Filters live in the URL fragment (#severity=warning,error&rule=CC102), so a filtered view can be linked.
  const form = document.getElementById("filters");
  const boxes = [...form.querySelectorAll('input[name="severity"]')];
  const rule = document.getElementById("rule");
  const findings = [...document.querySelectorAll("article.finding")];
  const heading = document.querySelector("h2.agreeing");
  function readFragment() {
    const params = new URLSearchParams(location.hash.slice(1));
    const severity = params.get("severity");
    const wanted = severity === null ? null : new Set(severity.split(","));
    for (const box of boxes) box.checked = wanted === null || wanted.has(box.value);
    const code = params.get("rule") || "";
    rule.value = [...rule.options].some((option) => option.value === code) ? code : "";
  }
  function writeFragment() {
    const params = new URLSearchParams();
    const checked = boxes.filter((box) => box.checked).map((box) => box.value);
    if (checked.length !== boxes.length) params.set("severity", checked.join(","));
    if (rule.value) params.set("rule", rule.value);
    const fragment = params.toString().replaceAll("%2C", ",");
    history.replaceState(null, "", fragment ? "#" + fragment : location.pathname + location.search);
  }
  function apply() {
    const wanted = new Set(boxes.filter((box) => box.checked).map((box) => box.value));
    let shown = 0, agreeing = 0;
    for (const finding of findings) {
      const visible = wanted.has(finding.dataset.severity)
        && (!rule.value || finding.dataset.rule === rule.value);
      finding.hidden = !visible;
      shown += visible;
      agreeing += visible && finding.dataset.severity === "agree";
    }
    if (heading) heading.hidden = agreeing === 0;
    document.getElementById("shown").textContent = shown + " of " + findings.length + " shown";
    document.getElementById("none-shown").hidden = shown > 0 || findings.length === 0;
  }
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("change", () => { writeFragment(); apply(); });
  window.addEventListener("hashchange", () => { readFragment(); apply(); });
  readFragment();
  apply();
})();
"""
