from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(kw_only=True)
class Extensions:
    topic_types: Extensions.TopicTypes | None = field(
        default=None,
        metadata={
            "name": "TopicTypes",
            "type": "Element",
            "namespace": "",
        },
    )
    topic_statuses: Extensions.TopicStatuses | None = field(
        default=None,
        metadata={
            "name": "TopicStatuses",
            "type": "Element",
            "namespace": "",
        },
    )
    priorities: Extensions.Priorities | None = field(
        default=None,
        metadata={
            "name": "Priorities",
            "type": "Element",
            "namespace": "",
        },
    )
    topic_labels: Extensions.TopicLabels | None = field(
        default=None,
        metadata={
            "name": "TopicLabels",
            "type": "Element",
            "namespace": "",
        },
    )
    users: Extensions.Users | None = field(
        default=None,
        metadata={
            "name": "Users",
            "type": "Element",
            "namespace": "",
        },
    )
    snippet_types: Extensions.SnippetTypes | None = field(
        default=None,
        metadata={
            "name": "SnippetTypes",
            "type": "Element",
            "namespace": "",
        },
    )
    stages: Extensions.Stages | None = field(
        default=None,
        metadata={
            "name": "Stages",
            "type": "Element",
            "namespace": "",
        },
    )

    @dataclass(kw_only=True)
    class TopicTypes:
        topic_type: list[str] = field(
            default_factory=list,
            metadata={
                "name": "TopicType",
                "type": "Element",
                "namespace": "",
                "min_length": 1,
                "white_space": "collapse",
            },
        )

    @dataclass(kw_only=True)
    class TopicStatuses:
        topic_status: list[str] = field(
            default_factory=list,
            metadata={
                "name": "TopicStatus",
                "type": "Element",
                "namespace": "",
                "min_length": 1,
                "white_space": "collapse",
            },
        )

    @dataclass(kw_only=True)
    class Priorities:
        priority: list[str] = field(
            default_factory=list,
            metadata={
                "name": "Priority",
                "type": "Element",
                "namespace": "",
                "min_length": 1,
                "white_space": "collapse",
            },
        )

    @dataclass(kw_only=True)
    class TopicLabels:
        topic_label: list[str] = field(
            default_factory=list,
            metadata={
                "name": "TopicLabel",
                "type": "Element",
                "namespace": "",
                "min_length": 1,
                "white_space": "collapse",
            },
        )

    @dataclass(kw_only=True)
    class Users:
        user: list[str] = field(
            default_factory=list,
            metadata={
                "name": "User",
                "type": "Element",
                "namespace": "",
                "min_length": 1,
                "white_space": "collapse",
            },
        )

    @dataclass(kw_only=True)
    class SnippetTypes:
        snippet_type: list[str] = field(
            default_factory=list,
            metadata={
                "name": "SnippetType",
                "type": "Element",
                "namespace": "",
                "min_length": 1,
                "white_space": "collapse",
            },
        )

    @dataclass(kw_only=True)
    class Stages:
        stage: list[str] = field(
            default_factory=list,
            metadata={
                "name": "Stage",
                "type": "Element",
                "namespace": "",
                "min_length": 1,
                "white_space": "collapse",
            },
        )
