"""An open-data CSV export (a council's "community services" data set).

``/`` is the data set's landing page linking the file; ``download/community-services.csv`` is
the export itself, written the way spreadsheets export: UTF-8 with a byte-order mark, CRLF line
ends, ``dd/mm/yyyy`` dates, several categories in one cell separated by ``;``. The ``ID``
column is the listing key. Like real database exports it carries childminders' home addresses
with ``Address Private`` = ``Yes`` (``childminders.py``): a harvester must withhold them.
"""

from __future__ import annotations

import csv
import io

from samples.childminders import address_is_private
from samples.sites.base import (
    Request,
    Response,
    Site,
    View,
    category_labels,
    e,
    not_found,
    page,
    text_response,
)

CSV_PATH = "download/community-services.csv"
COLUMNS = (
    "ID",
    "Service Name",
    "Organisation",
    "Description",
    "Category",
    "Address Line 1",
    "Address Line 2",
    "Town",
    "Postcode",
    "Borough",
    "Latitude",
    "Longitude",
    "Telephone",
    "Email",
    "Website",
    "Opening Times",
    "Cost",
    "Min Age",
    "Max Age",
    "Eligibility",
    "Status",
    "Last Updated",
    "Address Private",
)
CHANGED_COLUMNS = {"Service Name": "Name of service", "Postcode": "Post Code", "ID": "Ref"}
SEMICOLON_COLUMNS = {
    "ID": "Service ID",
    "Service Name": "Service",
    "Organisation": "Provider",
    "Description": "Summary",
    "Category": "Service Type",
    "Address Line 1": "Street",
    "Address Line 2": "Address 2",
    "Latitude": "Lat",
    "Longitude": "Lng",
    "Telephone": "Tel",
    "Email": "Email Address",
    "Website": "Web Address",
    "Opening Times": "Opening Hours",
    "Cost": "Charges",
    "Min Age": "Age From",
    "Max Age": "Age To",
    "Eligibility": "Who is it for",
    "Last Updated": "Date Updated",
}
"""The ``semicolon`` theme's headers: other words for the same columns, as another council's
export names them (and as the CSV spider's column synonyms know them)."""


def _date(day: str) -> str:
    return f"{day[8:10]}/{day[5:7]}/{day[0:4]}"


class CsvSite(Site):
    """Two themes: ``export`` (UTF-8 with a BOM, CRLF, commas, dd/mm/yyyy dates) and
    ``semicolon`` (an Excel export of a continental-locale machine: semicolons, LF, no BOM,
    ISO dates, other header words)."""

    platform = "csv"
    themes = ("export", "semicolon")

    def handle(self, request: Request, view: View) -> Response:
        if request.path == "":
            href = self.url(CSV_PATH)
            body = (
                f"<h1>{e(self.name)}</h1><p>Community and voluntary services in West London, "
                "updated monthly. Open Government Licence v3.0.</p>"
                f'<ul class="resources"><li><a href="{e(href)}" class="resource-download">'
                "community-services.csv</a> (CSV)</li></ul>"
            )
            return text_response(page("Data set", body, self.name))
        if request.path == CSV_PATH:
            return self._csv(view)
        return not_found()

    def _csv(self, view: View) -> Response:
        out = io.StringIO()
        semicolon = view.theme == "semicolon" and not view.layout_changed
        if semicolon:
            writer = csv.writer(out, delimiter=";", lineterminator="\n")
        else:
            writer = csv.writer(out, lineterminator="\r\n")
        header = list(COLUMNS)
        if view.layout_changed:
            header = [CHANGED_COLUMNS.get(c, c) for c in header]
        elif semicolon:
            header = [SEMICOLON_COLUMNS.get(c, c) for c in header]
        writer.writerow(header)
        for item in view.listings:
            place = item.address
            writer.writerow(
                [
                    item.key,
                    item.name,
                    item.org_name or "",
                    item.description.replace("\n\n", " "),
                    "; ".join(category_labels(item, "csv")),
                    (place.line1 if place else "") or "",
                    (place.line2 if place else "") or "",
                    (place.town if place else "") or "",
                    (place.postcode if place else "") or "",
                    item.borough or "",
                    "" if not place or place.latitude is None else f"{place.latitude:.6f}",
                    "" if not place or place.longitude is None else f"{place.longitude:.6f}",
                    item.phone or "",
                    item.email or "",
                    item.website or "",
                    item.schedule_text or "",
                    item.cost or "",
                    "" if item.min_age is None else item.min_age,
                    "" if item.max_age is None else item.max_age,
                    item.eligibility or "",
                    "Open" if item.status == "active" else "Closed",
                    item.last_modified[:10] if semicolon else _date(item.last_modified[:10]),
                    "Yes" if address_is_private(item) else "",
                ]
            )
        body = out.getvalue() if semicolon else "\ufeff" + out.getvalue()
        response = text_response(body, "text/csv; charset=utf-8")
        response.headers["Content-Disposition"] = 'attachment; filename="community-services.csv"'
        return response
