#!/usr/bin/env python3
"""Rebuilds the bundled datasets from the CSV files of Debian's python3-statsmodels package.

The numbers are copied, never typed: only headers are renamed, dates reformatted and (for the
El Nino table) the year x month grid read out month by month. Run it from any folder:

    apt-get download python3-statsmodels && dpkg -x python3-statsmodels_*.deb sm
    python3 resources/datasets/make_datasets.py sm/usr/lib/python3/dist-packages/statsmodels/datasets

It also writes tests/data/csv/spreadsheet_co2_de.csv, a copy of the first CO2 weeks in the form
a German spreadsheet exports (BOM, semicolons, decimal comma, DD.MM.YYYY dates, CRLF), to test
that form of file with real numbers. Needs only the Python standard library.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, "..", "..", "tests", "data", "csv")


def rows(src, name):
    with open(os.path.join(src, name), newline="") as f:
        return list(csv.reader(f))


def write(path, header, body, **kwargs):
    with open(path, "w", newline="", encoding=kwargs.pop("encoding", "utf-8")) as f:
        w = csv.writer(f, lineterminator=kwargs.pop("lineterminator", "\n"), **kwargs)
        w.writerow(header)
        w.writerows(body)


def iso(yyyymmdd):
    return f"{yyyymmdd[0:4]}-{yyyymmdd[4:6]}-{yyyymmdd[6:8]}"


def main(src):
    sun = rows(src, "sunspots/sunspots.csv")
    assert sun[0] == ["YEAR", "SUNACTIVITY"]
    write(os.path.join(HERE, "sunspots_yearly.csv"), ["year", "sunspots"],
          [[r[0], r[1]] for r in sun[1:]])

    nile = rows(src, "nile/nile.csv")
    assert nile[0] == ["year", "volume"]
    write(os.path.join(HERE, "nile.csv"), ["year", "flow"], nile[1:])

    co2 = rows(src, "co2/co2.csv")
    assert co2[0] == ["date", "co2"]
    # Missing weeks stay empty cells, so the missing-value policy has something to do.
    write(os.path.join(HERE, "co2_weekly.csv"), ["date", "co2"],
          [[iso(d), v] for d, v in co2[1:]])

    macro = rows(src, "macrodata/macrodata.csv")
    assert macro[0][:2] == ["year", "quarter"]
    write(os.path.join(HERE, "us_macro_quarterly.csv"), ["period"] + macro[0][2:],
          [[f"{r[0].split('.')[0]}Q{r[1].split('.')[0]}"] + r[2:] for r in macro[1:]])

    nino = rows(src, "elnino/elnino.csv")
    months = nino[0][1:]
    assert nino[0][0] == "YEAR" and len(months) == 12
    write(os.path.join(HERE, "elnino_monthly.csv"), ["month", "sst"],
          [[f"{r[0].split('.')[0]}-{m + 1:02d}", r[1 + m]] for r in nino[1:] for m in range(12)])

    # Spreadsheet-style test copy (derived; see tests/data/csv/README.md).
    def de(v):
        return v.replace(".", ",")
    write(os.path.join(TESTS, "spreadsheet_co2_de.csv"), ["Datum", "CO2 (ppm)"],
          [[f"{d[6:8]}.{d[4:6]}.{d[0:4]}", de(v)] for d, v in co2[1:105]],
          delimiter=";", lineterminator="\r\n", encoding="utf-8-sig")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
