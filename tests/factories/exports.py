"""Reading the spreadsheets the exports send."""

import csv
import io


def csv_rows(response) -> list[list[str]]:
    """The rows of a CSV export (UTF-8 with a byte-order mark, semicolons, as Excel in Norway
    expects)."""
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))
