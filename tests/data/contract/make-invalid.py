#!/usr/bin/env python3
"""Writes invalid/*.json and invalid/*.expect: each file is valid/base.json with one breach
of the contract (/work/shared/spec/plan-format.md), and the expectation is the refusal the
contract asks for: the JSON path and the line:column of the offending value (for a missing
member, of the object that lacks it; "-" where the contract leaves the path open).
Run from this directory; the outputs are committed, so this is only needed to change them."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = open(os.path.join(HERE, "valid", "base.json"), encoding="utf-8").read().split("\n")

# (name, edits, path, where, why)
#   edits: list of (line, old, new); old None replaces the whole line
#   where: (line, marker) -> column of marker in the edited line; (line, col); or None (any)
CASES = [
    ("format-wrong", [(2, '"kinerja-plan"', '"kinerja-rencana"')], "format", (2, '"kinerja-rencana"'),
     "format must be \"kinerja-plan\""),
    ("format-missing", [(2, None, "")], "format", (1, 1), "format is required"),
    ("version-higher", [(3, "1", "2")], "version", (3, "2"),
     "a higher version the program does not know: clear refusal"),
    ("version-string", [(3, "1", '"1"')], "version", (3, '"1"'), "version is an integer"),
    ("version-fraction", [(3, "1", "1.5")], "version", (3, "1.5"), "version is an integer"),
    ("version-missing", [(3, None, "")], "version", (1, 1), "version is required"),
    ("satker-missing", [(4, None, ""), (5, None, ""), (6, None, ""), (7, None, ""), (8, None, "")],
     "satker", (1, 1), "satker is required"),
    ("satker-string", [(4, None, '  "satker": "BNN Kabupaten Uji",'), (5, None, ""), (6, None, ""), (7, None, ""), (8, None, "")],
     "satker", (4, '"BNN'), "satker is an object"),
    ("satker-level", [(7, '"kabupaten"', '"desa"')], "satker.level", (7, '"desa"'),
     "level is one of pusat, provinsi, kabupaten, kota"),
    ("satker-name-missing", [(6, None, "")], "satker.name", (4, "{"),
     "without name nothing identifies the satker"),
    ("satker-code-number", [(5, '"999900"', "999900")], "satker.code", (5, "999900"),
     "kode satker is a string (\"682630\"); a number loses leading zeros"),
    ("period-missing", [(9, None, "")], "period", (1, 1), "period is required"),
    ("period-year-string", [(9, "2020", '"2020"')], "period.first_year", (9, '"2020"'), "years are numbers"),
    ("period-year-fraction", [(9, "2020", "2020.5")], "period.first_year", (9, "2020.5"), "a year is a whole number"),
    ("period-reversed", [(9, '"first_year": 2020', '"first_year": 2025')], "period.last_year", (9, "2024,"),
     "first_year after last_year covers no year (docs/plan-format.md: the path and place of last_year)"),
    ("scale-min-string", [(13, '"min": 50', '"min": "50"')], "scales[0].bands[0].min", (13, '"50"'), "bounds are numbers"),
    ("scale-max-inclusive-string", [(13, "true", '"ya"')], "scales[0].bands[0].max_inclusive", (13, '"ya"'),
     "max_inclusive is true or false"),
    ("indicators-object", [(16, "[", '{ "nka":'), (29, "],", "},")], "indicators", (16, "{"), "indicators is an array"),
    ("indicator-id-missing", [(18, None, "")], "indicators[0].id", (17, "{"), "ids identify indicators"),
    ("indicator-id-number", [(18, '"nka"', "7")], "indicators[0].id", (18, "7"), "an id is a string"),
    ("indicator-duplicate-id", [(28, "}", '}, { "id": "nka", "name": "Nilai Kinerja Anggaran (lagi)" }')],
     "indicators[1].id", (28, '"nka"'),
     "ids are stable and name one indicator (indicators[nka] must name one); ambiguous in the contract"),
    ("unicode-before-error", [(19, '"Nilai Kinerja Anggaran",', '"Ñilai Kinerja Anggaran — ½ 😀", "unit": 5,')],
     "indicators[0].unit", (19, "5,"),
     "the column counts characters (code points), not bytes, past Ñ, an en dash, ½ and an emoji"),
    ("direction-bad", [(20, '"higher_is_better"', '"naik"')], "indicators[0].direction", (20, '"naik"'),
     "direction is higher_is_better or lower_is_better"),
    ("lower-formula-bad", [(20, '"higher_is_better",', '"lower_is_better", "lower_formula": "kuadrat",')],
     "indicators[0].lower_formula", (20, '"kuadrat"'), "lower_formula is inverse or reflect"),
    ("decimals-string", [(21, "2", '"2"')], "indicators[0].decimals", (21, '"2"'), "decimals is a number"),
    ("value-scale-number", [(21, '"decimals": 2', '"value_scale": 3')], "indicators[0].value_scale", (21, "3"),
     "value_scale is the id of a scale"),
    ("years-array", [(22, None, '      "years": ['), (23, None, '        { "target": 87, "realization": 86.58 }'), (24, None, "      ],")],
     "indicators[0].years", (22, "["), "years is an object keyed by year"),
    ("year-entry-number", [(23, '{ "target": 87, "realization": 86.58, "reported_achievement": 99.52 }', "87")],
     "indicators[0].years.2023", (23, "87"), "a year entry is an object"),
    ("year-key-bad", [(23, '"2023"', '"20x3"')], "indicators[0].years.20x3", (23, "{"),
     "a year key is a year (docs/plan-format.md: the place is where the member's value starts)"),
    ("year-key-fraction", [(23, '"2023"', '"2023.5"')], 'indicators[0].years["2023.5"]', (23, "{"),
     "a year key is a year; a member name with a dot is written in brackets and quotes"),
    ("nul-escape", [(6, "Kabupaten Uji", "Kabupaten\\u0000Uji")], "satker.name", (6, '\\u0000'),
     "docs/plan-format.md rule 7 refuses \\u0000 (the contract says nothing of it)"),
    ("target-string", [(23, '"target": 87', '"target": "87"')], "indicators[0].years.2023.target", (23, '"87"'),
     "quantities are JSON numbers, never strings"),
    ("realization-indonesian", [(23, "86.58", '"86,58"')], "indicators[0].years.2023.realization", (23, '"86,58"'),
     "never a string with Indonesian separators"),
    ("target-bool", [(23, '"target": 87', '"target": true')], "indicators[0].years.2023.target", (23, "true"),
     "a target is a number"),
    ("reported-achievement-string", [(23, "99.52", '"99,52%"')], "indicators[0].years.2023.reported_achievement",
     (23, '"99,52%"'), "a printed percentage is kept as a number"),
    ("target-huge", [(23, '"target": 87', '"target": 1e400')], "indicators[0].years.2023.target", (23, "1e400"),
     "a number no double holds cannot keep its value"),
    ("narrative-string", [(23, "99.52 }", '99.52, "narrative": { "factors": "Perencanaan tepat waktu." } }')],
     "indicators[0].years.2023.narrative.factors", (23, '"Perencanaan'), "factors is an array of paragraphs"),
    ("cap-string", [(21, '"decimals": 2', '"achievement_cap": "120"')], "indicators[0].achievement_cap", (21, '"120"'),
     "achievement_cap is a number"),
    ("breakdown-array", [(25, None, '      "breakdown": [ { "area": "Kota Uji", "target": 89, "value": 86.25 } ]'), (26, None, ""), (27, None, "")],
     "indicators[0].breakdown", (25, "["), "breakdown is an object keyed by year"),
    ("breakdown-value-string", [(26, "86.25", '"86,25"')], "indicators[0].breakdown.2023[0].value", (26, '"86,25"'),
     "a value is a number"),
    ("breakdown-satker-number", [(26, '"area": "Kota Uji",', '"area": "Kota Uji", "satker": 682631,')],
     "indicators[0].breakdown.2023[0].satker", (26, "682631"), "satker names a satker (name, short_name or code as text)"),
    ("budget-allocation-string", [(30, "116000000", '"116.000.000"')], "budget.2024[0].allocation", (30, '"116.000.000"'),
     "amounts are numbers"),
    ("budget-year-object", [(30, '[ { "code"', '{ "code"'), (30, "} ] }", "} }")], "budget.2024", (30, '{ "code'),
     "a budget year is an array of lines"),
    ("budget-allocation-huge", [(30, "116000000", "-1e400")], "budget.2024[0].allocation", (30, "-1e400"),
     "a number no double holds"),
    ("spending-realization-string", [(31, "4765471234", '"4.765.471.234"')], "spending.2023[0].realization",
     (31, '"4.765.471.234"'), "amounts are numbers"),
    ("outputs-target-string", [(32, '"target": 300', '"target": "300"')], "outputs.2024[0].target", (32, '"300"'),
     "volumes are numbers"),
    ("workplan-level-bad", [(33, '"program"', '"program2"')], "workplan.2024[0].level", (33, '"program2"'),
     "level is program|kegiatan|kro|ro|komponen|subkomponen"),
    ("workplan-children-object", [(33, '"children": []', '"children": {}')], "workplan.2024[0].children", (33, "{}"),
     "children is an array"),
    ("workplan-amount-string", [(33, "116000000", '"Rp 116.000.000"')], "workplan.2024[0].amount", (33, '"Rp'),
     "amounts are numbers"),
    ("signatures-array", [(34, '{ "2024": { "place": "Kupang", "date": "2025-01-14", "title": "Kepala BNN Kabupaten Uji" } }',
                          '[ { "place": "Kupang" } ]')], "signatures", (34, "["), "signatures is an object keyed by year"),
    ("signature-date-text", [(34, '"2025-01-14"', '"14 Januari 2025"')], "signatures.2024.date", (34, '"14 Januari'),
     "the contract's example writes 2025-01-14 but does not say a date must be so written; "
     "docs/plan-format.md rule 20 refuses any other form (a strict reading, kept)"),
    ("context-cell-object", [(35, '["Sabu", 3, 2]', '["Sabu", { "n": 3 }, 2]')], "context[0].rows[0][1]", (35, '{ "n"'),
     "cells are numbers, strings or null"),
    ("context-cell-bool", [(35, '["Sabu", 3, 2]', '["Sabu", true, 2]')], "context[0].rows[0][1]", (35, "true"),
     "cells are numbers, strings or null"),
    ("context-total-rows-string", [(35, '"total_rows": ["Jumlah"]', '"total_rows": "Jumlah"')], "context[0].total_rows",
     (35, '"Jumlah" }'), "total_rows is an array of first-cell labels"),
    ("context-rows-object", [(35, '"rows": [["Sabu", 3, 2], ["Jumlah", 3, 2]]', '"rows": { "Sabu": [3, 2] }')],
     "context[0].rows", (35, '{ "Sabu"'), "rows is an array of rows"),
    ("printed-object", [(36, None, '  "printed": { "of": "indicators[nka].years.2023.achievement", "value": 99.52 }'),
                        (37, None, ""), (38, None, ""), (39, None, "")], "printed", (36, "{"), "printed is an array"),
    ("printed-no-of", [(37, '"of": "indicators[nka].years.2023.achievement", ', "")], "printed[0].of", (37, "{"),
     "of is required"),
    ("printed-no-value", [(37, '"value": 99.52, ', "")], "printed[0].value", (37, "{"), "value is required"),
    ("printed-value-null", [(37, "99.52", "null")], "printed[0].value", (37, "null"), "value is required: the number as printed"),
    ("printed-value-bool", [(37, "99.52", "false")], "printed[0].value", (37, "false"), "value is a number or a label"),
    ("printed-of-number", [(37, '"indicators[nka].years.2023.achievement"', "12")], "printed[0].of", (37, "12"),
     "of is a path, a string"),
    ("printed-text-number", [(37, '"where"', '"text": 99.52, "where"')], "printed[0].text", (37, "99.52, \"where"),
     "text is the figure as printed, a string"),
    ("printed-where-number", [(37, '"Lampiran"', "3")], "printed[0].where", (37, "3 }"), "where is text"),
    ("printed-entry-string", [(38, None, '    "indicators[nka].years.2023.category"')], "printed[1]", (38, '"ind'),
     "an entry is an object"),
    ("duplicate-key", [(23, '"target": 87,', '"target": 87, "target": 88,')], "indicators[0].years.2023.target",
     (23, '"target": 88'), "one member twice: nothing-is-lost cannot keep both (ambiguous in the contract)"),
]

# Breaches by the letter of the contract that the program reads leniently, as
# docs/plan-format.md documents: not refused, a finding of the data checks. Written to
# valid/lenient-NAME.json: (name, edits, expected lines, why)
LENIENT = [
    ("budget-allocation-fraction", [(30, "116000000", "116000000.5")], ["warning budget.2024[0].allocation"],
     "amounts are whole rupiah; a fraction is a data-check warning, not a refusal"),
    ("printed-value-string", [(37, "99.52", '"99,52"')], ["warning printed[0].value"],
     "a label for a number: what of asks for is known only once of is read, so a finding"),
    ("printed-category-number", [(38, '"Sangat Baik"', "4")], ["warning printed[1].value"],
     "a number for a category: a finding, as for a label given for a number"),
]

# Syntax-level breaches: (name, text, path, (line, col) or None, why)
def base_with(line, old, new):
    lines = list(BASE)
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    return "\n".join(lines)

RAW = [
    ("truncated", "\n".join(BASE[:23]) + "\n", "-", (24, 1), "the file ends inside an object"),
    ("trailing-comma", base_with(38, '"Sangat Baik" }', '"Sangat Baik" },'), "-", (39, 3), "JSON has no trailing commas"),
    ("comment", base_with(3, '"version": 1,', '"version": 1, // versi kontrak'), "-", (3, 17), "JSON has no comments"),
    ("nan", base_with(23, "86.58", "NaN"), "-", (23, 48), "NaN is not JSON"),
    ("control-char", base_with(6, "Kabupaten Uji", "Kabupaten\tUji"), "-", (6, 27), "a raw tab inside a string"),
    ("garbage-after", "\n".join(BASE[:-1]) + " extra\n", "-", (40, 3), "text after the document"),
    ("empty", "", "-", None, "an empty file is no plan"),
    ("top-array", "[]\n", "-", (1, 1), "the top level is an object"),
    ("deep-nesting", "\n".join(BASE[:3]) + '\n  "x-deep": ' + "[" * 100000 + "]" * 100000 + ",\n" + "\n".join(BASE[3:]),
     "-", None, "100000 levels: refuse cleanly, never crash"),
]

BYTES = [
    ("bad-utf8", 6, b"Kabupaten Uji", b"Kabupaten Uji\xff", "satker.name", (6, 31), "a byte that is not UTF-8"),
    ("bad-utf8-overlong", 19, b"Anggaran", b"Anggaran\xc0\xaf", "indicators[0].name", (19, 38), "an overlong encoding of /"),
    ("bad-utf8-surrogate", 11, b"Skala Uji", b"Skala \xed\xa0\x80Uji", "scales[0].name", (11, 35),
     "an encoded surrogate is not UTF-8"),
]

def write(name, data, path, loc, why):
    d = os.path.join(HERE, "invalid")
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(os.path.join(d, name + ".json"), mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
        f.write(data)
    with open(os.path.join(d, name + ".expect"), "w", encoding="utf-8") as f:
        f.write("# %s\n" % why)
        f.write("refused %s %s\n" % (path, "%d:%d" % loc if loc else "-"))

def main():
    os.makedirs(os.path.join(HERE, "invalid"), exist_ok=True)
    for name, edits, path, where, why in CASES:
        lines = list(BASE)
        for line, old, new in edits:
            if old is None:
                lines[line - 1] = new
            else:
                assert old in lines[line - 1], (name, line, old)
                lines[line - 1] = lines[line - 1].replace(old, new, 1)
        wl, marker = where
        if isinstance(marker, str):
            col = lines[wl - 1].index(marker) + 1
        else:
            col = marker
        # removed lines are kept empty so that line numbers stay those of base.json
        write(name, "\n".join(lines), path, (wl, col), why)
    for name, edits, lines_out, why in LENIENT:
        lines = list(BASE)
        for line, old, new in edits:
            assert old in lines[line - 1], (name, line, old)
            lines[line - 1] = lines[line - 1].replace(old, new, 1)
        with open(os.path.join(HERE, "valid", "lenient-" + name + ".json"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        with open(os.path.join(HERE, "valid", "lenient-" + name + ".expect"), "w", encoding="utf-8") as f:
            f.write("# %s\n" % why)
            f.write("".join(l + "\n" for l in lines_out))
    for name, text, path, loc, why in RAW:
        write(name, text, path, loc, why)
    raw = open(os.path.join(HERE, "valid", "base.json"), "rb").read().split(b"\n")
    for name, line, old, new, path, loc, why in BYTES:
        lines = list(raw)
        assert old in lines[line - 1]
        lines[line - 1] = lines[line - 1].replace(old, new, 1)
        bad = lines[line - 1].index(new[len(old):] if new.startswith(old) else b"\xed") + 1
        assert bad == loc[1], (name, bad)
        write(name, b"\n".join(lines), path, loc, why)

main()
