from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from fmdesk.review.bcf.bindings.v3_0.markup_parts import (
    BimSnippet,
    Comment,
    DocumentReference,
    File,
    Header,
    ViewPoint,
)

__all__ = [
    "BimSnippet",
    "Comment",
    "DocumentReference",
    "File",
    "Header",
    "Markup",
    "Topic",
    "ViewPoint",
]


@dataclass(kw_only=True)
class Topic:
    reference_links: Topic.ReferenceLinks | None = field(
        default=None,
        metadata={
            "name": "ReferenceLinks",
            "type": "Element",
            "namespace": "",
        },
    )
    title: str = field(
        metadata={
            "name": "Title",
            "type": "Element",
            "namespace": "",
            "min_length": 1,
            "white_space": "collapse",
        }
    )
    priority: str | None = field(
        default=None,
        metadata={
            "name": "Priority",
            "type": "Element",
            "namespace": "",
            "min_length": 1,
            "white_space": "collapse",
        },
    )
    index: int | None = field(
        default=None,
        metadata={
            "name": "Index",
            "type": "Element",
            "namespace": "",
        },
    )
    labels: Topic.Labels | None = field(
        default=None,
        metadata={
            "name": "Labels",
            "type": "Element",
            "namespace": "",
        },
    )
    creation_date: XmlDateTime = field(
        metadata={
            "name": "CreationDate",
            "type": "Element",
            "namespace": "",
        }
    )
    creation_author: str = field(
        metadata={
            "name": "CreationAuthor",
            "type": "Element",
            "namespace": "",
            "min_length": 1,
            "white_space": "collapse",
        }
    )
    modified_date: XmlDateTime | None = field(
        default=None,
        metadata={
            "name": "ModifiedDate",
            "type": "Element",
            "namespace": "",
        },
    )
    modified_author: str | None = field(
        default=None,
        metadata={
            "name": "ModifiedAuthor",
            "type": "Element",
            "namespace": "",
            "min_length": 1,
            "white_space": "collapse",
        },
    )
    due_date: XmlDateTime | None = field(
        default=None,
        metadata={
            "name": "DueDate",
            "type": "Element",
            "namespace": "",
        },
    )
    assigned_to: str | None = field(
        default=None,
        metadata={
            "name": "AssignedTo",
            "type": "Element",
            "namespace": "",
            "min_length": 1,
            "white_space": "collapse",
        },
    )
    stage: str | None = field(
        default=None,
        metadata={
            "name": "Stage",
            "type": "Element",
            "namespace": "",
            "min_length": 1,
            "white_space": "collapse",
        },
    )
    description: str | None = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "",
            "min_length": 1,
            "white_space": "collapse",
        },
    )
    bim_snippet: BimSnippet | None = field(
        default=None,
        metadata={
            "name": "BimSnippet",
            "type": "Element",
            "namespace": "",
        },
    )
    document_references: Topic.DocumentReferences | None = field(
        default=None,
        metadata={
            "name": "DocumentReferences",
            "type": "Element",
            "namespace": "",
        },
    )
    related_topics: Topic.RelatedTopics | None = field(
        default=None,
        metadata={
            "name": "RelatedTopics",
            "type": "Element",
            "namespace": "",
        },
    )
    comments: Topic.Comments | None = field(
        default=None,
        metadata={
            "name": "Comments",
            "type": "Element",
            "namespace": "",
        },
    )
    viewpoints: Topic.Viewpoints | None = field(
        default=None,
        metadata={
            "name": "Viewpoints",
            "type": "Element",
            "namespace": "",
        },
    )
    guid: str = field(
        metadata={
            "name": "Guid",
            "type": "Attribute",
            "pattern": r"[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}",
        }
    )
    server_assigned_id: str | None = field(
        default=None,
        metadata={
            "name": "ServerAssignedId",
            "type": "Attribute",
            "min_length": 1,
            "white_space": "collapse",
        },
    )
    topic_type: str = field(
        metadata={
            "name": "TopicType",
            "type": "Attribute",
            "min_length": 1,
            "white_space": "collapse",
        }
    )
    topic_status: str = field(
        metadata={
            "name": "TopicStatus",
            "type": "Attribute",
            "min_length": 1,
            "white_space": "collapse",
        }
    )

    @dataclass(kw_only=True)
    class ReferenceLinks:
        reference_link: list[str] = field(
            default_factory=list,
            metadata={
                "name": "ReferenceLink",
                "type": "Element",
                "namespace": "",
                "min_length": 1,
                "white_space": "collapse",
            },
        )

    @dataclass(kw_only=True)
    class Labels:
        label: list[str] = field(
            default_factory=list,
            metadata={
                "name": "Label",
                "type": "Element",
                "namespace": "",
                "min_length": 1,
                "white_space": "collapse",
            },
        )

    @dataclass(kw_only=True)
    class DocumentReferences:
        document_reference: list[DocumentReference] = field(
            default_factory=list,
            metadata={
                "name": "DocumentReference",
                "type": "Element",
                "namespace": "",
            },
        )

    @dataclass(kw_only=True)
    class RelatedTopics:
        related_topic: list[Topic.RelatedTopics.RelatedTopic] = field(
            default_factory=list,
            metadata={
                "name": "RelatedTopic",
                "type": "Element",
                "namespace": "",
            },
        )

        @dataclass(kw_only=True)
        class RelatedTopic:
            guid: str = field(
                metadata={
                    "name": "Guid",
                    "type": "Attribute",
                    "pattern": r"[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}",
                }
            )

    @dataclass(kw_only=True)
    class Comments:
        comment: list[Comment] = field(
            default_factory=list,
            metadata={
                "name": "Comment",
                "type": "Element",
                "namespace": "",
            },
        )

    @dataclass(kw_only=True)
    class Viewpoints:
        view_point: list[ViewPoint] = field(
            default_factory=list,
            metadata={
                "name": "ViewPoint",
                "type": "Element",
                "namespace": "",
            },
        )


@dataclass(kw_only=True)
class Markup:
    header: Header | None = field(
        default=None,
        metadata={
            "name": "Header",
            "type": "Element",
            "namespace": "",
        },
    )
    topic: Topic = field(
        metadata={
            "name": "Topic",
            "type": "Element",
            "namespace": "",
        }
    )
