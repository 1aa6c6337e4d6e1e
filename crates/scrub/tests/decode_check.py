"""Checks that scrubbed images still decode to the same pixels (Pillow), outside cargo test.

Builds the scrub_file example, feeds it the fixtures and images that Pillow writes with real
metadata (EXIF with GPS and Artist, ICC profile, comment, XMP, PNG text/eXIf/iTXt), then checks
that each output decodes, has the same pixels as the input, and carries no metadata Pillow can see.

Run from the repository root: `python3 crates/scrub/tests/decode_check.py` (needs Pillow).
"""
import io
import os
import pathlib
import subprocess
import sys

from PIL import Image, PngImagePlugin

HERE = pathlib.Path(__file__).resolve().parent
TARGET = os.environ.get("CARGO_TARGET_DIR", "/tmp/scrub-target")
NAME = "Rosalind Q. Fakename"


def scrub(data):
    env = dict(os.environ, CARGO_TARGET_DIR=TARGET)
    subprocess.run(["cargo", "build", "-q", "-p", "scrub", "--example", "scrub_file"],
                   check=True, env=env)
    done = subprocess.run([f"{TARGET}/debug/examples/scrub_file"], input=data,
                          capture_output=True, check=True)
    return done.stdout, done.stderr.decode()


def jpeg_with_metadata(progressive):
    img = Image.open(HERE / "fixtures" / "baseline.jpg").convert("RGB").resize((64, 48))
    exif = Image.Exif()
    exif[0x013B] = NAME  # Artist
    exif[0x010F] = "PhoneMaker"  # Make
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (34.0, 3.0, 8.0)
    gps[3], gps[4] = "W", (118.0, 14.0, 37.0)
    icc = b"\0" * 128  # not a real profile; only its presence matters
    xmp = f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>{NAME}</dc:creator></x:xmpmeta>'
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif, icc_profile=icc, comment=f"by {NAME}", xmp=xmp.encode(),
             progressive=progressive, quality=85)
    return out.getvalue()


def png_with_metadata():
    img = Image.open(HERE / "fixtures" / "plain.png")
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", NAME)
    info.add_itxt("Description", f"taken by {NAME}")
    exif = Image.Exif()
    exif[0x013B] = NAME
    out = io.BytesIO()
    img.save(out, "PNG", pnginfo=info, exif=exif)
    return out.getvalue()


def check(label, data):
    cleaned, removed = scrub(data)
    before, after = Image.open(io.BytesIO(data)), Image.open(io.BytesIO(cleaned))
    after.load()
    problems = []
    if before.tobytes() != after.tobytes() or before.size != after.size:
        problems.append("pixels differ")
    if NAME.encode() in cleaned:
        problems.append("name survived")
    leftovers = [k for k in ("exif", "icc_profile", "comment", "xmp", "Author", "Description")
                 if after.info.get(k)]
    if leftovers or len(after.getexif()) > 0:
        problems.append(f"metadata left: {leftovers}")
    status = "FAIL " + ", ".join(problems) if problems else "ok"
    summary = "; ".join(line.removeprefix("removed: ") for line in removed.splitlines())
    print(f"{status:4} {label}: {len(data)} -> {len(cleaned)} bytes; removed: {summary or '-'}")
    return not problems


cases = [(p.name, p.read_bytes()) for p in sorted((HERE / "fixtures").glob("*.[jp][pn]g"))]
cases += [("pillow baseline jpeg with exif/gps/icc/xmp/comment", jpeg_with_metadata(False)),
          ("pillow progressive jpeg with exif/gps/icc/xmp/comment", jpeg_with_metadata(True)),
          ("pillow png with text/itxt/exif", png_with_metadata())]
results = [check(label, data) for label, data in cases]
print(f"{sum(results)} passed, {len(results) - sum(results)} failed")
sys.exit(0 if all(results) else 1)
