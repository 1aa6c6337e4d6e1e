#!/usr/bin/env python3
"""Write a benchmark input in the Deportation Data Project "current release" arrests layout.

NOT A REAL RELEASE. Every row is resampled from the repo's test fixture
(crates/ice-records/tests/fixtures/la-arrests-sample.csv, Big Local News layout) plus a
hard-coded county/AOR table; identifiers are fresh random hex. It exists only so amparo and
the anchors in anchors.py can be timed on a file of realistic size and shape.

Usage: python3 generate.py OUT.csv [ROWS]     (ROWS defaults to 1,000,000)
Fixed seed: the same ROWS always gives the same bytes.
"""
import csv
import os
import random
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "..", "crates", "ice-records", "tests", "fixtures", "la-arrests-sample.csv")
SEED = 20251015

HEADER = [
    "Apprehension Date", "Apprehension Type", "State", "County", "TOA Current Duty AOR",
    "Apprehension Final Program", "Arresting Agency", "Apprehension Method",
    "Apprehension Criminality", "Case Status", "Case Category", "Departure Country",
    "Final Order Yes No", "Birth Date", "Birth Year", "Citizenship Country", "Gender",
    "Departed Date", "Final Order Date", "Apprehension Site Landmark", "Operation",
    "TOA Current Duty Site", "Case Criminality", "Case Threat Level", "Anonymized Identifier",
]

# BLN arrest_street_custodial -> DDP "Apprehension Method". The fixture holds exactly two
# values: "At-large" (902 rows) and "Custodial" (461 rows). "Other efforts" is the fallback
# for anything new. Note: amparo's normaliser (ice-records method_from) files "Located"
# under Method::Other, not AtLarge (it does not guess custody from that label); use
# "Non-Custodial Arrest" here instead if at-large counts must survive the round trip.
METHOD = {"custodial": "CAP Local Incarceration", "at-large": "Located"}
OTHER_METHOD = "Other efforts"
# The ERO program that goes with each method, so the two columns do not contradict.
PROGRAM = {"CAP Local Incarceration": "ERO Criminal Alien Program", "Located": "Fugitive Operations"}

# (State, County, AOR code). AOR codes checked against shared/data/foia/county_aor.csv.
LA = ("CALIFORNIA", "LOS ANGELES", "LOS")
LA_SHARE = 0.60  # the rest is spread evenly over OTHERS
OTHERS = [
    ("CALIFORNIA", c, "LOS") for c in ("ORANGE", "RIVERSIDE", "SAN BERNARDINO", "VENTURA", "SANTA BARBARA", "SAN LUIS OBISPO")
] + [
    ("CALIFORNIA", "SAN DIEGO", "SND"), ("CALIFORNIA", "IMPERIAL", "SND"),
    ("CALIFORNIA", "KERN", "SFR"), ("CALIFORNIA", "FRESNO", "SFR"), ("CALIFORNIA", "ALAMEDA", "SFR"),
    ("CALIFORNIA", "SANTA CLARA", "SFR"), ("CALIFORNIA", "SAN FRANCISCO", "SFR"), ("CALIFORNIA", "SACRAMENTO", "SFR"),
    ("ARIZONA", "MARICOPA", "PHO"), ("ARIZONA", "PIMA", "PHO"), ("NEVADA", "CLARK", "SLC"),
    ("UTAH", "SALT LAKE", "SLC"), ("WASHINGTON", "KING", "SEA"), ("OREGON", "MULTNOMAH", "SEA"),
    ("COLORADO", "DENVER", "DEN"), ("TEXAS", "HARRIS", "HOU"), ("TEXAS", "DALLAS", "DAL"),
    ("TEXAS", "TARRANT", "DAL"), ("TEXAS", "BEXAR", "SNA"), ("TEXAS", "HIDALGO", "SNA"),
    ("TEXAS", "EL PASO", "ELP"), ("NEW MEXICO", "BERNALILLO", "ELP"), ("ILLINOIS", "COOK", "CHI"),
    ("INDIANA", "MARION", "CHI"), ("FLORIDA", "MIAMI-DADE", "MIA"), ("FLORIDA", "ORANGE", "MIA"),
    ("FLORIDA", "HILLSBOROUGH", "MIA"), ("GEORGIA", "FULTON", "ATL"), ("NORTH CAROLINA", "MECKLENBURG", "ATL"),
    ("NEW YORK", "QUEENS", "NYC"), ("NEW YORK", "KINGS", "NYC"), ("NEW YORK", "ERIE", "BUF"),
    ("NEW JERSEY", "ESSEX", "NEW"), ("MASSACHUSETTS", "MIDDLESEX", "BOS"), ("PENNSYLVANIA", "PHILADELPHIA", "PHI"),
    ("MARYLAND", "MONTGOMERY", "BAL"), ("VIRGINIA", "FAIRFAX", "WAS"), ("MICHIGAN", "WAYNE", "DET"),
    ("MINNESOTA", "HENNEPIN", "SPM"), ("LOUISIANA", "ORLEANS", "NOL"), ("TENNESSEE", "DAVIDSON", "NOL"),
]
AOR_CITY = {
    "LOS": "Los Angeles", "SND": "San Diego", "SFR": "San Francisco", "PHO": "Phoenix",
    "SLC": "Salt Lake City", "SEA": "Seattle", "DEN": "Denver", "HOU": "Houston", "DAL": "Dallas",
    "SNA": "San Antonio", "ELP": "El Paso", "CHI": "Chicago", "MIA": "Miami", "ATL": "Atlanta",
    "NYC": "New York City", "BUF": "Buffalo", "NEW": "Newark", "BOS": "Boston", "PHI": "Philadelphia",
    "BAL": "Baltimore", "WAS": "Washington", "DET": "Detroit", "SPM": "St. Paul", "NOL": "New Orleans",
}


