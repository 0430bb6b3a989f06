#!/usr/bin/env python3
"""Writes the bad-input corpus: one malformed case file per defect, and expectations.tsv.

Run from this folder (python3 make-bad-cases.py) after changing the list below; the files are
committed, so the tests need only a JDK. Every text value of the base case contains the marker
Qz9, so a test can assert that no output and no exception message repeats a case value.

expectations.tsv columns: file, exit code of `appeal-packet assemble`, the tokens the error
output must start a line with (field paths, or "exhibit X" for an exhibit that cannot be used),
and who must catch it: "core" (the library API rejects the case read from the file, naming the
same paths or exhibit) or "reader" (the case-file reader names the paths; the library may never
see the defect, e.g. an unknown field or a file that is not a JSON object).
"""
import copy
import json
import os

M = "Qz9"

BASE = {
    "stage": "INTERNAL_APPEAL",
    "urgency": "STANDARD",
    "locale": "en-US",
    "member": {
        "fullName": M + " Wilhelmina Parsnip",
        "memberId": M + "-MBR-77120",
        "dateOfBirth": "1979-04-12",
        "address": {"line1": M + " 12 Thornbury Lane", "line2": M + " Unit 5", "city": M + " Oakland",
                    "state": "CA", "postalCode": M + "-94606"},
        "phone": M + " 510 555 0148",
        "email": M + "@example.com",
    },
    "plan": {"payer": "Kaiser Permanente " + M, "planName": M + " Gold HMO", "planType": "COMMERCIAL_HMO",
             "jurisdiction": "CA", "groupNumber": M + "-G-604812"},
    "denial": {
        "referenceNumber": M + "-REF-0917734",
        "category": "NOT_MEDICALLY_NECESSARY",
        "serviceTiming": "PRE_SERVICE",
        "letterDate": "2026-10-02",
        "receivedDate": "2026-10-06",
        "level": "INITIAL",
        "statedReasons": [M + " reason one about conservative care", M + " reason two about red flags"],
        "criteriaCited": M + " regional imaging criteria",
    },
    "service": {"description": M + " MRI of the lumbar spine", "codes": [M + " CPT 72148"],
                "diagnosisCodes": [M + " M54.16"], "dateOfService": None, "amountBilled": 1200.50},
    "physician": {"fullName": M + " Anjali Desai", "credentials": M + " MD", "specialty": M + " physiatry",
                  "npi": M + "1639204817", "facility": M + " Oakland Medical Center", "phone": M + " 510 555 0192",
                  "statement": M + " I have treated the member since August.\n\n" + M + " The weakness is progressive."},
    "rebuttals": [{"reason": M + " reason one about conservative care", "response": M + " fourteen weeks of care",
                   "exhibitRefs": ["B"]},
                  {"reason": M + " reason two about red flags", "response": M + " a progressive motor deficit",
                   "exhibitRefs": ["B", "C"]}],
    "guidelines": [{"organization": M + " ACR", "title": M + " Low Back Pain", "year": 2021,
                    "citation": M + " J Am Coll Radiol 2021", "relevance": M + " usually appropriate"}],
    "priorTreatments": [{"treatment": M + " naproxen", "from": "2026-06-02", "to": "2026-07-28",
                         "outcome": M + " slight relief"}],
    "reliefRequested": M + " reverse the denial and authorize the MRI",
    "representative": {"fullName": M + " Tomasz Parsnip", "relationship": M + " spouse", "phone": M + " 510 555 0100",
                       "email": M + ".rep@example.com"},
    "submission": {"channel": "FAX", "recipient": M + " Member Services Appeals", "fax": M + " 510 555 0137",
                   "address": {"line1": M + " 1950 Franklin Street", "line2": None, "city": M + " Oakland",
                               "state": "CA", "postalCode": M + "-94612"}},
    "exhibits": [
        {"label": "A", "title": M + " denial notice", "kind": "DENIAL_LETTER", "file": "denial-letter.pdf"},
        {"label": "B", "title": M + " progress notes", "kind": "CLINICAL_NOTES", "file": "clinical-notes.pdf"},
        {"label": "C", "title": M + " second opinion", "kind": "SECOND_OPINION", "file": "second-opinion.jpg"},
    ],
}

