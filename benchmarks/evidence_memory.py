"""Memory of cleaning one evidence upload: peak resident memory a process gains while `clean_upload` reads it.

Each case runs in a fresh child process (so one case's peak does not hide another's) and prints the file's
size on the wire, the pixels it claims, what happened (accepted or refused) and the growth of the peak RSS.
Usage: python benchmarks/evidence_memory.py
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

CHILD = r"""
import io, os, sys
sys.path.insert(0, sys.argv[1])
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "birarada.settings")
os.environ.setdefault("DEBUG", "1")
import django
django.setup()
from django.core.files.uploadedfile import SimpleUploadedFile
from birarada.incidents.evidence import EvidenceError, clean_upload
data = sys.stdin.buffer.read()
import PIL.Image, pypdf  # loaded before measuring: only the decoding itself counts
def peak_kib():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
before = peak_kib()
try:
    clean = clean_upload(SimpleUploadedFile(sys.argv[2], data))
    outcome = f"accepted, stored {len(clean.data) // 1024} KB"
except EvidenceError as error:
    outcome = "refused: " + str(error)[:60]
after = peak_kib()
print(f"{(after - before) / 1024:.0f}\t{outcome}")
"""


def png(width: int, height: int, mode: str) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new(mode, (width, height)).save(out, format="PNG", optimize=True)
    return out.getvalue()


def jpeg(width: int, height: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    # A smooth picture with some noise: a real photo's size on the wire, under the upload limit.
    gradient = Image.linear_gradient("L").resize((width, height))
    noise = Image.effect_noise((width, height), 12)
    Image.merge("RGB", (gradient, noise, gradient.transpose(Image.Transpose.FLIP_LEFT_RIGHT))).save(
        out, format="JPEG", quality=80)
    return out.getvalue()


def main() -> None:
    sys.path.insert(0, str(REPO))
    cases = [
        ("blank RGBA PNG 6324×6324 (the reported attack)", "bomb.png", png(6324, 6324, "RGBA"), 6324 * 6324),
        ("RGBA PNG 4096×2048 (at the pixel budget)", "big.png", png(4096, 2048, "RGBA"), 4096 * 2048),
        ("phone JPEG 4032×3024 (12 MP)", "photo.jpg", jpeg(4032, 3024), 4032 * 3024),
        ("phone JPEG 8000×6000 (48 MP)", "photo48.jpg", jpeg(8000, 6000), 48_000_000),
    ]
    env = {**os.environ, "SECRET_KEY": os.environ.get("SECRET_KEY", "benchmark-only-" + "x" * 40)}
    print("case\tbytes\tpixels\tpeak RSS growth (MiB)\toutcome")
    for title, name, data, pixels in cases:
        result = subprocess.run([sys.executable, "-c", CHILD, str(REPO), name], input=data, capture_output=True,
                                env=env, check=True)
        growth, outcome = result.stdout.decode().strip().split("\t", 1)
        print(f"{title}\t{len(data):,}\t{pixels:,}\t{growth}\t{outcome}")


if __name__ == "__main__":
    main()
