import csv
from dataclasses import dataclass
from datetime import date

REGIONS = {"north", "south", "west"}


class RowError(ValueError):
    pass


@dataclass(frozen=True)
class Sale:
    day: date
    region: str
    product: str
    units: int
    unit_price: float

    @property
    def total(self):
        return round(self.units * self.unit_price, 2)


def parse_row(row):
    try:
        day = date.fromisoformat(row["date"])
    except ValueError as e:
        raise RowError(f"bad date {row['date']!r}: {e}") from e
    if row["region"] not in REGIONS:
        raise RowError(f"unknown region {row['region']!r}")
    if not row["units"]:
        raise RowError("units missing")
    units = int(row["units"])
    if units <= 0:
        raise RowError(f"units must be positive, got {units}")
    return Sale(day, row["region"], row["product"], units, float(row["unit_price"]))


def load_sales(stream):
    rows, errors = [], []
    for lineno, row in enumerate(csv.DictReader(stream), start=2):
        try:
            rows.append(parse_row(row))
        except RowError as e:
            errors.append(f"line {lineno}: {e}")
    return rows, errors