cases = []  # (name, bytes, exit, tokens, source)


def parse_path(path):
    parts = []
    for piece in path.split("."):
        while "[" in piece:
            head, rest = piece.split("[", 1)
            if head:
                parts.append(head)
            idx, piece = rest.split("]", 1)
            parts.append(int(idx))
        if piece:
            parts.append(piece)
    return parts


def setp(doc, path, value, delete=False):
    parts = parse_path(path)
    node = doc
    for p in parts[:-1]:
        node = node[p]
    if delete:
        del node[parts[-1]]
    else:
        node[parts[-1]] = value
    return doc


def mutated(*changes):
    doc = copy.deepcopy(BASE)
    for path, value in changes:
        setp(doc, path, value)
    return doc


def add(name, doc_or_bytes, exit_code, tokens, source):
    data = doc_or_bytes if isinstance(doc_or_bytes, bytes) else (
        json.dumps(doc_or_bytes, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    cases.append((name, data, exit_code, tokens, source))


# --- nulls and blanks in every required field -------------------------------------------------
REQUIRED_TEXT = [
    "member.fullName", "member.memberId", "member.address.line1", "member.address.city", "member.address.state",
    "member.address.postalCode", "plan.payer", "denial.referenceNumber", "denial.statedReasons[0]",
    "service.description", "service.codes[0]", "service.diagnosisCodes[0]", "physician.fullName",
    "rebuttals[0].reason", "rebuttals[0].response", "rebuttals[0].exhibitRefs[0]", "guidelines[0].organization",
    "guidelines[0].title", "priorTreatments[0].treatment", "reliefRequested", "representative.fullName",
    "submission.address.line1", "submission.address.city", "exhibits[0].label", "exhibits[0].title",
    "exhibits[0].file",
]
for path in REQUIRED_TEXT:
    slug = path.replace("[", "-").replace("]", "").replace(".", "-")
    add("null-" + slug, mutated((path, None)), 2, [path], "core")
    add("blank-" + slug, mutated((path, " \t ")), 2, [path], "core")
for path in ["member.fullName", "denial.referenceNumber", "reliefRequested"]:
    add("empty-" + path.replace(".", "-"), mutated((path, "")), 2, [path], "core")

REQUIRED_ENUMS = ["stage", "urgency", "plan.planType", "plan.jurisdiction", "denial.category",
                  "denial.serviceTiming", "denial.level", "exhibits[0].kind", "submission.channel"]
for path in REQUIRED_ENUMS:
    add("null-" + path.replace("[", "-").replace("]", "").replace(".", "-"), mutated((path, None)), 2, [path], "core")
add("empty-enum-stage", mutated(("stage", "")), 2, ["stage"], "core")
add("empty-enum-category", mutated(("denial.category", "")), 2, ["denial.category"], "core")
for path in ["member.dateOfBirth", "denial.letterDate"]:
    add("null-" + path.replace(".", "-"), mutated((path, None)), 2, [path], "core")
for path in ["member", "plan", "denial", "service"]:
    add("null-" + path, mutated((path, None)), 2, [path], "core")
doc = copy.deepcopy(BASE)
del doc["member"]
add("missing-member", doc, 2, ["member"], "core")
doc = copy.deepcopy(BASE)
del doc["denial"]["referenceNumber"]
add("missing-denial-referenceNumber", doc, 2, ["denial.referenceNumber"], "core")
add("null-exhibit-entry", mutated(("exhibits[1]", None)), 2, ["exhibits[1]"], "core")
add("null-rebuttal-entry", mutated(("rebuttals[1]", None)), 2, ["rebuttals[1]"], "core")

# --- text and lists beyond the limits ---------------------------------------------------------
add("long-member-fullName", mutated(("member.fullName", M + " " + "Longname " * 40)), 2, ["member.fullName"], "core")
add("long-member-memberId", mutated(("member.memberId", M + "7" * 1000)), 2, ["member.memberId"], "core")
add("long-exhibit-title", mutated(("exhibits[1].title", M + " notes " * 60)), 2, ["exhibits[1].title"], "core")
add("long-physician-statement", mutated(("physician.statement", (M + " The weakness is progressive. ") * 700)), 2,
    ["physician.statement"], "core")
add("long-rebuttal-response", mutated(("rebuttals[1].response", (M + " a long answer ") * 1800)), 2,
    ["rebuttals[1].response"], "core")
add("long-reliefRequested", mutated(("reliefRequested", M + "x" * 20001)), 2, ["reliefRequested"], "core")
add("too-many-statedReasons", mutated(("denial.statedReasons", [M + " reason %d" % i for i in range(101)])), 2,
    ["denial.statedReasons"], "core")
add("too-many-exhibitRefs", mutated(("rebuttals[0].exhibitRefs", ["A"] * 101)), 2, ["rebuttals[0].exhibitRefs"], "core")
add("too-many-exhibits", mutated(("exhibits", [{"label": "E%d" % i, "title": M + " page %d" % i, "kind": "OTHER",
                                                "file": "e%d.pdf" % i} for i in range(101)]),
                                 ("rebuttals", [])), 2, ["exhibits"], "core")

# --- control characters, bidirectional overrides, invalid characters ----------------------------
add("control-bell-in-fullName", mutated(("member.fullName", M + " Wilhel\u0007mina")), 2, ["member.fullName"], "core")
add("control-nul-in-memberId", mutated(("member.memberId", M + "-\u0000-77120")), 2, ["member.memberId"], "core")
add("control-escape-in-reference", mutated(("denial.referenceNumber", M + "\u001b[31m-REF")), 2,
    ["denial.referenceNumber"], "core")
add("control-delete-in-payer", mutated(("plan.payer", M + " Kaiser\u007f")), 2, ["plan.payer"], "core")
add("bidi-override-in-physician-name", mutated(("physician.fullName", M + " \u202eisaseD ilajnA")), 2,
    ["physician.fullName"], "core")
add("bidi-isolate-in-memberId", mutated(("member.memberId", M + "\u2066-77120\u2069")), 2, ["member.memberId"], "core")
add("bidi-override-in-exhibit-title", mutated(("exhibits[0].title", M + " \u202dnotice")), 2, ["exhibits[0].title"],
    "core")
add("bidi-override-in-label", mutated(("exhibits[0].label", "A\u202e")), 2, ["exhibits[0].label"], "core")
add("lone-surrogate-in-fullName", (json.dumps(BASE, indent=1).replace(M + " Wilhelmina", M + " Wil\\ud800helmina")
                                   + "\n").encode(), 2, ["member.fullName"], "core")
add("unassigned-codepoint-in-city", mutated(("member.address.city", M + " Oak\U000E0FFFland")), 2,
    ["member.address.city"], "core")

# --- emoji: the standard fonts cannot draw them, so the field is named ----------------------------
# U+1F600 and the rest of the Emoticons block are drawn (DejaVu Sans has them); these are in no standard font.
add("emoji-in-member-name", mutated(("member.fullName", M + " Wilhelmina \U0001F984")), 2, ["member.fullName"], "core")
add("emoji-in-physician-name", mutated(("physician.fullName", M + " Dr \U0001FA7A Desai")), 2, ["physician.fullName"],
    "core")
add("emoji-in-representative-name", mutated(("representative.fullName", M + " Tomasz \U0001F44D\U0001F3FD")), 2,
    ["representative.fullName"], "core")

# --- impossible dates ---------------------------------------------------------------------------
add("future-dateOfBirth", mutated(("member.dateOfBirth", "2031-01-01")), 2, ["member.dateOfBirth"], "core")
add("future-receivedDate", mutated(("denial.receivedDate", "2027-03-01")), 2, ["denial.receivedDate"], "core")
add("future-letterDate", mutated(("denial.letterDate", "2027-02-01"), ("denial.receivedDate", None)), 2,
    ["denial.letterDate"], "core")
add("received-before-letter", mutated(("denial.receivedDate", "2026-09-30")), 2, ["denial.receivedDate"], "core")
add("treatment-ends-before-it-starts", mutated(("priorTreatments[0].to", "2026-05-01")), 2, ["priorTreatments[0].to"],
    "core")
add("future-treatment-start", mutated(("priorTreatments[0].from", "2027-06-02"), ("priorTreatments[0].to", None)), 2,
    ["priorTreatments[0].from"], "core")
add("month-13-day-45", mutated(("denial.letterDate", "2026-13-45")), 2, ["denial.letterDate"], "core")
add("february-30", mutated(("member.dateOfBirth", "1979-02-30")), 2, ["member.dateOfBirth"], "core")
add("birth-in-1800", mutated(("member.dateOfBirth", "1800-01-01")), 2, ["member.dateOfBirth"], "core")
add("date-as-number", mutated(("denial.letterDate", 20261002)), 2, ["denial.letterDate"], "core")
add("us-style-date", mutated(("denial.receivedDate", "10/06/2026")), 2, ["denial.receivedDate"], "reader")
add("guideline-year-3000", mutated(("guidelines[0].year", 3000)), 2, ["guidelines[0].year"], "core")
add("guideline-year-text", mutated(("guidelines[0].year", M + " twenty")), 2, ["guidelines[0].year"], "reader")

# --- unknown enumerations -----------------------------------------------------------------------
for path, value in [("stage", M + "_APPEAL"), ("urgency", "URGENT_" + M), ("plan.planType", "HMO" + M),
                    ("plan.jurisdiction", "ZZ"), ("denial.category", M), ("denial.serviceTiming", "LATER"),
                    ("denial.level", "SECOND_" + M), ("exhibits[2].kind", "PHOTO"), ("submission.channel", "EMAIL")]:
    add("unknown-" + path.replace("[", "-").replace("]", "").replace(".", "-"), mutated((path, value)), 2, [path],
        "core")
add("enum-as-number", mutated(("denial.category", 0)), 2, ["denial.category"], "core")

# --- exhibits: labels, references, paths ---------------------------------------------------------
add("duplicate-exhibit-label", mutated(("exhibits[1].label", "A")), 2, ["exhibits[1].label"], "core")
add("label-with-space", mutated(("exhibits[2].label", "C 1")), 2, ["exhibits[2].label"], "core")
add("label-too-long", mutated(("exhibits[2].label", "EXHIBIT-C-" + M)), 2, ["exhibits[2].label"], "core")
add("reference-to-missing-exhibit", mutated(("rebuttals[1].exhibitRefs[1]", "Z")), 2, ["rebuttals[1].exhibitRefs[1]"],
    "core")
add("path-parent-escape", mutated(("exhibits[0].file", "../denial-letter.pdf")), 2, ["exhibits[0].file"], "core")
add("path-nested-escape", mutated(("exhibits[1].file", "notes/../../clinical-notes.pdf")), 2, ["exhibits[1].file"],
    "core")
add("path-absolute", mutated(("exhibits[0].file", "/etc/passwd")), 2, ["exhibits[0].file"], "core")
add("path-windows-drive", mutated(("exhibits[0].file", "C:\\cases\\denial.pdf")), 2, ["exhibits[0].file"], "core")
add("path-windows-share", mutated(("exhibits[0].file", "\\\\server\\share\\denial.pdf")), 2, ["exhibits[0].file"], "core")
add("path-with-nul", mutated(("exhibits[0].file", "denial-letter.pdf\u0000.txt")), 2, ["exhibits[0].file"], "core")
# Exit 3: the case is valid, an exhibit file is not usable. The test creates these files.
add("exhibit-file-missing", mutated(("exhibits[1].file", "no-such-file.pdf")), 3, ["exhibit B"], "core")
add("exhibit-file-empty", mutated(("exhibits[1].file", "empty.pdf")), 3, ["exhibit B"], "core")
add("exhibit-file-not-a-pdf", mutated(("exhibits[1].file", "not-a-pdf.pdf")), 3, ["exhibit B"], "core")
add("exhibit-file-is-a-folder", mutated(("exhibits[1].file", "folder.pdf")), 3, ["exhibit B"], "core")
add("exhibit-file-truncated-pdf", mutated(("exhibits[0].file", "truncated.pdf")), 3, ["exhibit A"], "core")
add("exhibit-symlink-outside", mutated(("exhibits[2].file", "outside-link.pdf")), 3, ["exhibit C"], "core")
add("exhibit-symlink-folder-outside", mutated(("exhibits[2].file", "outside-folder/secret.pdf")), 3, ["exhibit C"],
    "core")

# --- JSON that is not a case -------------------------------------------------------------------
good = (json.dumps(BASE, indent=1) + "\n").encode()
add("json-truncated", good[: len(good) // 2], 2, ["(file)"], "reader")
add("json-array", b'[{"stage": "INTERNAL_APPEAL", "member": {"fullName": "' + M.encode() + b'"}}]\n', 2, ["(file)"],
    "reader")
add("json-empty", b"", 2, ["(file)"], "reader")
add("json-whitespace-only", b" \n\t \n", 2, ["(file)"], "reader")
add("json-nested-100000-deep", b'{"member": ' + b"[" * 100000 + b"\n", 2, ["(file)"], "reader")
add("json-string-root", b'"' + M.encode() + b' just text"\n', 2, ["(file)"], "reader")
add("json-number-root", b"42\n", 2, ["(file)"], "reader")
add("json-null-root", b"null\n", 2, ["(file)"], "reader")
add("json-trailing-content", good + b'{"stage": "' + M.encode() + b'"}\n', 2, ["(file)"], "reader")
add("json-duplicate-key", good.replace(b'"stage": "INTERNAL_APPEAL",', b'"stage": "INTERNAL_APPEAL", "stage": "EXTERNAL_REVIEW",'),
    2, ["stage"], "reader")
add("json-unknown-field", good.replace(b'"representative":', b'"representitive": {"fullName": "' + M.encode()
                                       + b' X"}, "representative":'), 2, ["representitive"], "reader")
add("json-object-where-text", mutated(("member.fullName", {"first": M})), 2, ["member.fullName"], "core")
add("json-list-where-object", mutated(("member", [M])), 2, ["member"], "core")
add("json-invalid-utf8", good.replace(b"Wilhelmina", b"Wilh\xc3\x28lmina"), 2, ["(file)"], "reader")
add("json-nan", good.replace(b'"amountBilled": 1200.5', b'"amountBilled": NaN'), 2, ["(file)"], "reader")
add("json-comment", b"// " + M.encode() + b" comment\n" + good, 2, ["(file)"], "reader")
add("json-single-quotes", good.replace(b'"stage": "INTERNAL_APPEAL"', b"'stage': 'INTERNAL_APPEAL'"), 2, ["(file)"],
    "reader")
add("json-unquoted-control-in-string", good.replace(b"Wilhelmina", b"Wilhel\x01mina"), 2, ["(file)"], "reader")

# --- other values ------------------------------------------------------------------------------
add("locale-not-a-tag", mutated(("locale", "xx_!!" + M)), 2, ["locale"], "core")
add("negative-amount", mutated(("service.amountBilled", -5)), 2, ["service.amountBilled"], "core")
add("amount-as-text", mutated(("service.amountBilled", M + " lots")), 2, ["service.amountBilled"], "reader")

# --- found by fuzzing (appended, so earlier numbers stay) ---------------------------------------
# A TIFF whose header is whole and whose strip is cut short: inspection passes, copying fails.
add("exhibit-tiff-damaged-past-header", mutated(("exhibits[2].file", "damaged.tif")), 3, ["exhibit C"], "core")
# A PDF whose page tree lists itself among its kids: reading it recursed until the stack overflowed.
add("exhibit-pdf-page-tree-loop", mutated(("exhibits[0].file", "loop.pdf")), 3, ["exhibit A"], "core")

# --- invisible and broken names: whitespace of every kind is blank; short fields are one line ----
add("invisible-nbsp-fullName", mutated(("member.fullName", "\u00a0\u00a0\u00a0")), 2, ["member.fullName"], "core")
add("invisible-zero-width-space-fullName", mutated(("member.fullName", "\u200b")), 2, ["member.fullName"], "core")
add("invisible-wide-spaces-memberId", mutated(("member.memberId", "\u3000\u2003\u2009")), 2, ["member.memberId"], "core")
add("invisible-bom-and-joiner-reference", mutated(("denial.referenceNumber", "\ufeff\u2060\u200d")), 2,
    ["denial.referenceNumber"], "core")
add("invisible-exhibit-title", mutated(("exhibits[1].title", "\u200b\u00a0\u202f")), 2, ["exhibits[1].title"], "core")
add("newline-in-fullName", mutated(("member.fullName", M + " Ana\nMaria")), 2, ["member.fullName"], "core")
add("tab-in-memberId", mutated(("member.memberId", M + "\t77120")), 2, ["member.memberId"], "core")
add("line-separator-in-fullName", mutated(("member.fullName", M + " Ana\u2028Maria")), 2, ["member.fullName"], "core")
add("paragraph-separator-in-exhibit-title", mutated(("exhibits[0].title", M + " denial\u2029notice")), 2,
    ["exhibits[0].title"], "core")
add("crlf-in-physician-name", mutated(("physician.fullName", M + " Anjali\r\nDesai")), 2, ["physician.fullName"], "core")

# --- dates no denial can have -------------------------------------------------------------------
add("letter-in-year-1", mutated(("denial.letterDate", "0001-01-01")), 2, ["denial.letterDate"], "core")
add("received-in-year-1", mutated(("denial.letterDate", "0001-01-01"), ("denial.receivedDate", "0001-01-02")), 2,
    ["denial.letterDate", "denial.receivedDate"], "core")
add("letter-before-birth", mutated(("denial.letterDate", "1975-06-01"), ("denial.receivedDate", None)), 2,
    ["denial.letterDate"], "core")
add("service-in-year-9999", mutated(("service.dateOfService", "9999-12-31")), 2, ["service.dateOfService"], "core")

# --- numbers and locales ---------------------------------------------------------------------------
add("amount-exponent-999999999", good.replace(b'"amountBilled": 1200.5', b'"amountBilled": 1e999999999'), 2,
    ["service.amountBilled"], "reader")
add("amount-exponent-minus-999999999", good.replace(b'"amountBilled": 1200.5', b'"amountBilled": 1e-999999999'), 2,
    ["service.amountBilled"], "reader")
add("amount-900-digits", good.replace(b'"amountBilled": 1200.5', b'"amountBilled": ' + b"9" * 900), 2,
    ["service.amountBilled"], "reader")
add("locale-the-fonts-cannot-serve", mutated(("locale", "hi-IN")), 2, ["locale"], "core")

# --- damaged images ----------------------------------------------------------------------------
# A JPEG cut short: its header gives its size, its picture would be blank and its data unreadable.
add("exhibit-jpeg-cut-short", mutated(("exhibits[2].file", "cut-short.jpg")), 3, ["exhibit C"], "core")
# A TIFF of 16-bit samples stored with prediction (horizontal differencing), 3,100 x 3,000 pixels:
# too large to decode at full size, and such a page cannot be read at a reduced resolution. Refused
# by name, saying what to do instead (a smaller one is read and placed).
add("exhibit-tiff-16-bit-predicted-too-large", mutated(("exhibits[2].file", "predicted-16-bit.tif")), 3,
    ["exhibit C"], "core")
# A TIFF whose data is whole but stored in a way the image reader does not decode (a Predictor value
# it does not accept): refused as such, not as a damaged file.
add("exhibit-tiff-encoding-the-reader-cannot-decode", mutated(("exhibits[2].file", "undecodable.tif")), 3,
    ["exhibit C"], "core")
# A PNG cut short: its header chunk gives its size, the rest of its picture is missing.
add("exhibit-png-cut-short", mutated(("exhibits[2].file", "cut-short.png")), 3, ["exhibit C"], "core")

here = os.path.dirname(os.path.abspath(__file__))
for f in os.listdir(here):
    if f.endswith(".json"):
        os.remove(os.path.join(here, f))
with open(os.path.join(here, "expectations.tsv"), "w") as out:
    out.write("# file\texit\tlines start with\tcaught by (see make-bad-cases.py)\n")
    for n, (name, data, exit_code, tokens, source) in enumerate(cases, 1):
        fname = "%03d-%s.json" % (n, name)
        with open(os.path.join(here, fname), "wb") as f:
            f.write(data)
        out.write("%s\t%d\t%s\t%s\n" % (fname, exit_code, ",".join(tokens), source))
with open(os.path.join(here, "base-case.json"), "w") as f:
    f.write(json.dumps(BASE, ensure_ascii=False, indent=1) + "\n")
print(len(cases), "cases")
