"""Photos and scans sent as images (JPEG, PNG, TIFF, …): wrapped as an image-only PDF and read by OCR.

Applicants photograph their CV with a phone and upload the JPEG. Wrapping each frame as a PDF page lets
the one OCR path (``pdf_text``: page rendering, Tesseract, the contact re-reads) serve images too. The
image is decoded with a pixel cap first, so a decompression bomb is refused before it is inflated.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageSequence, UnidentifiedImageError

from include.cv.ocr import MAX_OCR_PAGES

MAX_PIXELS = 60_000_000  # a 600-dpi A4 photo is ~35 MP; more is a bomb, not a CV
_A4_WIDTH_INCHES = 8.27


class ImageError(Exception):
    """An image that cannot be read; ``str(exc)`` is the reason shown to ops."""


def image_as_pdf(content: bytes) -> bytes:
    """The image's frames (up to the OCR page limit) as pages of a PDF, sized like A4 at the image's width."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(content)) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise ImageError("image too large")
                pages = [_page(frame) for frame in list(ImageSequence.Iterator(image))[:MAX_OCR_PAGES]]
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageError("image too large") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
        raise ImageError("corrupt or unreadable image") from None
    out = io.BytesIO()
    resolution = max(72.0, pages[0].width / _A4_WIDTH_INCHES)
    pages[0].save(out, "PDF", resolution=resolution, save_all=True, append_images=pages[1:])
    return out.getvalue()


def _page(frame: Image.Image) -> Image.Image:
    """A frame as an RGB or grey page (PDF pages cannot carry alpha or palettes), upright as the camera saw it."""
    from PIL import ImageOps

    frame = ImageOps.exif_transpose(frame) or frame
    if frame.mode in ("1", "L", "RGB"):
        return frame.copy()
    if frame.mode in ("RGBA", "LA", "P", "PA"):
        rgba = frame.convert("RGBA")
        page = Image.new("RGB", rgba.size, "white")
        page.paste(rgba, mask=rgba.getchannel("A"))
        return page
    return frame.convert("RGB")
