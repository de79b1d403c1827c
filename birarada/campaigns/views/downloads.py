"""Toolkit downloads, shared by the staff pages and the public campaign page."""

from django.http import FileResponse, Http404, HttpResponse

from birarada.campaigns import toolkit
from birarada.campaigns.models import Asset, Campaign


def asset_response(asset: Asset) -> FileResponse:
    try:
        handle = asset.file.open("rb")
    except (FileNotFoundError, OSError):  # the row outlived its file (restored from a backup without media)
        raise Http404 from None
    name = toolkit._entry_name(asset, set())
    return FileResponse(handle, content_type=asset.content_type, as_attachment=True,
                        filename=f"{asset.campaign.slug}-{name}")


def zip_response(found: Campaign) -> HttpResponse:
    readme = "\n".join([found.title, " ".join(found.hashtag_list)])
    response = HttpResponse(toolkit.toolkit_zip(found.assets.all(), readme=readme), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{found.slug}-toolkit.zip"'
    return response
