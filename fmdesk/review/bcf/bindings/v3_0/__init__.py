from fmdesk.review.bcf.bindings.v3_0.documents import (
    Document,
    DocumentInfo,
)
from fmdesk.review.bcf.bindings.v3_0.extensions import Extensions
from fmdesk.review.bcf.bindings.v3_0.markup import (
    BimSnippet,
    Comment,
    DocumentReference,
    File,
    Header,
    Markup,
    Topic,
    ViewPoint,
)
from fmdesk.review.bcf.bindings.v3_0.project import (
    Project,
    ProjectInfo,
)
from fmdesk.review.bcf.bindings.v3_0.version import Version
from fmdesk.review.bcf.bindings.v3_0.visinfo import (
    Bitmap,
    BitmapFormat,
    ClippingPlane,
    Component,
    ComponentColoring,
    Components,
    ComponentSelection,
    ComponentVisibility,
    Direction,
    Line,
    OrthogonalCamera,
    PerspectiveCamera,
    Point,
    ViewSetupHints,
    VisualizationInfo,
)

__all__ = [
    "BimSnippet",
    "Bitmap",
    "BitmapFormat",
    "ClippingPlane",
    "Comment",
    "Component",
    "ComponentColoring",
    "ComponentSelection",
    "ComponentVisibility",
    "Components",
    "Direction",
    "Document",
    "DocumentInfo",
    "DocumentReference",
    "Extensions",
    "File",
    "Header",
    "Line",
    "Markup",
    "OrthogonalCamera",
    "PerspectiveCamera",
    "Point",
    "Project",
    "ProjectInfo",
    "Topic",
    "Version",
    "ViewPoint",
    "ViewSetupHints",
    "VisualizationInfo",
]
