"""One exception hierarchy for councilsearch.

The core raises these; the CLI and the API translate them (CLI: a readable line and a
non-zero exit; API: the JSON error shape with a 4xx status). Every message is written for a
person, not a developer::

    CouncilSearchError
    ├── InputError                     something about a user's input is wrong
    │   ├── ParseError                 a document could not be read
    │   │   ├── EmptyDocumentError     zero bytes, or no text at all
    │   │   ├── CorruptDocumentError   truncated/malformed PDF, DOCX or zip
    │   │   ├── EncryptedDocumentError password-protected PDF
    │   │   ├── NoTextLayerError       scanned PDF pages with no text
    │   │   ├── EncodingError          text that is not UTF-8 (or a detectable encoding)
    │   │   ├── UnsupportedFormatError a file type we do not read
    │   │   ├── ContentMismatchError   the content is not what the file's name says (.pdf holding HTML)
    │   │   └── ResourceLimitError     the parser ran out of time or memory
    │   ├── QueryError                 a search or filter that cannot be run
    │   ├── ExportError                an output path that cannot be written
    │   ├── PayloadTooLargeError       a request body over the server's cap (413)
    │   └── RequestTimeoutError        a request body that stopped arriving (408)
    ├── NotFoundError                  a document, figure or job id that does not exist
    ├── AuthError                      missing or wrong API key (401)
    │   └── ForbiddenError             the key may read but not write (403)
    ├── IndexError_                    the index on disk is missing, corrupt or mismatched
    │   ├── ManifestMismatchError      built with another model, dimension or extractor
    │   └── SchemaMismatchError        a store written with another schema version
    └── OverloadedError                the server is busier than its queue allows (503, Retry-After)
"""

from __future__ import annotations


class CouncilSearchError(Exception):
    """Base of every error councilsearch raises on purpose."""

    code = "error"

    def __init__(self, message: str, *, detail: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class InputError(CouncilSearchError):
    code = "bad_input"


class ParseError(InputError):
    code = "parse_error"

    def __init__(self, message: str, *, path: str | None = None, detail: object | None = None):
        super().__init__(message, detail=detail)
        self.path = path


class EmptyDocumentError(ParseError):
    code = "empty_document"


class CorruptDocumentError(ParseError):
    code = "corrupt_document"


class EncryptedDocumentError(ParseError):
    code = "encrypted_document"


class NoTextLayerError(ParseError):
    code = "no_text_layer"


class EncodingError(ParseError):
    code = "bad_encoding"


class UnsupportedFormatError(ParseError):
    code = "unsupported_format"


class ContentMismatchError(UnsupportedFormatError):
    """A file whose content contradicts its name: a crawl's HTML error page saved as ``.pdf``."""

    code = "content_mismatch"


class ResourceLimitError(ParseError):
    code = "resource_limit"


class QueryError(InputError):
    code = "bad_query"


class ExportError(InputError):
    code = "bad_output"


class PayloadTooLargeError(InputError):
    """A request body larger than the server accepts for that route (413)."""

    code = "too_large"


class RequestTimeoutError(InputError):
    """A request body that stopped arriving before it was complete (408)."""

    code = "request_timeout"


class NotFoundError(CouncilSearchError):
    code = "not_found"


class AuthError(CouncilSearchError):
    code = "unauthorized"


class ForbiddenError(AuthError):
    code = "forbidden"


class IndexError_(CouncilSearchError):  # noqa: N801, N818 - avoid shadowing the builtin IndexError
    code = "index_error"


class ManifestMismatchError(IndexError_):
    code = "manifest_mismatch"


class SchemaMismatchError(IndexError_):
    code = "schema_mismatch"


class OverloadedError(CouncilSearchError):
    """More requests in flight than the server queues: try again after ``retry_after`` seconds."""

    code = "overloaded"

    def __init__(self, message: str, *, retry_after: int = 2, detail: object | None = None) -> None:
        super().__init__(message, detail=detail)
        self.retry_after = retry_after