def fixture_rows():
    """The fixture's rows already mapped to the DDP columns that come from it (done once, not per output row)."""
    with open(FIXTURE, newline="", encoding="utf-8") as f:
        out = []
        for r in csv.DictReader(f):
            departed = r["departed_date"][:10]  # "2025-09-18T00:00:00Z" -> date only
            method = METHOD.get(r["arrest_street_custodial"].strip().lower(), OTHER_METHOD)
            out.append({
                "Apprehension Date": r["arrest_date"][:10],
                "Apprehension Type": "Administrative Arrest",
                "Apprehension Final Program": PROGRAM.get(method, "Other"),
                "Arresting Agency": "ICE",
                "Case Threat Level": "1",
                "Apprehension Method": method,
                "Apprehension Criminality": r["arrest_criminality"],
                "Case Criminality": r["arrest_criminality"],
                "Case Status": r["case_status_recoded"],
                "Departure Country": r["departure_country"],
                "Final Order Yes No": "Yes" if departed else "No",
                "Birth Year": r["birth_year"],
                "Citizenship Country": r["citizenship_country"],
                "Gender": r["gender"],
                "Departed Date": departed,
                "Apprehension Site Landmark": r["apprehension_site_landmark"],
            })
    return [[row.get(h, "") for h in HEADER] for row in out]


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    path, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) == 3 else 1_000_000
    rng = random.Random(SEED)
    source = fixture_rows()
    places = [(s, c, f"{AOR_CITY[a]} Area of Responsibility") for s, c, a in [LA] + OTHERS]
    weights = [LA_SHARE] + [(1 - LA_SHARE) / len(OTHERS)] * len(OTHERS)
    # Column positions of the per-row fields; Birth Date, Case Category, Final Order Date,
    # Operation and TOA Current Duty Site stay empty.
    i_state, i_county, i_aor, i_id = (HEADER.index(h) for h in ("State", "County", "TOA Current Duty AOR", "Anonymized Identifier"))

    start = time.perf_counter()
    # Draw all places at once: random.choices with weights is far cheaper per call in bulk.
    drawn = rng.choices(places, weights=weights, k=n)
    with open(path, "w", newline="", encoding="utf-8", buffering=1 << 20) as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for i in range(n):
            row = rng.choice(source).copy()
            row[i_state], row[i_county], row[i_aor] = drawn[i]
            row[i_id] = f"{rng.getrandbits(48):012x}"  # fresh per row: no real id is ever written
            w.writerow(row)
    size = os.path.getsize(path)
    print(f"{n} rows, {size} bytes ({size / 1e6:.1f} MB) to {path} in {time.perf_counter() - start:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
