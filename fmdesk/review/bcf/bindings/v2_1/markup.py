from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime


@dataclass(kw_only=True)
class BimSnippet:
    reference: str = field(
        metadata={
            "name": "Reference",
            "type": "Element",
            "namespace": "",
        }
    )
    reference_schema: str = field(
        metadata={
            "name": "ReferenceSchema",
            "type": "Element",
            "namespace": "",
        }
    )
    snippet_type: str = field(
        metadata={
            "name": "SnippetType",
            "type": "Attribute",
        }
    )
    is_external: bool = field(
        default=False,
        metadata={
            "name": "isExternal",
            "type": "Attribute",
        },
    )


@dataclass(kw_only=True)
class Comment:
    date: XmlDateTime = field(
        metadata={
            "name": "Date",
            "type": "Element",
            "namespace": "",
        }
    )
    author: str = field(
        metadata={
            "name": "Author",
            "type": "Element",
            "namespace": "",
        }
    )
    comment: str = field(
        metadata={
            "name": "Comment",
            "type": "Element",
            "namespace": "",
        }
    )
    viewpoint: Comment.Viewpoint | None = field(
        default=None,
        metadata={
            "name": "Viewpoint",
            "type": "Element",
            "namespace": "",
        },
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
        },
    )
    guid: str = field(
        metadata={
            "name": "Guid",
            "type": "Attribute",
            "pattern": r"[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}",
        }
    )

    @dataclass(kw_only=True)
    class Viewpoint:
        guid: str = field(
            metadata={
                "name": "Guid",
                "type": "Attribute",
                "pattern": r"[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}",
            }
        )


@dataclass(kw_only=True)
class Header:
    file: list[Header.File] = field(
        default_factory=list,
        metadata={
            "name": "File",
            "type": "Element",
            "namespace": "",
            "min_occurs": 1,
        },
    )

    @dataclass(kw_only=True)
    class File:
        filename: str | None = field(
            default=None,
            metadata={
                "name": "Filename",
                "type": "Element",
                "namespace": "",
            },
        )
        date: XmlDateTime | None = field(
            default=None,
            metadata={
                "name": "Date",
                "type": "Element",
                "namespace": "",
            },
        )
        reference: str | None = field(
            default=None,
            metadata={
                "name": "Reference",
                "type": "Element",
                "namespace": "",
            },
        )
        ifc_project: str | None = field(
            default=None,
            metadata={
                "name": "IfcProject",
                "type": "Attribute",
                "length": 22,
                "pattern": r"[0-9,A-Z,a-z,_$]*",
            },
        )
        ifc_spatial_structure_element: str | None = field(
            default=None,
            metadata={
                "name": "IfcSpatialStructureElement",
                "type": "Attribute",
                "length": 22,
                "pattern": r"[0-9,A-Z,a-z,_$]*",
            },
        )
        is_external: bool = field(
            default=True,
            metadata={
                "name": "isExternal",
                "type": "Attribute",
            },
        )


@dataclass(kw_only=True)
class ViewPoint:
    viewpoint: str | None = field(
        default=None,
        metadata={
            "name": "Viewpoint",
            "type": "Element",
            "namespace": "",
        },
    )
    snapshot: str | None = field(
        default=None,
        metadata={
            "name": "Snapshot",
            "type": "Element",
            "namespace": "",
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
    guid: str = field(
        metadata={
            "name": "Guid",
            "type": "Attribute",
            "pattern": r"[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}",
        }
    )


@dataclass(kw_only=True)
class Topic:
    reference_link: list[str] = field(
        default_factory=list,
        metadata={
            "name": "ReferenceLink",
            "type": "Element",
            "namespace": "",
        },
    )
    title: str = field(
        metadata={
            "name": "Title",
            "type": "Element",
            "namespace": "",
        }
    )
    priority: str | None = field(
        default=None,
        metadata={
            "name": "Priority",
            "type": "Element",
            "namespace": "",
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
    labels: list[str] = field(
        default_factory=list,
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
        },
    )
    stage: str | None = field(
        default=None,
        metadata={
            "name": "Stage",
            "type": "Element",
            "namespace": "",
        },
    )
    description: str | None = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "",
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
    document_reference: list[Topic.DocumentReference] = field(
        default_factory=list,
        metadata={
            "name": "DocumentReference",
            "type": "Element",
            "namespace": "",
        },
    )
    related_topic: list[Topic.RelatedTopic] = field(
        default_factory=list,
        metadata={
            "name": "RelatedTopic",
            "type": "Element",
            "namespace": "",
        },
    )
    guid: str = field(
        metadata={
            "name": "Guid",
            "type": "Attribute",
            "pattern": r"[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}",
        }
    )
    topic_type: str | None = field(
        default=None,
        metadata={
            "name": "TopicType",
            "type": "Attribute",
        },
    )
    topic_status: str | None = field(
        default=None,
        metadata={
            "name": "TopicStatus",
            "type": "Attribute",
        },
    )

    @dataclass(kw_only=True)
    class DocumentReference:
        referenced_document: str | None = field(
            default=None,
            metadata={
                "name": "ReferencedDocument",
                "type": "Element",
                "namespace": "",
            },
        )
        description: str | None = field(
            default=None,
            metadata={
                "name": "Description",
                "type": "Element",
                "namespace": "",
            },
        )
        guid: str | None = field(
            default=None,
            metadata={
                "name": "Guid",
                "type": "Attribute",
                "pattern": r"[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}",
            },
        )
        is_external: bool = field(
            default=False,
            metadata={
                "name": "isExternal",
                "type": "Attribute",
            },
        )

    @dataclass(kw_only=True)
    class RelatedTopic:
        guid: str = field(
            metadata={
                "name": "Guid",
                "type": "Attribute",
                "pattern": r"[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}",
            }
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
    comment: list[Comment] = field(
        default_factory=list,
        metadata={
            "name": "Comment",
            "type": "Element",
            "namespace": "",
        },
    )
    viewpoints: list[ViewPoint] = field(
        default_factory=list,
        metadata={
            "name": "Viewpoints",
            "type": "Element",
            "namespace": "",
        },
    )
